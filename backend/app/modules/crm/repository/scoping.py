"""How a CRM query is narrowed to the caller's scope, searched and filtered by custom fields
(the pieces every record repository shares)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Numeric, Select, and_, bindparam, cast, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.core.identifiers import fold
from app.identity.actor import Scope
from app.modules.crm.models import Company

_LIKE_SPECIAL = str.maketrans({"%": r"\%", "_": r"\_", "\\": r"\\"})


def scoped(stmt: Select, model: Any, scope: Scope) -> Select:
    """Always the organization; the owner for owner-scoped roles; the client's company for
    client users."""
    stmt = stmt.where(model.organization_id == scope.organization_id)
    if scope.owner_id is not None:
        stmt = stmt.where(model.owner_id == scope.owner_id)
    if scope.client_company_id is not None:
        company = model.id if model is Company else model.company_id
        stmt = stmt.where(company == scope.client_company_id)
    return stmt


R = TypeVar("R", bound=Any)


class ScopedRecords(Generic[R]):
    """Reading records of one kind (`model`) by id, always within the caller's scope."""

    model: ClassVar[type]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, scope: Scope, record_id: uuid.UUID, *, for_update: bool = False
                  ) -> R | None:
        found = await self.many(scope, [record_id], for_update=for_update)
        return found[0] if found else None

    async def many(self, scope: Scope, ids: list[uuid.UUID], *, for_update: bool = False
                   ) -> list[R]:
        stmt = scoped(select(self.model), self.model, scope).where(self.model.id.in_(ids))
        if for_update:
            stmt = stmt.with_for_update()
        return list((await self.session.scalars(stmt)).all())


def search_terms(query: str) -> list[str]:
    """What a search looks for in the folded search text: each word of the query; a query
    of digits and punctuation only (a CNPJ or phone as typed) is its digits."""
    folded = fold(query).strip()
    if not any(c.isalpha() for c in folded):
        number = "".join(c for c in folded if c.isdigit())
        if len(number) >= 2:
            return [number]
    return [word for word in folded.split() if word]


def matching(column: InstrumentedAttribute, query: str) -> Any:
    """Every term of `query` appears in `column` (LIKE, served by its trigram index: the
    column and the terms are both folded, so the case-blind ILIKE would only cost more); a
    query without terms (blanks) filters nothing. The patterns are rendered into the SQL
    (quoted by SQLAlchemy), not bound: a prepared statement's generic plan cannot see how
    selective a pattern is, and scans the table."""
    return and_(true(), *[column.like(bindparam(None, f"%{term.translate(_LIKE_SPECIAL)}%",
                                                 literal_execute=True))
                          for term in search_terms(query)])


@dataclass(frozen=True)
class CustomCondition:
    """`custom_fields[key] <op> value`, the value already typed as stored."""

    key: str
    op: str  # "=", "has", ">=", "<="
    value: Any
    numeric: bool = False


def custom_field_filters(stmt: Select, column: InstrumentedAttribute,
                         conditions: list[CustomCondition]) -> Select:
    for c in conditions:
        if c.op == "=":
            stmt = stmt.where(column.contains({c.key: c.value}))
        elif c.op == "has":
            stmt = stmt.where(column.contains({c.key: [c.value]}))
        else:
            field = column[c.key].astext
            value: Any = c.value
            if c.numeric:
                field, value = cast(field, Numeric), Decimal(str(c.value))
            stmt = stmt.where(field >= value if c.op == ">=" else field <= value)
    return stmt


def any_tag(column: InstrumentedAttribute, tag_ids: list) -> Any:
    return column.overlap(tag_ids)


def folded_equals(column: InstrumentedAttribute, value: str) -> Any:
    return func.lower(column) == value.lower()
