"""Filtering and sorting helpers shared by list endpoints.

`SortSpec` parses `?sort=-created_at` against an allow-list; `apply_filters`
adds equality / range / containment conditions for the filters a caller set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute

from app.core.errors import ValidationFailed


@dataclass(frozen=True)
class SortSpec:
    column: InstrumentedAttribute
    descending: bool

    @classmethod
    def parse(cls, raw: str | None, allowed: Mapping[str, InstrumentedAttribute],
              default: str) -> SortSpec:
        value = raw or default
        descending = value.startswith("-")
        name = value.lstrip("-+")
        if name not in allowed:
            raise ValidationFailed.on(
                "sort", f"Cannot sort by '{name}'; use one of: {', '.join(sorted(allowed))}"
            )
        return cls(allowed[name], descending)


def apply_filters(stmt: Select, filters: Mapping[InstrumentedAttribute, Any]) -> Select:
    """Equality for plain values, IN for lists, (min, max) tuples as inclusive ranges.
    Filters whose value is None are skipped."""
    for column, value in filters.items():
        if value is None:
            continue
        if isinstance(value, tuple) and len(value) == 2:
            low, high = value
            if low is not None:
                stmt = stmt.where(column >= low)
            if high is not None:
                stmt = stmt.where(column <= high)
        elif isinstance(value, list | set | frozenset):
            stmt = stmt.where(column.in_(list(value)))
        else:
            stmt = stmt.where(column == value)
    return stmt
