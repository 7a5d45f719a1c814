"""LGPD for a lead's data subject: an export of everything kept about them (the hunter's
lead with its provenance and legal basis, every enrollment and message, suppression
entries) and an erasure: the SDR's copies are cleared here, with the AI layer's runs and
approvals about the person and the integrations' record of what was sent to them (status
kept, recipient and content gone), and `LeadErasureRequested` has the hunter erase the
lead's personal data. A suppression entry stays (keeping an opt-out is the legitimate
interest that protects the person); the CRM keeps what became a customer relationship,
under its own legal basis. Inbound webhook bodies are kept as received (the delivery log)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.core import audit, events
from app.core.privacy import ERASED
from app.identity.actor import Actor
from app.integrations import service as integrations
from app.modules.hunter import service as hunter
from app.modules.hunter.schemas import LeadRead
from app.modules.sdr import delivery, steps
from app.modules.sdr.events import LeadErasureRequested
from app.modules.sdr.models import Enrollment, FinishReason, Message, Suppression, Task
from app.modules.sdr.outcomes import OPEN
from app.modules.sdr.schemas import EnrollmentRead, MessageRead, PersonalData, SuppressionRead


async def _enrollments(session: AsyncSession, actor: Actor, lead_id: uuid.UUID, *,
                       for_update: bool = False) -> list[Enrollment]:
    stmt = select(Enrollment).where(Enrollment.organization_id == actor.organization_id,
                                    Enrollment.lead_id == lead_id).order_by(Enrollment.created_at)
    return list((await session.scalars(stmt.with_for_update() if for_update else stmt)).all())


async def export(session: AsyncSession, actor: Actor, lead_id: uuid.UUID) -> PersonalData:
    lead = await hunter.leads.get(session, actor, lead_id)
    enrollments = await _enrollments(session, actor, lead.id)
    ids = [e.id for e in enrollments]
    talk = list((await session.scalars(select(Message).where(Message.enrollment_id.in_(ids))
                                       .order_by(Message.created_at))).all()) if ids else []
    values = {v for e in enrollments for v in delivery.addresses(e)["emails"]
              + delivery.addresses(e)["phones"]} | set(lead.emails) | set(lead.phones)
    entries = list((await session.scalars(select(Suppression).where(
        Suppression.organization_id == actor.organization_id,
        Suppression.value.in_(values)))).all()) if values else []
    await audit.record(session, actor, "sdr.lead.personal_data_exported", "hunter_lead",
                       lead.id, after={"enrollments": len(enrollments), "messages": len(talk)})
    return PersonalData(
        exported_at=datetime.now(UTC), legal_basis=lead.legal_basis,
        lead=LeadRead.model_validate(lead).model_dump(mode="json"),
        enrollments=[EnrollmentRead.model_validate(e) for e in enrollments],
        messages=[MessageRead.model_validate(m) for m in talk],
        suppression=[SuppressionRead.model_validate(s) for s in entries])


async def erase(session: AsyncSession, actor: Actor, lead_id: uuid.UUID) -> None:
    lead = await hunter.leads.get(session, actor, lead_id)  # NotFound first, nothing changed
    enrollments = await _enrollments(session, actor, lead.id, for_update=True)
    for enrollment in enrollments:
        if enrollment.status in OPEN:
            steps.finish(enrollment, FinishReason.opted_out)
        enrollment.name, enrollment.phone, enrollment.email = ERASED, None, None
        enrollment.facts = {}
    ids = [e.id for e in enrollments]
    talk = list((await session.scalars(select(Message).where(
        Message.enrollment_id.in_(ids)))).all()) if ids else []
    for message in talk:
        message.text, message.subject = ERASED, None
    run_ids = {r for r in [*(e.run_id for e in enrollments), *(m.run_id for m in talk)] if r}
    await runs.erase_personal_data(session, actor, list(run_ids))
    await integrations.erase_messages(
        session, organization_id=actor.organization_id,
        message_ids=[m.outbound_message_id for m in talk if m.outbound_message_id])
    for task in (await session.scalars(select(Task).where(Task.enrollment_id.in_(ids)))
                 ).all() if ids else []:
        task.title, task.note = ERASED, None
    await events.publish(session, LeadErasureRequested(
        organization_id=actor.organization_id, lead_id=lead.id, requested_by=actor.user_id))
    await audit.record(session, actor, "sdr.lead.personal_data_erased", "hunter_lead", lead.id,
                       after={"enrollments": len(enrollments)})
