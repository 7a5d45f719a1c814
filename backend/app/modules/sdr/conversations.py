"""A lead's conversation: the replies inbox (enrollments someone answered, latest first), a
person's answer sent from it, and the messages an accepted lead's CRM timeline receives."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.errors import NotFound
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm.schemas import LeadMessage
from app.modules.sdr import campaigns, delivery
from app.modules.sdr.campaigns import visible_enrollments
from app.modules.sdr.events import ConversationLogged
from app.modules.sdr.models import Enrollment, Message, MessageStatus
from app.modules.sdr.schemas import Conversation, ManualMessage, ReplyClass

NOT_SENT = (MessageStatus.awaiting_approval, MessageStatus.rejected, MessageStatus.blocked)


async def enrollment_of(session: AsyncSession, actor: Actor, enrollment_id: uuid.UUID, *,
                        for_update: bool = False) -> Enrollment:
    stmt = select(Enrollment).where(visible_enrollments(actor), Enrollment.id == enrollment_id)
    enrollment = (await session.scalars(stmt.with_for_update() if for_update else stmt)
                  ).one_or_none()
    if enrollment is None:
        raise NotFound("Enrollment not found")
    return enrollment


async def messages(session: AsyncSession, actor: Actor, enrollment_id: uuid.UUID
                   ) -> list[Message]:
    """The enrollment's messages, out and in, oldest first."""
    enrollment = await enrollment_of(session, actor, enrollment_id)
    return list((await session.scalars(select(Message).where(
        Message.enrollment_id == enrollment.id).order_by(Message.created_at, Message.id))).all())


async def inbox(session: AsyncSession, actor: Actor, classification: ReplyClass | None,
                page: PageParams) -> tuple[list[Conversation], str | None]:
    stmt = select(Enrollment).where(visible_enrollments(actor),
                                    Enrollment.replied_at.is_not(None))
    if classification is not None:
        answered = select(Message.enrollment_id).where(
            Message.organization_id == actor.organization_id, Message.direction == "in",
            Message.classification == classification)
        stmt = stmt.where(Enrollment.id.in_(answered))
    enrollments, cursor = await paginate(session, stmt, sort=Enrollment.replied_at,
                                         tiebreaker=Enrollment.id, params=page)
    ids = [e.id for e in enrollments]
    last = {m.enrollment_id: m for m in (await session.scalars(
        select(Message).where(Message.enrollment_id.in_(ids))
        .ext(distinct_on(Message.enrollment_id))
        .order_by(Message.enrollment_id, Message.created_at.desc()))).all()} if ids else {}
    reply = {m.enrollment_id: m.classification for m in (await session.scalars(
        select(Message).where(Message.enrollment_id.in_(ids), Message.direction == "in")
        .ext(distinct_on(Message.enrollment_id))
        .order_by(Message.enrollment_id, Message.created_at.desc()))).all()} if ids else {}
    names = await campaigns.names(session, {e.campaign_id for e in enrollments})
    return [Conversation(
        enrollment_id=e.id, campaign_id=e.campaign_id, campaign_name=names.get(e.campaign_id),
        lead_id=e.lead_id, name=e.name, company=e.company, channel=last[e.id].channel,
        last_text=last[e.id].text, last_direction=last[e.id].direction,
        classification=reply.get(e.id), last_at=last[e.id].sent_at or last[e.id].created_at,
        status=e.status, finish_reason=e.finish_reason, accepted_at=e.accepted_at)
        for e in enrollments if e.id in last], cursor


async def answer(session: AsyncSession, actor: Actor, enrollment_id: uuid.UUID,
                 body: ManualMessage) -> Message:
    """A person's answer, sent at once on the channel the lead last wrote on (else the
    first step's), even after the cadence stopped; never to a suppressed address."""
    enrollment = await enrollment_of(session, actor, enrollment_id, for_update=True)
    channel = await _channel(session, enrollment)
    if not (enrollment.phone if channel == "whatsapp" else enrollment.email):
        raise delivery.NotSendable("no_address")
    sandbox = await delivery.sandboxed(session, actor.organization_id, channel)
    if why := await delivery.refusal(session, enrollment, sandbox=sandbox, by_person=True):
        raise delivery.NotSendable(why)
    message = Message(organization_id=actor.organization_id, enrollment_id=enrollment.id,
                      step_index=enrollment.step_index, channel=channel, direction="out",
                      subject=(body.subject or "Re: nossa conversa") if channel == "email"
                      else None, text=body.text, status=MessageStatus.sent)
    session.add(message)
    await delivery.deliver(session, enrollment, message, sandbox=sandbox,
                           context={"user_id": str(actor.user_id) if actor.user_id else None})
    await session.flush()
    await audit.record(session, actor, "sdr.message.sent", "sdr_message", message.id,
                       after={"channel": channel, "status": message.status})
    await log_for_crm(session, [enrollment], [message])
    return message


async def _channel(session: AsyncSession, enrollment: Enrollment) -> str:
    latest = await session.scalar(select(Message.channel).where(
        Message.enrollment_id == enrollment.id).order_by(
        (Message.direction == "in").desc(), Message.created_at.desc()).limit(1))
    return latest or ("whatsapp" if enrollment.phone else "email")


def lead_message(message: Message) -> LeadMessage:
    return LeadMessage(kind=message.channel,
                       direction="inbound" if message.direction == "in" else "outbound",
                       subject=message.subject, body=message.text,
                       occurred_at=message.sent_at or message.created_at or datetime.now(UTC),
                       external_id=f"sdr:{message.id}")


async def log_for_crm(session: AsyncSession, enrollments: list[Enrollment],
                      new: list[Message]) -> None:
    """Messages of an already accepted lead go to the CRM's timeline too."""
    accepted = next((e for e in enrollments if e.accepted_at is not None), None)
    sent = [m for m in new if m.status not in NOT_SENT]
    if accepted is None or not sent:
        return
    await session.flush()
    await events.publish(session, ConversationLogged(
        organization_id=accepted.organization_id, lead_id=accepted.lead_id,
        messages=[lead_message(m) for m in sent]))
