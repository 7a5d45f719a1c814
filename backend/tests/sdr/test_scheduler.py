"""The scheduler's tick, time-frozen (`tick(session, now)`), on real PostgreSQL: due steps
get a slot in the São Paulo sending window, behind the sender's spacing and under its daily
cap; closed windows, weekends and Brazilian holidays push them to the next opening; a paused
campaign plans nothing; a slot that came starts its step (a task for a call)."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from app.core.db import get_sessionmaker, unit_of_work
from app.modules.sdr import scheduler
from app.modules.sdr.calendar import SAO_PAULO, SendingWindow
from app.modules.sdr.models import (
    Cadence,
    Campaign,
    CampaignStatus,
    Enrollment,
    EnrollmentStatus,
    Task,
)
from tests.hunter.conftest import settle


def sp(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SAO_PAULO)


async def enroll(org, n: int, due: datetime, *, second_step: str = "whatsapp",
                 daily_cap: int = 40, spacing: tuple[int, int] = (60, 300),
                 owner_id: uuid.UUID | None = None) -> tuple[Campaign, list[Enrollment]]:
    """A campaign whose `n` enrollments are past their first contact, the next step due."""
    async with unit_of_work() as session:
        cadence = Cadence(organization_id=org.id, name=f"c-{uuid.uuid4().hex[:6]}",
                          steps=[{"kind": "whatsapp", "needs_approval": True},
                                 {"kind": second_step, "needs_approval": False}],
                          window_start=time(9), window_end=time(18), weekdays=[0, 1, 2, 3, 4],
                          daily_cap=daily_cap, spacing_min_seconds=spacing[0],
                          spacing_max_seconds=spacing[1])
        session.add(cadence)
        await session.flush()
        campaign = Campaign(organization_id=org.id, name="Agendada", cadence_id=cadence.id,
                            owner_id=owner_id)
        session.add(campaign)
        await session.flush()
        rows = [Enrollment(organization_id=org.id, campaign_id=campaign.id,
                           lead_id=uuid.uuid4(), status=EnrollmentStatus.active, step_index=1,
                           next_at=due, name=f"Pessoa {i}", company="Empresa",
                           phone=f"+551199000{i:04d}", email=f"p{i}@empresa.test")
                for i in range(n)]
        session.add_all(rows)
    return campaign, rows


async def tick(org, now: datetime, seed: int = 7) -> scheduler.TickResult:
    """One tick, and the steps it started run to their end (eager tasks)."""
    async with unit_of_work() as session:
        result = await scheduler.tick(session, now, organization_id=org.id,
                                      rng=random.Random(seed))
    await settle()
    return result


async def states(campaign: Campaign) -> list[Enrollment]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(Enrollment).where(
            Enrollment.campaign_id == campaign.id).order_by(Enrollment.name))).all())


class TestPlanning:
    async def test_slots_follow_the_spacing_inside_today_s_window(self, org):
        now = sp(2026, 3, 10, 10)  # a Tuesday
        campaign, _ = await enroll(org, 5, now - timedelta(hours=1), spacing=(120, 240))
        result = await tick(org, now)
        assert (result.planned, result.deferred, result.started) == (5, 0, 1)
        enrollments = await states(campaign)
        assert sum(e.status == EnrollmentStatus.finished for e in enrollments) == 1  # sent now
        slots = [now, *sorted(e.send_at for e in enrollments if e.send_at)]
        assert len(slots) == 5 and all(SendingWindow().is_open(s) for s in slots)
        gaps = [(b - a).total_seconds() for a, b in zip(slots, slots[1:], strict=False)]
        assert all(120 <= g <= 240 for g in gaps), gaps

    async def test_the_daily_cap_sends_the_rest_to_the_next_business_morning(self, org):
        friday = sp(2026, 3, 13, 10)
        campaign, _ = await enroll(org, 5, friday - timedelta(hours=2), daily_cap=3)
        result = await tick(org, friday)
        assert (result.planned, result.deferred) == (3, 2)
        later = [e.next_at for e in await states(campaign)
                 if e.status == EnrollmentStatus.active and e.send_at is None]
        assert later == [sp(2026, 3, 16, 9)] * 2  # Monday 09:00 São Paulo

    async def test_closed_windows_weekends_and_holidays_wait_for_the_next_opening(self, org):
        cases = [(sp(2026, 3, 10, 7, 30), sp(2026, 3, 10, 9)),    # before opening
                 (sp(2026, 3, 10, 18, 5), sp(2026, 3, 11, 9)),    # after closing
                 (sp(2026, 3, 14, 11), sp(2026, 3, 16, 9)),       # Saturday
                 (sp(2026, 2, 16, 10), sp(2026, 2, 19, 9)),       # Carnival Mon -> Thu
                 (sp(2026, 4, 3, 10), sp(2026, 4, 6, 9)),         # Good Friday
                 (sp(2026, 11, 20, 10), sp(2026, 11, 23, 9))]     # Consciência Negra (Fri)
        for now, opening in cases:
            campaign, _ = await enroll(org, 1, now - timedelta(minutes=5))
            result = await tick(org, now)
            [enrollment] = await states(campaign)
            assert (result.planned, enrollment.send_at, enrollment.next_at) == (
                0, None, opening), now

    async def test_one_sender_across_campaigns_shares_the_cap(self, org, diretor):
        now = sp(2026, 3, 10, 10)
        first, _ = await enroll(org, 2, now, daily_cap=3, owner_id=diretor.user_id)
        second, _ = await enroll(org, 2, now, daily_cap=3, owner_id=diretor.user_id)
        result = await tick(org, now)
        assert (result.planned, result.deferred) == (3, 1)
        waiting = [e for c in (first, second) for e in await states(c)
                   if e.status == EnrollmentStatus.active and e.send_at is None]
        assert [e.next_at for e in waiting] == [sp(2026, 3, 11, 9)]

    async def test_a_paused_campaign_plans_nothing(self, org):
        now = sp(2026, 3, 10, 10)
        campaign, _ = await enroll(org, 2, now)
        async with unit_of_work() as session:
            (await session.get(Campaign, campaign.id)).status = CampaignStatus.paused
        assert (await tick(org, now)).planned == 0
        assert all(e.send_at is None for e in await states(campaign))


class TestStarting:
    async def test_a_call_step_becomes_a_task_and_the_enrollment_waits(self, org, diretor):
        now = sp(2026, 3, 10, 10)
        campaign, _ = await enroll(org, 1, now, second_step="call_task",
                                   owner_id=diretor.user_id)
        result = await tick(org, now)
        assert (result.planned, result.started) == (1, 1)
        [enrollment] = await states(campaign)
        assert (enrollment.status, enrollment.next_at, enrollment.send_at) == (
            EnrollmentStatus.active, None, None)
        async with get_sessionmaker()() as session:
            [task] = (await session.scalars(select(Task).where(
                Task.enrollment_id == enrollment.id))).all()
        assert (task.kind, task.title, task.assignee_id) == (
            "call", "Ligar para Pessoa 0 (Empresa)", diretor.user_id)
        assert (await tick(org, now + timedelta(hours=1))).started == 0  # waits for the task

    @pytest.mark.parametrize("seed", [1, 2])
    async def test_a_second_tick_never_plans_an_enrollment_twice(self, org, seed):
        now = sp(2026, 3, 10, 10)
        campaign, _ = await enroll(org, 3, now - timedelta(minutes=1), spacing=(600, 900))
        first = await tick(org, now, seed)
        before = [e.send_at for e in await states(campaign)]
        second = await tick(org, now, seed)
        assert (first.planned, second.planned) == (3, 0)
        assert [e.send_at for e in await states(campaign)] == before
