"""The CRM-wide search: a few best matches of each record type."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.actor import Scope
from app.modules.crm.models import Company, Contact, Deal
from app.modules.crm.repository.scoping import matching, scoped, search_terms

# Matches ranked per type: a common word matches thousands of rows; ranking the first few
# hundred keeps a search's cost bounded whatever it matches. The limits are written into the
# SQL like the patterns (see `matching`): with a bound LIMIT, the generic plan of the
# prepared statement expects to stop early and scans the table instead of the index.
CANDIDATES = 200


class SearchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def best(self, scope: Scope, query: str, limit: int) -> dict[str, list[Any]]:
        """Per type, rows whose search text has every term: those where the first term comes
        earliest (a name that starts with it), then the shortest."""
        terms = search_terms(query)
        found: dict[str, list[Any]] = {"companies": [], "contacts": [], "deals": []}
        if not terms:
            return found
        for name, model, columns in (
                ("companies", Company, (Company.id, Company.legal_name, Company.trade_name,
                                        Company.cnpj)),
                ("contacts", Contact, (Contact.id, Contact.name, Contact.job_title,
                                       Contact.emails)),
                ("deals", Deal, (Deal.id, Deal.title, Deal.status, Deal.value))):
            candidates = (scoped(select(*columns, model.search_text), model, scope)
                          .where(matching(model.search_text, query))
                          .limit(literal_column(str(CANDIDATES))).subquery())
            ranked = (select(*(candidates.c[c.key] for c in columns))
                      .order_by(func.strpos(candidates.c.search_text, terms[0]),
                                func.length(candidates.c.search_text), candidates.c.id)
                      .limit(literal_column(str(int(limit)))))
            found[name] = list((await self.session.execute(ranked)).all())
        return found
