"""What the hunter does when others speak: a won deal's company becomes a won customer in
vector memory, so new leads are compared with it; a search's agent run that ended on its
own (cancelled, timed out) closes the search; a data subject's erasure request (LGPD,
through the SDR) erases the lead's personal data."""

from __future__ import annotations

from datetime import UTC, datetime

from app.ai.runs.events import AgentRunFinished
from app.ai.runs.models import RunStatus
from app.core.errors import NotFound
from app.core.events import on
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.events import DealWon
from app.modules.hunter import leads, qualifier
from app.modules.hunter.models import SearchStatus
from app.modules.hunter.repository import SearchRepository
from app.modules.sdr.events import LeadErasureRequested


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


@on(AgentRunFinished)
async def close_search_of_ended_run(session, event: AgentRunFinished) -> None:
    """A search whose run ended without the crew closing it (cancelled while queued, timed
    out, its worker lost) says so instead of staying queued or running."""
    search = await SearchRepository(session).by_run(event.run_id)
    if search is None or search.status not in (SearchStatus.queued, SearchStatus.running):
        return
    cancelled = event.status == RunStatus.cancelled
    search.status = SearchStatus.cancelled if cancelled else SearchStatus.failed
    search.error = search.error or f"the agent run ended {event.status}"
    search.finished_at = datetime.now(UTC)


@on(LeadErasureRequested)
async def erase_lead(session, event: LeadErasureRequested) -> None:
    try:
        await leads.erase_personal_data(session, Actor.system(event.organization_id),
                                        event.lead_id)
    except NotFound:  # deleted since
        return
