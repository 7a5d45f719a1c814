"""Reviewing leads (a Comercial sees the leads it owns): list and read them, approve (a
qualified one is announced to the SDR as `LeadQualified`), discard with a reason, or
re-score with the reviewer's note and corrected facts (the qualifier reruns against the
ICP's current version)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.core import audit, events
from app.core.errors import NotFound
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.hunter import qualifier
from app.modules.hunter.events import LeadQualified
from app.modules.hunter.models import Lead, LeadStatus
from app.modules.hunter.repository import IcpRepository, LeadRepository, SearchRepository
from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.schemas.leads import Discard, LeadFilters, Rescore

SORTS = {"score": Lead.score, "created_at": Lead.created_at}


async def get(session: AsyncSession, actor: Actor, lead_id: uuid.UUID, *,
              for_update: bool = False) -> Lead:
    lead = await LeadRepository(session).get(actor.organization_id, lead_id,
                                             owner_id=actor.scope_for("hunter").owner_id,
                                             for_update=for_update)
    if lead is None:
        raise NotFound("Lead not found")
    return lead


async def list_leads(session: AsyncSession, actor: Actor, filters: LeadFilters, sort: str,
                     page: PageParams) -> tuple[list[Lead], str | None]:
    stmt = LeadRepository(session).list_query(actor.organization_id, filters,
                                              actor.scope_for("hunter").owner_id)
    return await paginate(session, stmt, sort=SORTS[sort], tiebreaker=Lead.id, params=page)


def _reviewed(lead: Lead, actor: Actor, status: LeadStatus) -> None:
    lead.status, lead.reviewed_by, lead.reviewed_at = status, actor.user_id, datetime.now(UTC)


async def approve(session: AsyncSession, actor: Actor, lead_id: uuid.UUID) -> Lead:
    lead = await get(session, actor, lead_id, for_update=True)
    if lead.status == LeadStatus.approved:
        return lead
    before = audit.snapshot(lead)
    _reviewed(lead, actor, LeadStatus.approved)
    lead.discard_reason = None
    await audit.record(session, actor, "hunter.lead.approved", "hunter_lead", lead.id,
                       before=before, after=audit.snapshot(lead))
    if lead.qualified:
        await events.publish(session, LeadQualified(
            organization_id=lead.organization_id, lead_id=lead.id, search_id=lead.search_id,
            name=lead.name, score=lead.score, tier=lead.tier, owner_id=lead.owner_id,
            approved_by=actor.user_id))
    return lead


async def discard(session: AsyncSession, actor: Actor, lead_id: uuid.UUID, body: Discard
                  ) -> Lead:
    lead = await get(session, actor, lead_id, for_update=True)
    before = audit.snapshot(lead)
    _reviewed(lead, actor, LeadStatus.discarded)
    lead.discard_reason = body.reason
    await audit.record(session, actor, "hunter.lead.discarded", "hunter_lead", lead.id,
                       before=before, after=audit.snapshot(lead))
    return lead


async def _profile(session: AsyncSession, lead: Lead) -> tuple[IcpCriteria, int]:
    """The ICP's current version when the lead's search used one, else the search's own
    criteria."""
    search = (await SearchRepository(session).get(lead.organization_id, lead.search_id)
              if lead.search_id else None)
    icp = (await IcpRepository(session).get(lead.organization_id, search.icp_id)
           if search is not None and search.icp_id else None)
    if icp is not None:
        return IcpCriteria.model_validate(icp.criteria), icp.threshold
    if search is not None:
        return IcpCriteria.model_validate(search.criteria), search.threshold
    return IcpCriteria(), 70


async def rescore(session: AsyncSession, actor: Actor, lead_id: uuid.UUID, body: Rescore
                  ) -> Lead:
    lead = await get(session, actor, lead_id, for_update=True)
    before = audit.snapshot(lead)
    at = datetime.now(UTC).isoformat()
    for name, value in body.corrections.model_dump(exclude_none=True).items():
        setattr(lead, name, value)
        lead.provenance = {**lead.provenance, name: {"source": "reviewer", "at": at}}
    criteria, threshold = await _profile(session, lead)
    facts = {c: getattr(lead, c) for c in (
        "name", "legal_name", "industry", "description", "city", "state", "website", "cnae",
        "size", "employees", "phones", "emails", "social_links", "linkedin_url")}
    similarity = (await qualifier.similarity_to_won(lead.organization_id, facts)
                  if await qualifier.has_won_customers(lead.organization_id) else None)
    result = await qualifier.qualify(lead.organization_id, facts, criteria, threshold,
                                     similarity=similarity, run_id=None,
                                     trigger=runs.trigger_for(actor), feedback=body.feedback)
    lead.score, lead.tier = result.scored.score, result.scored.tier
    lead.qualified, lead.disqualified_by = result.scored.qualified, result.scored.disqualified_by
    lead.breakdown, lead.similarity = result.scored.breakdown, similarity
    lead.reason, lead.reason_offline, lead.feedback = result.reason, result.offline, body.feedback
    await session.flush()
    await audit.record(session, actor, "hunter.lead.rescored", "hunter_lead", lead.id,
                       before=before, after=audit.snapshot(lead))
    return lead


PERSONAL_FIELDS = ("contacts", "phones", "emails", "linkedin_url")


async def erase_personal_data(session: AsyncSession, actor: Actor, lead_id: uuid.UUID
                              ) -> None:
    """LGPD erasure: the lead's people, phones, e-mails and LinkedIn go, with their
    provenance; the company's public registration (name, CNPJ, domain) stays, so the
    company is not prospected again as new. The lead ends discarded."""
    lead = await get(session, actor, lead_id, for_update=True)
    lead.contacts, lead.phones, lead.emails, lead.linkedin_url = [], [], [], None
    lead.provenance = {k: v for k, v in lead.provenance.items()
                       if k.split(".")[0] not in PERSONAL_FIELDS}
    lead.match_keys = [k for k in lead.match_keys if k.startswith(("cnpj:", "domain:"))]
    _reviewed(lead, actor, LeadStatus.discarded)
    lead.discard_reason = "LGPD: dados pessoais apagados a pedido do titular"
    await audit.record(session, actor, "hunter.lead.personal_data_erased", "hunter_lead",
                       lead.id, after={"fields": list(PERSONAL_FIELDS)})
