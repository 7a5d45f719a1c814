"""The Celery worker as it runs in production: a real `celery worker` process on the test
database and Redis (its keys under a prefix of their own, so parallel runs never share a
queue), killed for real."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime

import pytest
from celery import Celery
from prometheus_client import REGISTRY, generate_latest

from app.config import get_settings
from app.core.db import get_sessionmaker
from app.core.events import publish
from app.core.events.models import OutboxEvent
from app.worker import metrics
from app.worker.celery_app import configure
from app.worker.heartbeat import HEARTBEAT_KEY
from tests.core.conftest import BACKEND, child_env, count_effects, free_port, run_script
from tests.core.sample_events import SampleHappened

VISIBILITY_TIMEOUT = 5

# A separate process that commits one SampleQueued event (label %s) and prints its id.
PUBLISH_SAMPLE = """
import asyncio, uuid
from app.core import events
from app.core.db import unit_of_work
from app.core.events import relay
from tests.core.sample_events import SampleQueued

async def main():
    event = SampleQueued(organization_id=uuid.uuid4(), label="%s")
    async with unit_of_work() as session:
        await events.publish(session, event)
    await relay.drain()
    print(event.event_id)

asyncio.run(main())
"""


class Worker:
    """`celery -A app.worker.celery_app worker` in its own process group."""

    def __init__(self, prefix: str, name: str) -> None:
        self.prefix, self.name = prefix, name
        fd, self.log_path = tempfile.mkstemp(prefix=f"{name}-", suffix=".log")
        with os.fdopen(fd, "wb") as log:
            self.process = self._start(log)

    def _start(self, log) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "app.worker.celery_app", "worker",
             "-Q", "default,agents,integrations", "-c", "1", "-P", "prefork",
             "--include", "tests.core.worker_tasks", "-n", f"{self.name}@%h",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "WARNING"],
            cwd=BACKEND, env=worker_env(self.prefix), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, sig)

    def stop(self) -> None:
        self.kill(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.wait(5)

    def output(self) -> str:
        with open(self.log_path) as f:
            return f.read()[-4000:]


def worker_env(prefix: str) -> dict[str, str]:
    return child_env(WORKER__KEY_PREFIX=prefix,
                     WORKER__VISIBILITY_TIMEOUT_SECONDS=str(VISIBILITY_TIMEOUT),
                     WORKER__HEARTBEAT_TTL_SECONDS="6")


def client_for(prefix: str) -> Celery:
    """A Celery client speaking to the workers of `prefix` (what the API would be)."""
    settings = get_settings()
    worker = settings.worker.model_copy(update={
        "key_prefix": prefix, "visibility_timeout_seconds": VISIBILITY_TIMEOUT})
    client = Celery(f"client-{prefix}")
    configure(client, settings.model_copy(update={"worker": worker}))
    return client


async def eventually(check: Callable[[], Awaitable[bool]], within: float,
                     what: str, worker: Worker | None = None) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}"
                         + (f"\n--- worker log ---\n{worker.output()}" if worker else ""))


def forget(prefix: str) -> None:
    """Delete every Redis key of one prefix (queues, bindings, heartbeat, task counts)."""
    import redis

    client = redis.Redis.from_url(get_settings().redis_url)
    keys = list(client.scan_iter(match=f"{prefix}*", count=500))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(scope="module")
def prefix() -> Iterator[str]:
    value = f"t{uuid.uuid4().hex[:10]}:"
    yield value
    forget(value)


@pytest.fixture(scope="module")
def worker(prefix) -> Iterator[Worker]:
    w = Worker(prefix, "core")
    yield w
    w.stop()


@pytest.fixture(scope="module")
def celery_client(prefix) -> Iterator[Celery]:
    client = client_for(prefix)
    yield client
    client.close()


async def ping(client: Celery, within: float = 40) -> str:
    result = client.send_task("core.ping", ignore_result=False)
    return await asyncio.to_thread(result.get, timeout=within)


async def task_count(prefix: str, redis, task: str, state: str) -> int:
    value = await redis.hget(prefix + metrics.TASK_COUNTS_KEY, f"{task}|{state}")
    return int(value or 0)


class TestWorker:
    async def test_a_worker_runs_a_task_and_reports_its_heartbeat(self, worker, celery_client,
                                                                  prefix, redis):
        assert await ping(celery_client) == "pong"

        assert await redis.exists(prefix + HEARTBEAT_KEY)
        assert await task_count(prefix, redis, "core.ping", "succeeded") >= 1

    async def test_a_failing_task_is_counted_and_the_worker_goes_on(
            self, worker, celery_client, prefix, redis):
        celery_client.send_task("tests.boom")
        await eventually(lambda: _count_at_least(prefix, redis, "tests.boom", "failed", 1),
                         20, "tests.boom to fail", worker)

        assert await ping(celery_client, within=20) == "pong"

    async def test_a_transient_error_is_retried_with_backoff(self, worker, celery_client,
                                                              prefix, redis):
        key = uuid.uuid4().hex
        celery_client.send_task("tests.flaky", args=[key])

        await eventually(lambda: redis.exists(f"test:done:{key}"), 20,
                         "the retried task to succeed", worker)
        assert await redis.get(f"test:flaky:{key}") == "2"
        assert await task_count(prefix, redis, "tests.flaky", "retried") >= 1

    async def test_an_event_reaches_its_subscribed_task_once(self, worker, celery_client,
                                                             prefix, redis):
        # another process (an API replica) commits the event; its relay enqueues the task
        done = await asyncio.to_thread(run_script, PUBLISH_SAMPLE % "queued",
                                       WORKER__KEY_PREFIX=prefix)
        assert done.returncode == 0, done.stderr
        event_id = uuid.UUID(done.stdout.strip().splitlines()[-1])

        await eventually(lambda: _effects_at_least(event_id, 1), 20,
                         "the subscribed task to run", worker)
        async with get_sessionmaker()() as session:
            row = await session.get(OutboxEvent, event_id)
        assert row.published_at is not None

        # at least once: the same message again (a redelivery) runs the task, not the effect
        celery_client.send_task("tests.record_event", args=[row.payload])
        await eventually(
            lambda: _count_at_least(prefix, redis, "tests.record_event", "succeeded", 2), 20,
            "the task to run a second time", worker)
        assert await count_effects(event_id, "tests.record_event") == 1

    async def test_an_event_committed_while_the_broker_was_down_is_delivered_later(
            self, worker, celery_client, prefix):
        dead_redis = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
        # the commit must not fail because Redis is unreachable
        done = await asyncio.to_thread(run_script, PUBLISH_SAMPLE % "broker down",
                                       WORKER__KEY_PREFIX=prefix, REDIS_URL=dead_redis)
        assert done.returncode == 0, done.stderr
        event_id = uuid.UUID(done.stdout.strip().splitlines()[-1])
        async with get_sessionmaker()() as session:
            row = await session.get(OutboxEvent, event_id)
            assert row.published_at is None and "tests.record_event" in row.last_error
            row.available_at = datetime.now(UTC)  # its backoff is over
            await session.commit()

        celery_client.send_task("core.relay_outbox")  # the beat's sweep, Redis back

        await eventually(lambda: _effects_at_least(event_id, 1), 20,
                         "the sweep to enqueue it", worker)
        assert await count_effects(event_id, "tests.record_event") == 1

    async def test_the_beat_sweep_delivers_what_a_crash_left_in_the_outbox(
            self, worker, celery_client):
        event = SampleHappened(organization_id=uuid.uuid4(), label="left behind")
        async with get_sessionmaker()() as session:  # committed, never handed to the relay
            await publish(session, event)
            await session.commit()

        celery_client.send_task("core.relay_outbox")

        await eventually(lambda: _effects_at_least(event.event_id, 1), 20,
                         "the sweep to deliver", worker)
        async with get_sessionmaker()() as session:
            assert (await session.get(OutboxEvent, event.event_id)).published_at is not None


class TestKilledWorker:
    async def test_a_worker_killed_mid_task_loses_no_task(self, redis):
        prefix = f"k{uuid.uuid4().hex[:10]}:"
        client = client_for(prefix)
        key = str(uuid.uuid4())
        first = Worker(prefix, "doomed")
        second = None
        try:
            client.send_task("tests.slow_effect", args=[key, 2.0])
            await eventually(lambda: redis.exists(f"test:started:{key}"), 40,
                             "the task to start", first)

            first.kill()  # SIGKILL to the whole process group, mid-task
            first.process.wait(5)
            assert not await redis.exists(f"test:done:{key}")

            second = Worker(prefix, "heir")
            await eventually(lambda: redis.exists(f"test:done:{key}"), 45,
                             "the task to be redelivered and finish", second)
        finally:
            first.kill()
            if second is not None:
                second.stop()
            client.close()
            forget(prefix)

        assert await redis.llen(f"test:started:{key}") == 2  # ran again after the kill
        assert await count_effects(uuid.UUID(key), "tests.slow_effect") == 1


class TestTaskMetrics:
    async def test_task_counts_are_exposed_in_the_default_registry(self):
        name = f"tests.metric_{uuid.uuid4().hex[:6]}"
        metrics.record(name, "succeeded")
        metrics.record(name, "succeeded")

        exposition = generate_latest(REGISTRY).decode()
        assert f'worker_tasks_total{{state="succeeded",task="{name}"}} 2.0' in exposition


async def _count_at_least(prefix, redis, task, state, n) -> bool:
    return await task_count(prefix, redis, task, state) >= n


async def _effects_at_least(event_id: uuid.UUID, n: int) -> bool:
    return await count_effects(event_id) >= n
