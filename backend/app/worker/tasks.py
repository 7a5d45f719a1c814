"""The worker's own tasks: the outbox sweep, the heartbeat, pruning, and a diagnostic ping."""

from __future__ import annotations

import socket

from app.core.db import unit_of_work
from app.core.events import relay
from app.core.redis import get_redis
from app.worker import heartbeat
from app.worker.runtime import task


@task("core.ping", ignore_result=False, max_retries=0)
async def ping() -> str:
    """Round trip through the broker and a worker process (health checks, tests)."""
    return "pong"


@task("core.relay_outbox", max_retries=0)
async def relay_outbox() -> int:
    """Deliver outbox rows whose immediate delivery did not happen (beat, every few seconds)."""
    return await relay.sweep()


@task("core.worker_heartbeat", max_retries=0)
async def worker_heartbeat() -> None:
    await heartbeat.beat_async(get_redis(), socket.gethostname())


@task("core.prune_outbox")
async def prune_outbox() -> None:
    async with unit_of_work() as session:
        await relay.prune(session)
