"""Export of a list (its filters and sort, or a saved view's) to CSV or XLSX. CSV is UTF-8
with a BOM and `;` between fields, as Excel in Brazil opens it; custom fields are columns
named `custom.<key>`."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import anyio.to_thread
from openpyxl import Workbook
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import ValidationFailed
from app.core.pagination import MAX_LIMIT, PageParams
from app.identity.actor import Actor
from app.modules.crm import companies, contacts, deals, tags, views
from app.modules.crm.models import Entity

Format = Literal["csv", "xlsx"]
MAX_ROWS = 100_000
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

COLUMNS: dict[Entity, tuple[str, ...]] = {
    Entity.company: ("id", "legal_name", "trade_name", "cnpj", "industry", "cnae", "size",
                     "website", "domain", "phones", "address", "tags", "owner_id",
                     "created_at"),
    Entity.contact: ("id", "name", "emails", "phones", "job_title", "company_id",
                     "lead_source", "hunter_score", "legal_basis", "opted_out_at", "tags",
                     "owner_id", "created_at"),
    Entity.deal: ("id", "title", "value", "status", "pipeline_id", "stage_id", "probability",
                  "weighted_value", "company_id", "expected_close_date", "source",
                  "lost_reason", "won_at", "lost_at", "tags", "owner_id", "created_at"),
}
_LISTS: dict[Entity, Callable[..., Awaitable[tuple[list[Any], str | None]]]] = {
    Entity.company: companies.list_companies, Entity.contact: contacts.list_contacts,
    Entity.deal: deals.list_deals}

PLURALS = {Entity.company: "companies", Entity.contact: "contacts", Entity.deal: "deals"}


@dataclass(frozen=True)
class ExportFile:
    filename: str
    media_type: str
    content: bytes


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v.get("address") or v.get("number")) if isinstance(v, dict)
                         else str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, bool | int | float):
        return value
    return str(value)


def _cell(record: Any, column: str, tag_names: dict[uuid.UUID, str]) -> Any:
    if column == "tags":
        return "; ".join(tag_names.get(t, str(t)) for t in record.tag_ids)
    if column.startswith("custom."):
        return _text(record.custom_fields.get(column.removeprefix("custom.")))
    return _text(getattr(record, column))


def _columns(entity: Entity, wanted: list[str] | None) -> list[str]:
    columns = list(wanted or COLUMNS[entity])
    unknown = [c for c in columns if c not in COLUMNS[entity] and not c.startswith("custom.")]
    if unknown:
        raise ValidationFailed.on("columns", f"Unknown columns: {', '.join(unknown)}")
    return columns


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode()


def _xlsx(header: list[str], rows: list[list[Any]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("export")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def export(session: AsyncSession, actor: Actor, entity: Entity, filters: BaseModel,
                 sort: str | None, fmt: Format, *, columns: list[str] | None = None,
                 view_id: uuid.UUID | None = None) -> ExportFile:
    if view_id is not None:
        view = await views.get(session, actor, view_id)
        if view.entity != entity:
            raise ValidationFailed.on("view_id", f"This view is of {view.entity}s")
        filters = views.FILTERS[entity].model_validate(view.filters)
        sort, columns = view.sort, view.columns or None
    header = _columns(entity, columns)
    tag_names = {t.id: t.name for t in await tags.list_tags(session, actor)}
    rows: list[list[Any]] = []
    cursor = None
    while True:
        page, cursor = await _LISTS[entity](session, actor, filters, sort,
                                            PageParams(MAX_LIMIT, cursor))
        rows += [[_cell(r, c, tag_names) for c in header] for r in page]
        if len(rows) > MAX_ROWS:
            raise ValidationFailed.on("filters", f"More than {MAX_ROWS:,} rows: narrow the "
                                                 "filters")
        if cursor is None:
            break
    content = await anyio.to_thread.run_sync(_csv if fmt == "csv" else _xlsx, header, rows)
    await audit.record(session, actor, f"crm.{entity}.exported", f"crm_{entity}", None,
                       after={"format": fmt, "rows": len(rows), "view_id": view_id,
                              "filters": filters.model_dump(mode="json",
                                                            exclude_defaults=True)})
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    return ExportFile(f"crm-{PLURALS[entity]}-{stamp}.{fmt}",
                      CSV_TYPE if fmt == "csv" else XLSX_TYPE, content)
