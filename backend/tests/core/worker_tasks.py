"""Celery tasks for the worker tests, loaded only by the test worker
(`celery ... worker --include tests.core.worker_tasks`); never shipped in app code."""

from __future__ import annotations

import asyncio
import uuid

from app.core.db import unit_of_work
from app.core.events import once
from app.core.redis import get_redis
from app.worker.runtime import TransientError, task
from tests.core.sample_events import SampleQueued, record_effect


@task("tests.record_event")
async def record_event(payload: dict) -> None:
    """Subscribed to SampleQueued: applies its effect once per event, however often run."""
    event = SampleQueued.model_validate(payload)
    async with unit_of_work() as session, once(session, "tests.record_event",
                                               event.event_id) as fresh:
        if fresh:
            await record_effect(session, "tests.record_event", event.event_id)


@task("tests.slow_effect")
async def slow_effect(key: str, seconds: float) -> None:
    """Announces its start, works for `seconds`, then commits one effect (once per key)."""
    redis = get_redis()
    await redis.rpush(f"test:started:{key}", "1")
    await redis.expire(f"test:started:{key}", 3600)
    await asyncio.sleep(seconds)
    event_id = uuid.UUID(key)
    async with unit_of_work() as session, once(session, "tests.slow_effect", event_id) as fresh:
        if fresh:
            await record_effect(session, "tests.slow_effect", event_id)
    await redis.set(f"test:done:{key}", "1", ex=3600)


@task("tests.boom", max_retries=0)
async def boom() -> None:
    raise ValueError("a task that always fails")


@task("tests.flaky")
async def flaky(key: str) -> None:
    """Fails with a transient error on its first run, succeeds on the retry."""
    redis = get_redis()
    if await redis.incr(f"test:flaky:{key}") == 1:
        await redis.expire(f"test:flaky:{key}", 3600)
        raise TransientError("provider unavailable")
    await redis.set(f"test:done:{key}", "1", ex=3600)
