"""Pausing and resuming: a campaign (the scheduler starts none of its steps meanwhile) or
one enrollment. A resumed enrollment whose step came due while paused goes out at the next
tick, in the window and under the caps."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict
from app.identity.actor import Actor
from app.modules.sdr.campaigns import campaign_of
from app.modules.sdr.conversations import enrollment_of
from app.modules.sdr.models import Campaign, CampaignStatus, Enrollment, EnrollmentStatus


async def set_campaign(session: AsyncSession, actor: Actor, campaign_id: uuid.UUID,
                       paused: bool) -> Campaign:
    campaign = await campaign_of(session, actor, campaign_id, for_update=True)
    wanted, other = ((CampaignStatus.paused, CampaignStatus.active) if paused
                     else (CampaignStatus.active, CampaignStatus.paused))
    if campaign.status not in (wanted, other):
        raise Conflict(f"The campaign is {campaign.status}")
    if campaign.status != wanted:
        campaign.status = wanted
        await audit.record(session, actor, f"sdr.campaign.{'paused' if paused else 'resumed'}",
                           "sdr_campaign", campaign.id, after={"status": wanted})
    return campaign


async def set_enrollment(session: AsyncSession, actor: Actor, enrollment_id: uuid.UUID,
                         paused: bool) -> Enrollment:
    enrollment = await enrollment_of(session, actor, enrollment_id, for_update=True)
    if paused and enrollment.status == EnrollmentStatus.active:
        enrollment.status, enrollment.send_at = EnrollmentStatus.paused, None
    elif not paused and enrollment.status == EnrollmentStatus.paused:
        enrollment.status = EnrollmentStatus.active
    elif enrollment.status != (EnrollmentStatus.paused if paused else EnrollmentStatus.active):
        raise Conflict(f"Only an active enrollment can be paused, and a paused one resumed "
                       f"(this one is {enrollment.status})")
    await audit.record(session, actor, f"sdr.enrollment.{'paused' if paused else 'resumed'}",
                       "sdr_enrollment", enrollment.id, after={"status": enrollment.status})
    return enrollment
