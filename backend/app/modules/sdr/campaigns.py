"""Campaigns: `POST /sdr/campaigns` enrolls leads in a cadence. Each lead that can be reached
on the first step's channel (not suppressed, with a phone or an e-mail) gets an agent run of
the message-step crew, which drafts the first message and waits for a person's approval; the
rest are enrolled already finished, with the reason."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.core import audit
from app.core.errors import NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.hunter import service as hunter
from app.modules.sdr import cadences, steps, suppression
from app.modules.sdr.models import (
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
)
from app.modules.sdr.people import person_of
from app.modules.sdr.schemas import CampaignCreate


async def create(session: AsyncSession, actor: Actor, body: CampaignCreate) -> Campaign:
    cadence = await cadences.get(session, actor, body.cadence_id)
    if cadence.archived_at is not None:
        raise ValidationFailed.on("cadence_id", "The cadence is archived")
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
    trigger, now = runs.trigger_for(actor), datetime.now(UTC)
    for lead in leads:
        person = person_of(lead)
        enrollment = Enrollment(
            organization_id=actor.organization_id, campaign_id=campaign.id, lead_id=lead.id,
            owner_id=lead.owner_id or actor.user_id, name=person.name or lead.name,
            company=lead.name, phone=person.phone,
            email=person.email, status=EnrollmentStatus.pending_approval, step_index=0,
            demo=lead.demo, facts={k: v for k, v in (("segment", lead.industry),
                                                      ("city", lead.city)) if v})
        session.add(enrollment)
        reason = await _unreachable(session, actor, steps.address(enrollment, channel),
                                    person.phone, person.email)
        if reason is not None:
            steps.finish(enrollment, reason)
            continue
        await session.flush()
        await steps.start(session, enrollment, campaign, cadence, trigger, now)
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


def visible_enrollments(actor: Actor) -> ColumnElement[bool]:
    """What the actor may see of enrollments: its organization's, and a Comercial only
    those of its own leads."""
    owner = actor.scope_for("sdr").owner_id
    mine = Enrollment.organization_id == actor.organization_id
    return mine if owner is None else and_(mine, Enrollment.owner_id == owner)


def visible_campaigns(actor: Actor) -> ColumnElement[bool]:
    owner = actor.scope_for("sdr").owner_id
    mine = Campaign.organization_id == actor.organization_id
    if owner is None:
        return mine
    return and_(mine, or_(Campaign.owner_id == owner, Campaign.id.in_(
        select(Enrollment.campaign_id).where(visible_enrollments(actor)))))


async def campaign_of(session: AsyncSession, actor: Actor, campaign_id: uuid.UUID, *,
                      for_update: bool = False) -> Campaign:
    stmt = select(Campaign).where(visible_campaigns(actor), Campaign.id == campaign_id)
    campaign = (await session.scalars(stmt.with_for_update() if for_update else stmt)
                ).one_or_none()
    if campaign is None:
        raise NotFound("Campaign not found")
    return campaign


async def names(session: AsyncSession, campaign_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Campaign names by id, for lists that show where each row belongs."""
    if not campaign_ids:
        return {}
    rows = await session.execute(select(Campaign.id, Campaign.name).where(
        Campaign.id.in_(campaign_ids)))
    return dict(rows.tuples().all())


async def get(session: AsyncSession, actor: Actor, campaign_id: uuid.UUID
              ) -> tuple[Campaign, list[Enrollment]]:
    campaign = await campaign_of(session, actor, campaign_id)
    enrollments = (await session.scalars(select(Enrollment).where(
        Enrollment.campaign_id == campaign.id, visible_enrollments(actor))
        .order_by(Enrollment.created_at, Enrollment.id))).all()
    return campaign, list(enrollments)


async def list_campaigns(session: AsyncSession, actor: Actor, page: PageParams
                         ) -> tuple[list[Campaign], str | None]:
    stmt = select(Campaign).where(visible_campaigns(actor))
    return await paginate(session, stmt, sort=Campaign.created_at, tiebreaker=Campaign.id,
                          params=page)
