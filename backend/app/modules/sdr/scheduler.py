"""The SDR's scheduler: every minute (beat, `sdr.tick`) it plans and starts the cadences'
later steps.

Planning: each active enrollment whose next step is due (`next_at` passed) and has no slot
yet gets one (`send_at`) today, in its cadence's sending window, behind the sender's last
send plus a random spacing (the cadence's `spacing_min_seconds`..`spacing_max_seconds`), as
long as the sender is under the cadence's daily cap for that channel; otherwise it is due
again at the window's next opening on a later day. A sender is the campaign's owner (or the
campaign, without one) on one channel; what they sent today (São Paulo) counts, planned
slots too. LinkedIn and call steps are tasks for a person: neither capped nor spaced.

Starting: enrollments whose slot came start their step (steps.start): an agent run drafting
and sending the message (or waiting for approval when the step asks for it), or a task.

One tick at a time (a transaction-scoped advisory lock); everything a tick decides is in
its transaction, so a crash loses nothing and the next tick picks it up.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, bindparam, func, select, text, true
from sqlalchemy.dialects.postgresql import ARRAY, TIMESTAMP, UUID
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.types import Trigger, TriggerKind
from app.modules.sdr import cadences, steps
from app.modules.sdr.calendar import SAO_PAULO
from app.modules.sdr.models import (
    Cadence,
    Campaign,
    CampaignStatus,
    Enrollment,
    EnrollmentStatus,
    Message,
    MessageStatus,
)

LOCK = 0x5D7_71C  # pg_try_advisory_xact_lock key of the tick
PLAN_PER_TICK = 20_000  # the oldest due first; more wait for the next minute
START_PER_TICK = 500
TICK = Trigger(TriggerKind.schedule, "sdr.tick")
NOT_SENT = (MessageStatus.awaiting_approval, MessageStatus.rejected, MessageStatus.blocked,
            MessageStatus.received, MessageStatus.failed)
MESSAGE_STEPS = frozenset({"whatsapp", "email"})


@dataclass
class TickResult:
    planned: int = 0  # given a slot today
    deferred: int = 0  # due again on a later day (cap, or the window closed)
    started: int = 0  # steps begun (agent runs and tasks)
    skipped: bool = False  # another tick held the lock


@dataclass
class Sender:
    count: int = 0  # sent and planned today
    last: datetime | None = None  # the latest of those


@dataclass
class Plan:
    slots: dict[uuid.UUID, datetime] = field(default_factory=dict)
    later: dict[uuid.UUID, datetime] = field(default_factory=dict)


async def tick(session: AsyncSession, now: datetime, *,
               organization_id: uuid.UUID | None = None, rng: random.Random | None = None
               ) -> TickResult:
    """Plan and start what is due at `now`, in every organization (or only one: tests and
    benchmarks)."""
    if not await session.scalar(select(func.pg_try_advisory_xact_lock(LOCK))):
        return TickResult(skipped=True)
    scope = (Enrollment.organization_id == organization_id if organization_id
             else true())
    rng = rng or random.Random()  # noqa: S311 (send spacing, not secrets)
    plan = await _plan(session, now, rng, scope)
    await _save(session, plan)
    started = await _start_due(session, now, scope)
    return TickResult(planned=len(plan.slots), deferred=len(plan.later), started=started)


def _sender_key(organization_id: uuid.UUID, campaign_id: uuid.UUID,
                owner_id: uuid.UUID | None, channel: str) -> tuple:
    return organization_id, owner_id or campaign_id, channel


async def _plan(session: AsyncSession, now: datetime, rng: random.Random,
                scope: ColumnElement[bool]) -> Plan:
    due = (await session.execute(
        select(Enrollment.id, Enrollment.organization_id, Enrollment.campaign_id,
               Enrollment.step_index, Campaign.owner_id, Campaign.cadence_id)
        .join(Campaign, Campaign.id == Enrollment.campaign_id)
        .where(Enrollment.status == EnrollmentStatus.active, Enrollment.run_id.is_(None),
               Enrollment.send_at.is_(None), Enrollment.next_at <= now,
               Campaign.status == CampaignStatus.active, scope)
        .order_by(Enrollment.next_at, Enrollment.id).limit(PLAN_PER_TICK))).all()
    plan = Plan()
    if not due:
        return plan
    loaded = await _cadences(session, {row.cadence_id for row in due})
    senders = await _senders(session, now, loaded)
    windows = {c.id: cadences.window_of(c) for c in loaded.values()}
    tomorrow: dict[uuid.UUID, datetime] = {}  # per cadence: the same for every row past cap
    for row in due:
        cadence = loaded[row.cadence_id]
        kind = (cadence.steps[row.step_index]["kind"] if row.step_index < len(cadence.steps)
                else None)
        if kind not in MESSAGE_STEPS:  # a task, or past the end (_start_due finishes it)
            plan.slots[row.id] = now
            continue
        window = windows[cadence.id]
        if not window.is_open(now):
            plan.later[row.id] = window.next_slot(now)
            continue
        sender = senders[_sender_key(row.organization_id, row.campaign_id, row.owner_id, kind)]
        spacing = rng.uniform(cadence.spacing_min_seconds, cadence.spacing_max_seconds)
        slot = max(now, (sender.last or now - timedelta(days=1)) + timedelta(seconds=spacing))
        if sender.count >= cadence.daily_cap or not _same_window(window, now, slot):
            if cadence.id not in tomorrow:
                tomorrow[cadence.id] = steps.tomorrow_morning(cadence, now)
            plan.later[row.id] = tomorrow[cadence.id]
            continue
        sender.count, sender.last = sender.count + 1, slot
        plan.slots[row.id] = slot
    return plan


def _same_window(window, now: datetime, slot: datetime) -> bool:
    return window.is_open(slot) and (slot.astimezone(SAO_PAULO).date()
                                     == now.astimezone(SAO_PAULO).date())


async def _cadences(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Cadence]:
    return {c.id: c for c in (await session.scalars(select(Cadence).where(
        Cadence.id.in_(ids)))).all()}


async def _senders(session: AsyncSession, now: datetime, loaded: dict[uuid.UUID, Cadence]
                   ) -> defaultdict[tuple, Sender]:
    """Today's sends and planned slots per sender."""
    local = now.astimezone(SAO_PAULO)
    day_start = datetime.combine(local.date(), datetime.min.time(), SAO_PAULO)
    senders: defaultdict[tuple, Sender] = defaultdict(Sender)
    sent = await session.execute(
        select(Enrollment.organization_id, Enrollment.campaign_id, Campaign.owner_id,
               Message.channel, func.count(), func.max(Message.sent_at))
        .join(Enrollment, Enrollment.id == Message.enrollment_id)
        .join(Campaign, Campaign.id == Enrollment.campaign_id)
        .where(Message.direction == "out", Message.sent_at >= day_start,
               Message.status.not_in(NOT_SENT))
        .group_by(Enrollment.organization_id, Enrollment.campaign_id, Campaign.owner_id,
                  Message.channel))
    planned = await session.execute(
        select(Enrollment.organization_id, Enrollment.campaign_id, Campaign.owner_id,
               Enrollment.step_index, Campaign.cadence_id, Enrollment.send_at)
        .join(Campaign, Campaign.id == Enrollment.campaign_id)
        .where(Enrollment.status == EnrollmentStatus.active, Enrollment.send_at.is_not(None),
               Enrollment.run_id.is_(None)))
    for org, campaign, owner, channel, count, last in sent.all():
        _count(senders[_sender_key(org, campaign, owner, channel)], count, last)
    rows = planned.all()
    missing = {r.cadence_id for r in rows} - set(loaded)
    loaded.update(await _cadences(session, missing) if missing else {})
    for org, campaign, owner, step_index, cadence_id, send_at in rows:
        steps_of = loaded[cadence_id].steps
        channel = steps_of[step_index]["kind"] if step_index < len(steps_of) else None
        if channel in MESSAGE_STEPS and send_at >= day_start:
            _count(senders[_sender_key(org, campaign, owner, channel)], 1, send_at)
    return senders


