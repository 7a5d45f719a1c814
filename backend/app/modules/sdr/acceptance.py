"""Accepting a lead: the person who talked to it says it wants to go on. The hunter's lead
becomes the CRM's conversion payload (company, the first named contact, a deal in the
default pipeline's first stage, score and per-field provenance) and `LeadAccepted` hands it
to the CRM, which converts it once per lead (accepting again changes nothing)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.identity.actor import Actor
from app.modules.crm.schemas import LeadCompany, LeadContact, LeadConversion, LeadDeal
from app.modules.hunter import service as hunter
from app.modules.sdr import conversations, steps
from app.modules.sdr.events import LeadAccepted
from app.modules.sdr.models import Enrollment, FinishReason, Message
from app.modules.sdr.outcomes import OPEN
from app.modules.sdr.people import person_of
from app.modules.sdr.schemas import Acceptance, Accepted


def _address(lead: Any) -> dict[str, str] | None:
    place = {k: v for k, v in (("city", lead.city), ("state", lead.state)) if v}
    return place or None


def conversion(lead: Any, body: Acceptance) -> LeadConversion:
    """The CRM's payload for a hunter lead (`lead`: hunter's LeadRead fields)."""
    person = person_of(lead)
    emails = [person.email] if person.email else []
    phones = [person.phone] if person.phone else []
    return LeadConversion(
        source="sdr", source_id=str(lead.id),
        company=LeadCompany(legal_name=lead.legal_name or lead.name,
                            trade_name=lead.name if lead.legal_name else None, cnpj=lead.cnpj,
                            domain=lead.domain, website=lead.website, industry=lead.industry,
                            cnae=lead.cnae, address=_address(lead),
                            phones=[{"number": p} for p in lead.phones[:5]]),
        contact=LeadContact(name=person.name or f"Contato {lead.name}",
                            job_title=person.role,
                            emails=[{"address": e, "primary": True} for e in emails],
                            phones=[{"number": p, "whatsapp": True} for p in phones]),
        deal=LeadDeal(title=body.deal_title or f"{lead.name}: primeiro projeto",
                      value=body.deal_value),
        hunter_score=lead.score, provenance=lead.provenance, owner_id=lead.owner_id)


async def accept(session: AsyncSession, actor: Actor, lead_id: uuid.UUID, body: Acceptance
                 ) -> Accepted:
    """Also stops the lead's cadences (sales takes over) and hands the conversation so far
    to the CRM's timeline."""
    lead = await hunter.leads.get(session, actor, lead_id)
    enrollments = list((await session.scalars(select(Enrollment).where(
        Enrollment.organization_id == actor.organization_id, Enrollment.lead_id == lead.id)
        .with_for_update())).all())
    now = datetime.now(UTC)
    for enrollment in enrollments:
        enrollment.accepted_at = enrollment.accepted_at or now
        if enrollment.status in OPEN:
            steps.finish(enrollment, FinishReason.accepted)
    talk = (await session.scalars(select(Message).where(
        Message.enrollment_id.in_([e.id for e in enrollments]),
        Message.status.not_in(conversations.NOT_SENT)).order_by(Message.created_at))).all() \
        if enrollments else []
    payload = conversion(lead, body).model_copy(update={
        "messages": [conversations.lead_message(m) for m in talk]})
    await events.publish(session, LeadAccepted(organization_id=actor.organization_id,
                                               lead_id=lead.id, lead=payload,
                                               accepted_by=actor.user_id))
    await audit.record(session, actor, "sdr.lead.accepted", "hunter_lead", lead.id,
                       after={"deal_title": payload.deal.title, "value": str(body.deal_value)})
    return Accepted(lead_id=lead.id, source_id=payload.source_id)
