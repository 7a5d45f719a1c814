"""The CRM-wide search: a few best matches of each record type, in one statement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, case, cast, func, literal, literal_column, null, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.actor import Scope
from app.modules.crm.models import Company, Contact, Deal
from app.modules.crm.repository.scoping import matching, scoped, search_terms

# Matches ranked per type: a common word matches thousands of rows; ranking the first few
# hundred keeps a search's cost bounded whatever it matches. The limits are written into the
# SQL like the patterns (see `matching`): with a bound LIMIT, the generic plan of the
# prepared statement expects to stop early and scans the table instead of the index.
CANDIDATES = 200


def _hits(scope: Scope, query: str, first_term: str, limit: int, model: Any, kind: str,
          title: Any, subtitle: Any, value: Any) -> Any:
    """The best `limit` rows of one type as (type, id, title, subtitle, value): those whose
    search text has every term, the first term earliest (a name that starts with it), then
    the shortest."""
    candidates = (scoped(select(model.id, title.label("title"), subtitle.label("subtitle"),
                                value.label("value"), model.search_text), model, scope)
                  .where(matching(model.search_text, query))
                  .limit(literal_column(str(CANDIDATES))).subquery())
    ranked = (select(literal(kind).label("type"), candidates.c.id, candidates.c.title,
                     candidates.c.subtitle, candidates.c.value)
              .order_by(func.strpos(candidates.c.search_text, first_term),
                        func.length(candidates.c.search_text), candidates.c.id)
              .limit(literal_column(str(int(limit)))))
    return select(ranked.subquery())


class SearchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def best(self, scope: Scope, query: str, limit: int) -> list[Any]:
        """Rows (type, id, title, subtitle, value), companies, contacts then deals."""
        terms = search_terms(query)
        if not terms:
            return []
        no_value = cast(null(), Deal.value.type)
        stmt = union_all(
            _hits(scope, query, terms[0], limit, Company, "company",
                  func.coalesce(Company.trade_name, Company.legal_name),
                  func.coalesce(Company.cnpj, case((Company.trade_name.is_not(None),
                                                    Company.legal_name))), no_value),
            _hits(scope, query, terms[0], limit, Contact, "contact", Contact.name,
                  func.coalesce(Contact.job_title,
                                cast(Contact.emails[0]["address"].astext, String)), no_value),
            _hits(scope, query, terms[0], limit, Deal, "deal", Deal.title,
                  cast(Deal.status, String), Deal.value))
        return list((await self.session.execute(stmt)).all())
