"""What the hunter does when other modules speak: a won deal's company becomes a won
customer in vector memory, so new leads are compared with it."""

from __future__ import annotations

from app.core.errors import NotFound
from app.core.events import on
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.events import DealWon
from app.modules.hunter import qualifier


@on(DealWon)
async def remember_won_customer(session, event: DealWon) -> None:
    if event.company_id is None:
        return
    try:
        company = await crm.companies.get(session, Actor.system(event.organization_id),
                                          event.company_id)
    except NotFound:  # deleted since
        return
    address = company.address or {}
    await qualifier.remember_won(event.organization_id, company.id, {
        "name": company.trade_name or company.legal_name, "industry": company.industry,
        "city": address.get("city"), "state": address.get("state"), "size": company.size})