def _count(sender: Sender, count: int, last: datetime | None) -> None:
    sender.count += count
    if last is not None and (sender.last is None or last > sender.last):
        sender.last = last


async def _save(session: AsyncSession, plan: Plan) -> None:
    """One statement for the whole plan (unnest of three arrays)."""
    ids = [*plan.slots, *plan.later]
    if not ids:
        return
    await session.execute(text(
        "UPDATE sdr_enrollment AS e SET send_at = p.send_at, next_at = p.next_at, "
        "updated_at = now() FROM unnest(:ids, :send_at, :next_at) AS p(id, send_at, next_at) "
        "WHERE e.id = p.id AND e.status = 'active'").bindparams(  # a reply may have stopped it
        bindparam("ids", type_=ARRAY(UUID(as_uuid=True))),
        bindparam("send_at", type_=ARRAY(TIMESTAMP(timezone=True))),
        bindparam("next_at", type_=ARRAY(TIMESTAMP(timezone=True)))),
        {"ids": ids, "send_at": [*plan.slots.values(), *([None] * len(plan.later))],
         "next_at": [*([None] * len(plan.slots)), *plan.later.values()]})


async def _start_due(session: AsyncSession, now: datetime, scope: ColumnElement[bool]
                     ) -> int:
    """Begin the steps whose slot came (the oldest first, a bounded number a tick)."""
    due = list((await session.scalars(
        select(Enrollment).join(Campaign, Campaign.id == Enrollment.campaign_id)
        .where(Enrollment.status == EnrollmentStatus.active, Enrollment.run_id.is_(None),
               Enrollment.send_at <= now, Campaign.status == CampaignStatus.active, scope)
        .order_by(Enrollment.send_at, Enrollment.id).limit(START_PER_TICK)
        .with_for_update(of=Enrollment, skip_locked=True))).all())
    if not due:
        return 0
    campaigns = {c.id: c for c in (await session.scalars(select(Campaign).where(
        Campaign.id.in_({e.campaign_id for e in due})))).all()}
    loaded = await _cadences(session, {c.cadence_id for c in campaigns.values()})
    for enrollment in due:
        campaign = campaigns[enrollment.campaign_id]
        cadence = loaded[campaign.cadence_id]
        if enrollment.step_index >= len(cadence.steps):
            steps.advance(enrollment, cadence, now)  # finishes it
            continue
        await steps.start(session, enrollment, campaign, cadence, TICK, now)
    return len(due)
