"""Replies: an inbound WhatsApp message or e-mail (integrations' `InboundMessageReceived`,
once per provider message) from an enrolled lead is kept in the lead's conversation,
classified (offline: Portuguese keyword rules), and, unless it is an automatic out-of-office
answer, stops the lead's cadences on every channel and campaign; an unsubscribe also puts the
address on the suppression list. The campaign's owner is notified (inbox, /ws and push), and
everyone in the organization's dashboards sees it arrive (`ReplyReceived` over /ws)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai import router
from app.ai.types import LLMRequest, TaskKind, Trigger
from app.ai.types import Message as ChatMessage
from app.core import events
from app.identity.actor import Actor
from app.integrations.events import InboundMessageReceived
from app.modules.sdr import conversations, steps, suppression
from app.modules.sdr.events import ReplyReceived
from app.modules.sdr.models import (
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
    SuppressionKind,
    SuppressionReason,
)
from app.modules.sdr.schemas import ReplyClass, SuppressionCreate
from app.notifications import service as notifications

AGENT = {"whatsapp": "sdr_whatsapp", "email": "sdr_email"}
OPEN = (EnrollmentStatus.pending_approval, EnrollmentStatus.active, EnrollmentStatus.paused)


def sender_address(event: InboundMessageReceived) -> str:
    """As enrollments keep it: E.164 for WhatsApp (the event has digits), lower-case e-mail."""
    return f"+{event.sender.lstrip('+')}" if event.channel == "whatsapp" else event.sender


async def classify(organization_id: uuid.UUID, channel: str, text: str) -> ReplyClass:
    labels = [c.value for c in ReplyClass]
    answer = await router.complete(LLMRequest(
        organization_id=organization_id, agent=AGENT[channel], task=TaskKind.classify,
        facts={"labels": labels}, trigger=Trigger.system(), max_tokens=10,
        messages=[ChatMessage("system", "Classifique a resposta do lead em uma das categorias: "
                              + ", ".join(labels) + ". Responda só a categoria."),
                  ChatMessage("user", text)]))
    label = answer.text.strip().lower()
    return ReplyClass(label) if label in labels else ReplyClass.other


async def received(session: AsyncSession, event: InboundMessageReceived) -> None:
    address = sender_address(event)
    column = Enrollment.phone if event.channel == "whatsapp" else Enrollment.email
    enrollments = list((await session.scalars(select(Enrollment).where(
        Enrollment.organization_id == event.organization_id, column == address)
        .order_by(Enrollment.created_at).with_for_update())).all())
    if not enrollments:
        return  # not someone we reached out to
    text = (event.text or event.subject or "").strip()
    kind = await classify(event.organization_id, event.channel, text) if text \
        else ReplyClass.other
    latest = enrollments[-1]
    answered = await session.scalar(select(Message.step_index).where(  # the step it answers
        Message.enrollment_id == latest.id, Message.direction == "out",
        Message.sent_at.is_not(None)).order_by(Message.sent_at.desc()).limit(1))
    message = Message(organization_id=event.organization_id, enrollment_id=latest.id,
                      step_index=latest.step_index if answered is None else answered,
                      channel=event.channel, direction="in",
                      subject=event.subject, text=text or "(sem texto)",
                      status=MessageStatus.received, classification=kind,
                      sent_at=event.received_at)
    session.add(message)
    latest.replied_at = event.received_at
    if kind is not ReplyClass.out_of_office:
        reason = (FinishReason.opted_out if kind is ReplyClass.unsubscribe
                  else FinishReason.replied)
        for enrollment in enrollments:
            if enrollment.status in OPEN:
                steps.finish(enrollment, reason)
    if kind is ReplyClass.unsubscribe:
        await suppression.add(session, Actor.system(event.organization_id), SuppressionCreate(
            kind=SuppressionKind.phone if event.channel == "whatsapp" else SuppressionKind.email,
            value=address, reason=SuppressionReason.unsubscribed,
            note="pediu para sair em resposta a uma mensagem"))
    await conversations.log_for_crm(session, enrollments, [message])
    await events.publish(session, ReplyReceived(
        organization_id=event.organization_id, enrollment_id=latest.id,
        campaign_id=latest.campaign_id, classification=kind.value, channel=event.channel))
    await _notify(session, event, latest, kind, text)


async def _notify(session: AsyncSession, event: InboundMessageReceived, enrollment: Enrollment,
                  kind: ReplyClass, text: str) -> None:
    campaign = await session.get(Campaign, enrollment.campaign_id)
    if campaign is None or campaign.owner_id is None:
        return
    where = "no WhatsApp" if event.channel == "whatsapp" else "por e-mail"
    await notifications.notify(
        session, organization_id=event.organization_id, user_ids=[campaign.owner_id],
        kind="sdr.reply", title=f"{enrollment.name} respondeu {where}", body=text[:280],
        link=f"/sdr/campaigns/{campaign.id}",
        data={"enrollment_id": str(enrollment.id), "lead_id": str(enrollment.lead_id),
              "classification": kind.value, "channel": event.channel})

