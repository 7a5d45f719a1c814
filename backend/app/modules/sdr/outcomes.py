"""What happened to a first contact, from its agent run's end: approved and sent (the
enrollment goes on with the cadence's next step), rejected, blocked or failed (it
finishes)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.ai.runs.models import RunStatus
from app.identity.actor import Actor
from app.modules.sdr import cadences
from app.modules.sdr.models import (
    Cadence,
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
)

DELIVERY = {"sent": MessageStatus.sent, "sandboxed": MessageStatus.sandboxed,
            "queued": MessageStatus.sent, "failed": MessageStatus.failed}


async def first_contact_ended(session: AsyncSession, organization_id: uuid.UUID,
                              run_id: uuid.UUID, status: str) -> None:
    enrollment = (await session.scalars(select(Enrollment).where(
        Enrollment.run_id == run_id).with_for_update())).one_or_none()
    if enrollment is None or enrollment.status != EnrollmentStatus.pending_approval:
        return  # not a first contact, or already settled (e.g. stopped as suppressed)
    message = (await session.scalars(select(Message).where(Message.run_id == run_id))
               ).one_or_none()
    run = await runs.get_run(session, Actor.system(organization_id), run_id)
    result = run.result or {}
    if status == RunStatus.succeeded and "delivery" in result:
        delivery = result["delivery"]
        if message is not None:
            message.status = DELIVERY.get(delivery.get("status"), MessageStatus.sent)
            message.outbound_message_id = _uuid(delivery.get("id"))
            message.sent_at = datetime.now(UTC)
        await _advance(session, enrollment)
        return
    if status in (RunStatus.cancelled, RunStatus.failed):
        blocked = "blocked" in result
        if message is not None and message.status == MessageStatus.awaiting_approval:
            message.status = (MessageStatus.failed if status == RunStatus.failed
                              else MessageStatus.rejected)
        enrollment.status = EnrollmentStatus.finished
        enrollment.finish_reason = (FinishReason.suppressed if blocked
                                    else FinishReason.failed if status == RunStatus.failed
                                    else FinishReason.rejected)


async def _advance(session: AsyncSession, enrollment: Enrollment) -> None:
    """The first step is done: the next one is due after the waits that follow it."""
    campaign = await session.get(Campaign, enrollment.campaign_id)
    cadence = await session.get(Cadence, campaign.cadence_id) if campaign else None
    enrollment.status = EnrollmentStatus.active
    enrollment.step_index = 1
    if cadence is None or len(cadence.steps) <= 1:
        enrollment.status, enrollment.finish_reason = (EnrollmentStatus.finished,
                                                       FinishReason.completed)
        return
    window, due = cadences.window_of(cadence), datetime.now(UTC)
    index = 1
    while index < len(cadence.steps) and cadence.steps[index]["kind"] == "wait":
        due = window.after_business_days(due, cadence.steps[index]["days"])
        index += 1
    enrollment.step_index = index
    if index >= len(cadence.steps):
        enrollment.status, enrollment.finish_reason = (EnrollmentStatus.finished,
                                                       FinishReason.completed)
        return
    enrollment.next_at = window.next_slot(due)


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
