"""Cursor (keyset) pagination: stable under inserts, O(page) at any depth.

A page is ordered by one sort column plus a unique tiebreaker (none when the sort
column is itself unique, so that an index on `(organization_id, sort)` serves the
page); the cursor is the last row's values, base64-encoded. Pages never use OFFSET.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar
from uuid import UUID

import orjson
from fastapi import Response
from pydantic import BaseModel, Field
from sqlalchemy import Select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.core.errors import ValidationFailed

T = TypeVar("T")
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page")


@dataclass(frozen=True)
class PageParams:
    limit: int = 50
    cursor: str | None = None


def encode_cursor(values: list[Any]) -> str:
    """The cursor of the page after a row whose sort keys are `values`."""
    def conv(v: Any) -> Any:
        if isinstance(v, datetime):
            return {"dt": v.isoformat()}
        if isinstance(v, UUID):
            return {"uuid": str(v)}
        if isinstance(v, Decimal):
            return {"dec": str(v)}
        return v

    raw = json.dumps([conv(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> list[Any]:
    def conv(v: Any) -> Any:
        if isinstance(v, dict) and "dt" in v:
            return datetime.fromisoformat(v["dt"])
        if isinstance(v, dict) and "uuid" in v:
            return UUID(v["uuid"])
        if isinstance(v, dict) and "dec" in v:
            return Decimal(v["dec"])
        return v

    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list):
            raise ValueError
        return [conv(v) for v in values]
    except (ValueError, TypeError, InvalidOperation) as exc:
        raise ValidationFailed.on("cursor", "Invalid cursor") from exc


def _page_statement(stmt: Select, keys: list[InstrumentedAttribute], params: PageParams,
                    descending: bool) -> tuple[Select, int]:
    limit = page_limit(params)
    if params.cursor:
        values = cursor_values(params.cursor, keys)
        key, last = tuple_(*keys), tuple_(*values)
        stmt = stmt.where(key < last if descending else key > last)
    order = [c.desc() if descending else c.asc() for c in keys]
    return stmt.order_by(*order).limit(limit + 1), limit


def page_limit(params: PageParams) -> int:
    return max(1, min(params.limit, MAX_LIMIT))


def cursor_values(cursor: str, keys: list[InstrumentedAttribute]) -> list[Any]:
    values = _decode(cursor)
    if len(values) != len(keys):
        raise ValidationFailed.on("cursor", "Invalid cursor")
    return values


async def paginate(
    session: AsyncSession,
    stmt: Select,
    *,
    sort: InstrumentedAttribute,
    tiebreaker: InstrumentedAttribute | None,
    params: PageParams,
    descending: bool = True,
    plain_rows: bool = False,
) -> tuple[list[Any], str | None]:
    """Run one page of `stmt` and return (rows, next cursor).

    `stmt` selects one ORM entity, and rows are instances; with `plain_rows` it selects
    columns, and rows are dicts with no ORM objects built (for hot read-only lists answered
    with `page_response`). The hottest lists use `prepared_pages.prepared_page` instead."""
    keys = [sort] if tiebreaker is None else [sort, tiebreaker]
    page, limit = _page_statement(stmt, keys, params, descending)
    if plain_rows:
        # a Core statement on the session's connection skips the ORM execution layer
        result = await (await session.connection()).execute(page)
        names = list(result.keys())
        rows: list[Any] = [dict(zip(names, row, strict=True)) for row in result]
    else:
        rows = list((await session.scalars(page)).all())
    return next_page(rows, limit, keys, plain_rows)


def next_page(rows: list[Any], limit: int, keys: list[InstrumentedAttribute],
              plain_rows: bool) -> tuple[list[Any], str | None]:
    """`rows` fetched with one extra row: the page, and the cursor after it if there is more."""
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    values = [last[c.key] if plain_rows else getattr(last, c.key) for c in keys]
    return rows[:limit], encode_cursor(values)


def page_response(items: list[dict[str, Any]], next_cursor: str | None) -> Response:
    """A page of plain rows serialised straight to JSON (orjson), skipping per-row model
    validation. The route still declares its `Page[...]` response model for the OpenAPI
    schema; a test of the route checks its output against that model."""
    return Response(orjson.dumps({"items": items, "next_cursor": next_cursor}, default=str),
                    media_type="application/json")
