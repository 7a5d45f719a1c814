"""Search across the CRM: companies by name, CNPJ, domain or phone; contacts by name,
e-mail or phone; deals by title. Only what the caller may see."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.actor import Actor
from app.modules.crm.records import scope_of
from app.modules.crm.repository import SearchRepository
from app.modules.crm.schemas.search import SearchHit, SearchResults

PER_TYPE = 10
_GROUPS = {"company": "companies", "contact": "contacts", "deal": "deals"}


async def search(session: AsyncSession, actor: Actor, query: str, limit: int = PER_TYPE
                 ) -> SearchResults:
    found: dict[str, list[SearchHit]] = {group: [] for group in _GROUPS.values()}
    for kind, record_id, title, subtitle, value in await SearchRepository(session).best(
            scope_of(actor), query, limit):
        found[_GROUPS[kind]].append(SearchHit(id=record_id, type=kind, title=title,
                                              subtitle=subtitle, value=value))
    return SearchResults(**found)
