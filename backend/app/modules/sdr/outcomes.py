"""What happened to a message step, from its agent run's end: sent (approved, or a step that
needed no approval), and the enrollment goes on with the cadence's next step; rejected,
blocked or failed, and it finishes with the reason."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.ai.runs.models import RunStatus
from app.identity.actor import Actor
from app.modules.sdr import delivery, steps
from app.modules.sdr.models import (
    Cadence,
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
)

OPEN = (EnrollmentStatus.pending_approval, EnrollmentStatus.active, EnrollmentStatus.paused)


async def step_ended(session: AsyncSession, organization_id: uuid.UUID, run_id: uuid.UUID,
                     status: str) -> None:
    enrollment = (await session.scalars(select(Enrollment).where(
        Enrollment.run_id == run_id).with_for_update())).one_or_none()
    if enrollment is None or enrollment.status not in OPEN:
        return  # not a step of ours, or already settled (e.g. stopped by a reply)
    message = (await session.scalars(select(Message).where(Message.run_id == run_id))
               ).one_or_none()
    result = (await runs.get_run(session, Actor.system(organization_id), run_id)).result or {}
    if status == RunStatus.succeeded and "delivery" in result:
        if message is not None and message.status == MessageStatus.awaiting_approval:
            delivery.record(message, result["delivery"])  # approved: the AI layer sent it
        if result["delivery"].get("status") == "failed":
            steps.finish(enrollment, FinishReason.failed)
            return
        campaign = await session.get(Campaign, enrollment.campaign_id)
        cadence = await session.get(Cadence, campaign.cadence_id) if campaign else None
        if cadence is None:
            steps.finish(enrollment, FinishReason.completed)
            return
        steps.advance(enrollment, cadence, datetime.now(UTC))
        return
    blocked = str(result.get("blocked") or "")
    if blocked == delivery.PAUSED:  # the step starts again once resumed
        enrollment.run_id, enrollment.next_at = None, datetime.now(UTC)
        return
    if message is not None and message.status == MessageStatus.awaiting_approval:
        message.status = (MessageStatus.failed if status == RunStatus.failed
                          else MessageStatus.rejected)
    steps.finish(enrollment, FinishReason.suppressed if "suppression" in blocked
                 else FinishReason.failed if status == RunStatus.failed or blocked
                 else FinishReason.rejected)
