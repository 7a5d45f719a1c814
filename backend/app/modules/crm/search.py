"""Search across the CRM: companies by name, CNPJ, domain or phone; contacts by name,
e-mail or phone; deals by title. Only what the caller may see."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.actor import Actor
from app.modules.crm.records import scope_of
from app.modules.crm.repository import SearchRepository
from app.modules.crm.schemas.search import SearchHit, SearchResults

PER_TYPE = 10


async def search(session: AsyncSession, actor: Actor, query: str, limit: int = PER_TYPE
                 ) -> SearchResults:
    found = await SearchRepository(session).best(scope_of(actor), query, limit)
    return SearchResults(
        companies=[SearchHit(id=i, type="company", title=trade or legal,
                             subtitle=cnpj or (legal if trade else None))
                   for i, legal, trade, cnpj in found["companies"]],
        contacts=[SearchHit(id=i, type="contact", title=name,
                            subtitle=title or (emails[0]["address"] if emails else None))
                  for i, name, title, emails in found["contacts"]],
        deals=[SearchHit(id=i, type="deal", title=title, subtitle=status, value=value)
               for i, title, status, value in found["deals"]])
