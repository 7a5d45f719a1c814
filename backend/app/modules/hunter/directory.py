"""The organization's company directory: CSV lists uploaded here, searched by the
`directory` source. A list uploaded again under the same name replaces the old one.

Columns are recognised by their header in Portuguese or English (nome/name, razão
social, cnpj, site, telefone, e-mail, cidade, uf, cnae, segmento, funcionários, porte,
descrição, linkedin); rows without a name are rejected with their line number."""

from __future__ import annotations

import csv
import io
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import ValidationFailed
from app.core.identifiers import fold
from app.identity.actor import Actor
from app.modules.hunter import dedup
from app.modules.hunter.models import DirectoryEntry
from app.modules.hunter.repository import DirectoryRepository
from app.modules.hunter.schemas.candidates import Candidate
from app.modules.hunter.schemas.directory import DirectoryList, DirectoryUpload, RejectedRow

MAX_ROWS = 20_000
HEADERS = {
    "name": ("nome", "nome fantasia", "empresa", "name", "company", "trade name"),
    "legal_name": ("razao social", "legal name"),
    "cnpj": ("cnpj",),
    "website": ("site", "website", "url"),
    "phones": ("telefone", "telefones", "phone", "whatsapp", "celular"),
    "emails": ("e-mail", "email", "emails"),
    "city": ("cidade", "municipio", "city"),
    "state": ("uf", "estado", "state"),
    "cnae": ("cnae", "cnae principal"),
    "industry": ("segmento", "setor", "industry", "atividade"),
    "employees": ("funcionarios", "employees", "colaboradores"),
    "size": ("porte", "size"),
    "description": ("descricao", "description", "sobre"),
    "linkedin_url": ("linkedin",),
}
LISTS = ("phones", "emails")
_ALIASES = {alias: field for field, aliases in HEADERS.items() for alias in aliases}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationFailed.on("file", "The file is not text (UTF-8 or Windows-1252)")


def _rows(text: str) -> tuple[list[str | None], list[list[str]]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = list(csv.reader(io.StringIO(text), dialect))
    if not reader:
        raise ValidationFailed.on("file", "The file is empty")
    fields = [_ALIASES.get(fold(h).strip()) for h in reader[0]]
    if "name" not in fields:
        raise ValidationFailed.on("file", "No name column (nome, empresa or name)")
    return fields, reader[1:]


def _candidate(fields: list[str | None], row: list[str], list_name: str) -> Candidate:
    values: dict[str, Any] = {}
    for field, raw in zip(fields, row, strict=False):
        value = raw.strip()
        if not field or not value:
            continue
        if field in LISTS:
            values.setdefault(field, []).extend(v.strip() for v in value.split("|"))
        elif field == "employees":
            values[field] = int("".join(c for c in value if c.isdigit()) or 0)
        else:
            values[field] = value
    return dedup.normalized(Candidate(source=f"directory:{list_name}", **values))


async def upload(session: AsyncSession, actor: Actor, list_name: str, data: bytes
                 ) -> DirectoryUpload:
    fields, rows = _rows(_decode(data))
    if len(rows) > MAX_ROWS:
        raise ValidationFailed.on("file", f"At most {MAX_ROWS:,} rows a list")
    repo = DirectoryRepository(session)
    await repo.clear(actor.organization_id, list_name)
    rejected: list[RejectedRow] = []
    kept = 0
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            candidate = _candidate(fields, row, list_name)
        except (ValidationError, ValueError) as exc:
            reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            rejected.append(RejectedRow(row=number, reason=reason))
            continue
        data_fields = candidate.model_dump(exclude={"name", "source"})
        session.add(DirectoryEntry(
            organization_id=actor.organization_id, list_name=list_name,
            name=candidate.name, data=data_fields, row_number=number,
            search_text=fold(" ".join(filter(None, [candidate.name, candidate.industry,
                                                    candidate.city])))))
        kept += 1
    await session.flush()
    await audit.record(session, actor, "hunter.directory.uploaded", "hunter_directory_entry",
                       None, after={"list_name": list_name, "rows": kept,
                                    "rejected": len(rejected)})
    return DirectoryUpload(list_name=list_name, rows=kept, rejected=rejected)


async def lists(session: AsyncSession, actor: Actor) -> list[DirectoryList]:
    return [DirectoryList(list_name=name, rows=rows)
            for name, rows in await DirectoryRepository(session).lists(actor.organization_id)]


async def delete(session: AsyncSession, actor: Actor, list_name: str) -> None:
    await DirectoryRepository(session).clear(actor.organization_id, list_name)
    await audit.record(session, actor, "hunter.directory.deleted", "hunter_directory_entry",
                       None, before={"list_name": list_name})
