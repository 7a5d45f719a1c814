"""Messages leaving and their fate: `deliver` sends one message of an enrollment through the
integrations (sandbox unless an Admin turned it off for the agent or the organization), after
the same checks as an approved draft (`refusal`: suppressed, the enrollment stopped, a demo
lead outside the sandbox); `status_changed` applies the providers' delivery webhooks to the
SDR's message (sent -> delivered -> read, or failed) and suppresses bounced and complaining
addresses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.core.errors import Conflict
from app.identity.actor import Actor
from app.integrations import service as integrations
from app.integrations.events import OutboundMessageStatusChanged
from app.modules.sdr import suppression
from app.modules.sdr.models import (
    Enrollment,
    EnrollmentStatus,
    Message,
    MessageStatus,
    SuppressionKind,
    SuppressionReason,
)
from app.modules.sdr.schemas import SuppressionCreate

AGENT = {"whatsapp": "sdr_whatsapp", "email": "sdr_email"}
SENT = {"sent": MessageStatus.sent, "sandboxed": MessageStatus.sandboxed,
        "queued": MessageStatus.queued, "failed": MessageStatus.failed}
# how far a message got: a webhook never moves it back (read, then a late "delivered")
RANK = {MessageStatus.queued: 0, MessageStatus.sent: 1, MessageStatus.sandboxed: 1,
        MessageStatus.delivered: 2, MessageStatus.read: 3, MessageStatus.failed: 4}
WEBHOOK = {"sent": MessageStatus.sent, "delivered": MessageStatus.delivered,
           "read": MessageStatus.read,
           "opened": MessageStatus.read, "clicked": MessageStatus.read,
           "failed": MessageStatus.failed, "bounced": MessageStatus.failed,
           "complained": MessageStatus.failed}
SUPPRESS = {"bounced": SuppressionReason.bounced, "complained": SuppressionReason.complained}
PAUSED = "paused: the step goes out after the campaign or enrollment is resumed"


def addresses(enrollment: Enrollment) -> dict[str, list[str]]:
    return {"emails": [enrollment.email] if enrollment.email else [],
            "phones": [enrollment.phone] if enrollment.phone else []}


REFUSALS = {  # why a message must not leave, by a stable code (problem+json `code`)
    "enrollment_gone": "the enrollment no longer exists",
    "suppressed": "the address is on the suppression list",
    "enrollment_finished": "the enrollment is no longer waiting for this message",
    "demo_lead": "demo leads are never contacted for real (the sandbox is off)",
    "no_address": "the lead has no address on this channel",
}


class NotSendable(Conflict):
    """409 with the refusal's code: suppressed, demo_lead, no_address, ..."""

    def __init__(self, code: str) -> None:
        super().__init__(f"Not sent: {REFUSALS[code]}")
        self.code = code


async def refusal(session: AsyncSession, enrollment: Enrollment | None, *, sandbox: bool,
                  by_person: bool = False) -> str | None:
    """Why this enrollment's message must not leave now (a key of REFUSALS), or None. A
    person answering a reply may write to a finished enrollment; the cadence's own steps
    may not (a draft a person approved still goes out while its campaign is paused: they
    decided)."""
    if enrollment is None:
        return "enrollment_gone"
    if await suppression.blocked(session, enrollment.organization_id, **addresses(enrollment)):
        return "suppressed"
    if not by_person and enrollment.status == EnrollmentStatus.finished:
        return "enrollment_finished"
    if enrollment.demo and not sandbox:
        return "demo_lead"
    return None


async def sandboxed(session: AsyncSession, organization_id: uuid.UUID, channel: str) -> bool:
    return await runs.sandbox_for(session, organization_id, AGENT[channel])


async def deliver(session: AsyncSession, enrollment: Enrollment, message: Message, *,
                  sandbox: bool, context: dict[str, Any]) -> None:
    """Send `message` (already added to the session) to the enrollment's address and record
    how it went on the message."""
    context = {**context, "enrollment_id": str(enrollment.id), "lead_id": str(enrollment.lead_id)}
    if message.channel == "email":
        delivery = await integrations.send_email(
            session, organization_id=enrollment.organization_id, to=enrollment.email or "",
            subject=message.subject or "Mensagem", text=message.text, sandbox=sandbox,
            context=context)
    else:
        delivery = await integrations.send_whatsapp_text(
            session, organization_id=enrollment.organization_id, to=enrollment.phone or "",
            text=message.text, sandbox=sandbox, context=context)
    record(message, delivery.model_dump(mode="json"))


def record(message: Message, delivery: dict[str, Any]) -> None:
    """A send's outcome (integrations' `Delivery`, as JSON) on the SDR's message."""
    message.status = SENT.get(delivery.get("status"), MessageStatus.sent)
    message.outbound_message_id = _uuid(delivery.get("id"))
    message.sent_at = datetime.now(UTC)


async def status_changed(session: AsyncSession, event: OutboundMessageStatusChanged) -> None:
    message = (await session.scalars(select(Message).where(
        Message.organization_id == event.organization_id,
        Message.outbound_message_id == event.message_id).with_for_update())).one_or_none()
    if message is None:
        return  # not an SDR message
    status = WEBHOOK.get(event.status)
    if status is not None and RANK[status] > RANK.get(message.status, -1):
        message.status = status
    reason = SUPPRESS.get(event.status)
    enrollment = await session.get(Enrollment, message.enrollment_id)
    address = (enrollment.email if message.channel == "email" else enrollment.phone
               ) if enrollment else None
    if reason is not None and address:
        await suppression.add(session, Actor.system(event.organization_id), SuppressionCreate(
            kind=SuppressionKind.email if message.channel == "email" else SuppressionKind.phone,
            value=address, reason=reason, note=f"{event.provider}: {event.status}"))


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
