"""The outbox: what a commit publishes is delivered, once; what a rollback publishes is not;
what a crash left behind is delivered by the sweep."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from app.core import events
from app.core.db import get_sessionmaker, unit_of_work
from app.core.events import relay
from app.core.events.models import OutboxEvent
from app.core.realtime.hub import get_hub, org_channel, user_channel
from tests.core.conftest import count_effects, run_script
from tests.core.sample_events import (
    FAILING_LABELS,
    SampleBroadcast,
    SampleFlaky,
    SampleForUser,
    SampleHappened,
)


async def outbox_row(event_id: uuid.UUID) -> OutboxEvent | None:
    async with get_sessionmaker()() as session:
        return await session.get(OutboxEvent, event_id)


async def mark_pending(event_id: uuid.UUID) -> None:
    """As if the process died after the handlers ran but before the row was marked."""
    async with get_sessionmaker()() as session:
        await session.execute(update(OutboxEvent).where(OutboxEvent.id == event_id)
                              .values(published_at=None, available_at=datetime.now(UTC)))
        await session.commit()


class TestPublish:
    async def test_commit_delivers_to_the_handler_once(self):
        event = SampleHappened(organization_id=uuid.uuid4(), label="commit")
        async with unit_of_work() as session:
            await events.publish(session, event)
            assert await count_effects(event.event_id) == 0  # nothing before the commit

        assert await count_effects(event.event_id, "tests.effect") == 1
        row = await outbox_row(event.event_id)
        assert row is not None and row.published_at is not None
        assert row.name == "tests.sample_happened" and row.attempts == 1
        assert row.payload["label"] == "commit"

    async def test_rollback_delivers_nothing(self):
        event = SampleHappened(organization_id=uuid.uuid4(), label="rollback")
        with pytest.raises(RuntimeError):
            async with unit_of_work() as session:
                await events.publish(session, event)
                raise RuntimeError("the change failed")

        await relay.drain()
        assert await outbox_row(event.event_id) is None
        assert await relay.sweep() >= 0
        assert await count_effects(event.event_id) == 0

    async def test_a_burst_of_commits_delivers_each_event_once(self):
        organization_id = uuid.uuid4()
        published = [SampleHappened(organization_id=organization_id, label=f"burst-{i}")
                     for i in range(40)]

        async def commit(event: SampleHappened) -> None:
            async with unit_of_work() as session:
                await events.publish(session, event)

        await asyncio.gather(*(commit(e) for e in published))
        await relay.drain()

        for event in published:
            assert await count_effects(event.event_id) == 1
            assert (await outbox_row(event.event_id)).published_at is not None

    async def test_the_event_name_is_the_wire_name(self):
        from app.identity.events import UserInvited

        assert UserInvited.__event_name__ == "identity.user_invited"
        assert events.event_class("tests.sample_happened") is SampleHappened


class TestRequests:
    async def test_an_event_published_by_a_route_leaves_after_the_commit(self, client, admin):
        r = await client.post("/api/v1/admin/invitations", headers=admin.headers, json={
            "email": f"new-{uuid.uuid4().hex[:6]}@example.test", "full_name": "Nova Pessoa",
            "role": "Comercial"})
        assert r.status_code == 201, r.text
        await relay.drain()

        async with get_sessionmaker()() as session:
            rows = (await session.execute(select(OutboxEvent).where(
                OutboxEvent.name == "identity.user_invited",
                OutboxEvent.organization_id == admin.organization_id))).scalars().all()
        assert len(rows) == 1
        assert rows[0].payload["invitation_id"] == r.json()["id"]
        assert rows[0].published_at is not None


class TestExactlyOnce:
    async def test_a_redelivered_event_is_applied_once(self):
        event = SampleHappened(organization_id=uuid.uuid4(), label="redelivered")
        async with unit_of_work() as session:
            await events.publish(session, event)
        assert await count_effects(event.event_id) == 1

        await mark_pending(event.event_id)
        assert await relay.sweep() >= 1

        row = await outbox_row(event.event_id)
        assert row.published_at is not None and row.attempts == 2
        assert await count_effects(event.event_id) == 1

    async def test_concurrent_claims_in_the_ledger_let_one_through(self):
        event_id = uuid.uuid4()

        async def claim() -> bool:
            async with unit_of_work() as session, events.once(
                    session, "tests.concurrent", event_id) as fresh:
                await asyncio.sleep(0.05)  # hold the claim while the other one arrives
                return fresh

        results = await asyncio.gather(*(claim() for _ in range(5)))
        assert sorted(results) == [False, False, False, False, True]

    async def test_a_claim_rolled_back_with_its_effect_can_be_retried(self):
        event_id = uuid.uuid4()
        with pytest.raises(RuntimeError):
            async with unit_of_work() as session, events.once(
                    session, "tests.rolled_back", event_id) as fresh:
                assert fresh
                raise RuntimeError("effect failed")
        async with unit_of_work() as session, events.once(
                session, "tests.rolled_back", event_id) as fresh:
            assert fresh


class TestSweep:
    async def test_the_sweep_delivers_an_event_committed_by_a_killed_process(self):
        organization_id = uuid.uuid4()
        # kill -9 between the commit and the delivery: the row is committed, nothing more
        done = await asyncio.to_thread(run_script, f"""
