"""Campaigns: `POST /sdr/campaigns` enrolls leads in a cadence. Each lead that can be reached
on the first step's channel (not suppressed, with a phone or an e-mail) gets an agent run of
the first-contact crew, which drafts the message and waits for a person's approval; the rest
are enrolled already finished, with the reason."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.core import audit
from app.core.errors import NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.hunter import service as hunter
from app.modules.sdr import cadences, suppression
from app.modules.sdr.models import (
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
)
from app.modules.sdr.people import person_of
from app.modules.sdr.schemas import CampaignCreate

FIRST_CONTACT = {"whatsapp": ("sdr_whatsapp", "sdr_first_whatsapp"),
                 "email": ("sdr_email", "sdr_first_email")}


async def create(session: AsyncSession, actor: Actor, body: CampaignCreate) -> Campaign:
    cadence = await cadences.get(session, actor, body.cadence_id)
    channel = cadence.steps[0]["kind"]
    leads = []
    for lead_id in dict.fromkeys(body.lead_ids):
        try:
            leads.append(await hunter.leads.get(session, actor, lead_id))
        except NotFound:
            raise ValidationFailed.on("lead_ids", f"Unknown lead {lead_id}") from None
    campaign = Campaign(organization_id=actor.organization_id, name=body.name,
                        cadence_id=cadence.id, owner_id=actor.user_id)
    session.add(campaign)
    await session.flush()
    for lead in leads:
        person = person_of(lead)
        name, phone, email = person.name or lead.name, person.phone, person.email
        enrollment = Enrollment(organization_id=actor.organization_id, campaign_id=campaign.id,
                                lead_id=lead.id, name=name, company=lead.name, phone=phone,
                                email=email, status=EnrollmentStatus.pending_approval,
                                step_index=0)
        session.add(enrollment)
        address = phone if channel == "whatsapp" else email
        reason = await _unreachable(session, actor, address, phone, email)
        if reason is not None:
            enrollment.status, enrollment.finish_reason = EnrollmentStatus.finished, reason
            continue
        await session.flush()
        agent, crew = FIRST_CONTACT[channel]
        run = await runs.start_run(
            session, organization_id=actor.organization_id, agent=agent, crew=crew,
            input={"lead": {"name": name, "phone": phone, "email": email,
                            "company": lead.name, "segment": lead.industry, "city": lead.city},
                   "enrollment_id": str(enrollment.id), "channel": channel,
                   "subject": cadence.steps[0].get("subject")},
            trigger=runs.trigger_for(actor))
        enrollment.run_id = run.id
    await session.flush()
    await audit.record(session, actor, "sdr.campaign.created", "sdr_campaign", campaign.id,
                       after={"name": campaign.name, "leads": len(leads)})
    return campaign


async def _unreachable(session: AsyncSession, actor: Actor, address: str | None,
                       phone: str | None, email: str | None) -> FinishReason | None:
    if not address:
        return FinishReason.no_channel
    blocked = await suppression.blocked(session, actor.organization_id,
                                        emails=[email] if email else [],
                                        phones=[phone] if phone else [])
    return FinishReason.suppressed if blocked else None


async def get(session: AsyncSession, actor: Actor, campaign_id: uuid.UUID
              ) -> tuple[Campaign, list[Enrollment]]:
    campaign = (await session.scalars(select(Campaign).where(
        Campaign.organization_id == actor.organization_id, Campaign.id == campaign_id))
    ).one_or_none()
    if campaign is None:
        raise NotFound("Campaign not found")
    enrollments = (await session.scalars(select(Enrollment).where(
        Enrollment.campaign_id == campaign.id).order_by(Enrollment.created_at,
                                                        Enrollment.id))).all()
    return campaign, list(enrollments)


async def list_campaigns(session: AsyncSession, actor: Actor, page: PageParams
                         ) -> tuple[list[Campaign], str | None]:
    stmt = select(Campaign).where(Campaign.organization_id == actor.organization_id)
    return await paginate(session, stmt, sort=Campaign.created_at, tiebreaker=Campaign.id,
                          params=page)


async def conversation(session: AsyncSession, actor: Actor, enrollment_id: uuid.UUID
                       ) -> list[Message]:
    """The enrollment's messages, out and in, oldest first."""
    enrollment = (await session.scalars(select(Enrollment).where(
        Enrollment.organization_id == actor.organization_id, Enrollment.id == enrollment_id))
    ).one_or_none()
    if enrollment is None:
        raise NotFound("Enrollment not found")
    return list((await session.scalars(select(Message).where(
        Message.enrollment_id == enrollment.id).order_by(Message.created_at, Message.id))).all())
