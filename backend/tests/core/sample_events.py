"""Events and handlers the core tests publish. Imported by the test process, by the test
Celery worker (through tests.core.worker_tasks) and by helper subprocesses, so that every
process knows the same reactions, as app modules do through their handlers.py."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.events import Audience, Event

EFFECT_TABLE_DDL = """
CREATE TABLE IF NOT EXISTS test_event_effect (
    id bigserial PRIMARY KEY,
    handler text NOT NULL,
    event_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
)"""

# Labels of SampleFlaky events whose second handler must fail (test process only).
FAILING_LABELS: set[str] = set()


async def record_effect(session: AsyncSession, handler: str, event_id: uuid.UUID) -> None:
    await session.execute(text("INSERT INTO test_event_effect (handler, event_id) "
                               "VALUES (:handler, :event_id)"),
                          {"handler": handler, "event_id": event_id})


class SampleHappened(Event):
    __event_name__ = "tests.sample_happened"
    label: str = ""


class SampleFlaky(Event):
    __event_name__ = "tests.sample_flaky"
    label: str = ""


class SampleQueued(Event):
    __event_name__ = "tests.sample_queued"
    label: str = ""


class SampleBroadcast(Event):
    __event_name__ = "tests.sample_broadcast"
    realtime = True
    label: str = ""


class SampleForUser(Event):
    __event_name__ = "tests.sample_for_user"
    realtime = True
    audience = (Audience.user,)
    user_id: uuid.UUID
    label: str = ""


class SampleForClient(Event):
    __event_name__ = "tests.sample_for_client"
    realtime = True
    audience = (Audience.client,)
    client_company_id: uuid.UUID
    label: str = ""


@events.on(SampleHappened, name="tests.effect")
async def apply_effect(session: AsyncSession, event: SampleHappened) -> None:
    await record_effect(session, "tests.effect", event.event_id)


@events.on(SampleFlaky, name="tests.flaky_ok")
async def flaky_ok(session: AsyncSession, event: SampleFlaky) -> None:
    await record_effect(session, "tests.flaky_ok", event.event_id)


@events.on(SampleFlaky, name="tests.flaky_failing")
async def flaky_failing(session: AsyncSession, event: SampleFlaky) -> None:
    await record_effect(session, "tests.flaky_failing", event.event_id)
    if event.label in FAILING_LABELS:
        raise RuntimeError("handler failed on purpose")


events.subscribe_task(SampleQueued, "tests.record_event")