import asyncio, os, signal, uuid
from app.core import events
from app.core.db import get_sessionmaker
from tests.core.sample_events import SampleHappened

async def main():
    event = SampleHappened(organization_id=uuid.UUID("{organization_id}"), label="killed")
    async with get_sessionmaker()() as session:
        await events.publish(session, event)
        await session.commit()
    print(event.event_id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

asyncio.run(main())
""")
        assert done.returncode == -9, done.stderr
        event_id = uuid.UUID(done.stdout.strip())
        row = await outbox_row(event_id)
        assert row is not None and row.published_at is None
        assert await count_effects(event_id) == 0
        async with get_sessionmaker()() as session:
            assert await events.outbox_lag_seconds(session) > 0

        assert await relay.sweep() >= 1

        assert await count_effects(event_id, "tests.effect") == 1
        assert (await outbox_row(event_id)).published_at is not None

    async def test_a_failing_handler_keeps_the_event_pending_without_redoing_the_others(self):
        event = SampleFlaky(organization_id=uuid.uuid4(), label=f"flaky-{uuid.uuid4()}")
        FAILING_LABELS.add(event.label)
        try:
            async with unit_of_work() as session:  # the caller never sees the failure
                await events.publish(session, event)

            row = await outbox_row(event.event_id)
            assert row.published_at is None and row.attempts == 1
            assert "handler failed on purpose" in row.last_error
            assert row.available_at > datetime.now(UTC)  # backs off instead of spinning
            assert await count_effects(event.event_id, "tests.flaky_ok") == 1
            assert await count_effects(event.event_id, "tests.flaky_failing") == 0

            assert await relay.deliver([event.event_id]) == 0  # still failing
            FAILING_LABELS.discard(event.label)
            assert await relay.deliver([event.event_id]) == 1

            assert (await outbox_row(event.event_id)).published_at is not None
            assert await count_effects(event.event_id, "tests.flaky_ok") == 1
            assert await count_effects(event.event_id, "tests.flaky_failing") == 1
        finally:
            FAILING_LABELS.discard(event.label)
            await relay.deliver([event.event_id])

    async def test_lag_is_zero_once_everything_is_delivered(self):
        await relay.sweep()
        async with get_sessionmaker()() as session:
            pending = (await session.execute(
                select(OutboxEvent.id).where(OutboxEvent.published_at.is_(None)))).all()
            lag = await events.outbox_lag_seconds(session)
        assert pending == [] and lag == 0.0


class TestRealtimePush:
    async def test_a_realtime_event_reaches_its_audience_after_commit(self):
        organization_id, user_id = uuid.uuid4(), uuid.uuid4()
        hub = get_hub()
        org_sub = await hub.subscribe([org_channel(organization_id)])
        user_sub = await hub.subscribe([user_channel(user_id)])
        try:
            async with unit_of_work() as session:
                await events.publish(session, SampleBroadcast(
                    organization_id=organization_id, label="to everyone"))
                await events.publish(session, SampleForUser(
                    organization_id=organization_id, user_id=user_id, label="to one"))
                await asyncio.sleep(0.2)
                assert org_sub.queue.empty()  # not before the commit

            org_msg = await asyncio.wait_for(org_sub.queue.get(), 5)
            user_msg = await asyncio.wait_for(user_sub.queue.get(), 5)
        finally:
            await hub.unsubscribe(org_sub)
            await hub.unsubscribe(user_sub)
        assert '"name":"tests.sample_broadcast"' in org_msg and "to everyone" in org_msg
        assert '"name":"tests.sample_for_user"' in user_msg and "to one" in user_msg
        assert org_sub.queue.empty() and user_sub.queue.empty()
