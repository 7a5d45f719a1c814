"""A campaign's funnel, in total and per cadence step: enrolled, waiting for approval, sent,
delivered, read, replied, interested, opted out, converted (accepted into the CRM). A
message counts as delivered once it was delivered or read; a reply (and an opt-out) counts
at the step whose message it answers; a lead counts once per step however many times it
wrote; a step's enrolled are the leads it reached (a draft, a send or a task)."""

from __future__ import annotations

import uuid

from sqlalchemy import case, distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.sdr.models import (
    Cadence,
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
    Task,
)
from app.modules.sdr.schemas import CampaignMetrics, Funnel, ReplyClass, StepFunnel

SENT = (MessageStatus.sent, MessageStatus.sandboxed, MessageStatus.delivered,
        MessageStatus.read)
DELIVERED = (MessageStatus.delivered, MessageStatus.read)


def _messages_by(group: object, *more: object):
    """Per `group`: sent, delivered, read, replied, interested, then the `more` columns."""
    out, inbound = Message.direction == "out", Message.direction == "in"
    return (select(group,
                   func.count().filter(out & Message.status.in_(SENT)),
                   func.count().filter(out & Message.status.in_(DELIVERED)),
                   func.count().filter(out & (Message.status == MessageStatus.read)),
                   func.count(distinct(case((inbound, Message.enrollment_id)))),
                   func.count(distinct(case((inbound & (Message.classification
                                                        == ReplyClass.interested),
                                             Message.enrollment_id)))), *more)
            .join(Enrollment, Enrollment.id == Message.enrollment_id))


async def funnels(session: AsyncSession, campaign_ids: list[uuid.UUID]
                  ) -> dict[uuid.UUID, Funnel]:
    """The totals of each campaign (two grouped queries for any number of them)."""
    if not campaign_ids:
        return {}
    people = (await session.execute(
        select(Enrollment.campaign_id, func.count(),
               func.count().filter(Enrollment.status == EnrollmentStatus.pending_approval),
               func.count().filter(Enrollment.finish_reason == FinishReason.opted_out),
               func.count().filter(Enrollment.accepted_at.is_not(None)))
        .where(Enrollment.campaign_id.in_(campaign_ids)).group_by(Enrollment.campaign_id))
              ).all()
    talk = {row[0]: row[1:] for row in (await session.execute(
        _messages_by(Enrollment.campaign_id).where(Enrollment.campaign_id.in_(campaign_ids))
        .group_by(Enrollment.campaign_id))).all()}
    result = {campaign_id: Funnel() for campaign_id in campaign_ids}
    for campaign_id, enrolled, pending, opted_out, converted in people:
        sent, delivered, read, replied, interested = talk.get(campaign_id, (0,) * 5)
        result[campaign_id] = Funnel(
            enrolled=enrolled, pending_approval=pending, sent=sent, delivered=delivered,
            read=read, replied=replied, interested=interested, opted_out=opted_out,
            converted=converted)
    return result


async def campaign_metrics(session: AsyncSession, campaign: Campaign) -> CampaignMetrics:
    totals = (await funnels(session, [campaign.id]))[campaign.id]
    cadence = await session.get(Cadence, campaign.cadence_id)
    out, inbound = Message.direction == "out", Message.direction == "in"
    by_step = {row[0]: row[1:] for row in (await session.execute(  # one pass over the messages
        _messages_by(Message.step_index,
                     func.count(distinct(case((out, Message.enrollment_id)))),
                     func.count().filter(Message.status == MessageStatus.awaiting_approval),
                     func.count(distinct(case((inbound & (Message.classification
                                                          == ReplyClass.unsubscribe),
                                               Message.enrollment_id)))))
        .where(Enrollment.campaign_id == campaign.id).group_by(Message.step_index))).all()}
    reached_tasks = dict((await session.execute(
        select(Task.step_index, func.count()).join(Enrollment, Enrollment.id == Task.enrollment_id)
        .where(Enrollment.campaign_id == campaign.id).group_by(Task.step_index))).all())
    steps = []
    for index, step in enumerate(cadence.steps if cadence else []):
        if step["kind"] == "wait":
            continue
        sent, delivered, read, replied, interested, reached, waiting, opted = by_step.get(
            index, (0,) * 8)
        steps.append(StepFunnel(
            step_index=index, kind=step["kind"], enrolled=reached + reached_tasks.get(index, 0),
            pending_approval=waiting, sent=sent, delivered=delivered, read=read,
            replied=replied, interested=interested, opted_out=opted))
    return CampaignMetrics(campaign_id=campaign.id, totals=totals, steps=steps)
