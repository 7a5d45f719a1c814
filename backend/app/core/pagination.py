"""Cursor (keyset) pagination: stable under inserts, O(page) at any depth.

A page is ordered by one sort column plus a unique tiebreaker; the cursor is
the last row's values, base64-encoded. Pages never use OFFSET.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

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


def _encode(values: list[Any]) -> str:
    def conv(v: Any) -> Any:
        if isinstance(v, datetime):
            return {"dt": v.isoformat()}
        if isinstance(v, UUID):
            return {"uuid": str(v)}
        return v

    raw = json.dumps([conv(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> list[Any]:
    def conv(v: Any) -> Any:
        if isinstance(v, dict) and "dt" in v:
            return datetime.fromisoformat(v["dt"])
        if isinstance(v, dict) and "uuid" in v:
            return UUID(v["uuid"])
        return v

    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list):
            raise ValueError
        return [conv(v) for v in values]
    except (ValueError, TypeError) as exc:
        raise ValidationFailed.on("cursor", "Invalid cursor") from exc


async def paginate(
    session: AsyncSession,
    stmt: Select,
    *,
    sort: InstrumentedAttribute,
    tiebreaker: InstrumentedAttribute,
    params: PageParams,
    descending: bool = True,
) -> tuple[list[Any], str | None]:
    """Run one page of `stmt` (which selects a single entity) and return (rows, next cursor)."""
    limit = max(1, min(params.limit, MAX_LIMIT))
    if params.cursor:
        values = _decode(params.cursor)
        if len(values) != 2:
            raise ValidationFailed.on("cursor", "Invalid cursor")
        last_sort, last_tie = values
        key = tuple_(sort, tiebreaker)
        stmt = stmt.where(key < tuple_(last_sort, last_tie) if descending
                          else key > tuple_(last_sort, last_tie))
    order = (sort.desc(), tiebreaker.desc()) if descending else (sort.asc(), tiebreaker.asc())
    rows = list((await session.scalars(stmt.order_by(*order).limit(limit + 1))).all())
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, _encode([getattr(last, sort.key), getattr(last, tiebreaker.key)])
