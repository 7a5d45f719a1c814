"""Async service code inside Celery: one event loop per worker process, and `@task`.

    @task("crm.recalculate_forecast")
    async def recalculate_forecast(organization_id: str) -> None:
        async with unit_of_work() as session:
            await forecasts.recalculate(session, uuid.UUID(organization_id))

Each worker process (prefork child) gets its own event loop, database engine and Redis
client after the fork (`reset_process_state`, on `worker_process_init`, and again whenever
the process id changes), because connections inherited from the parent belong to another
process and another loop. Use the prefork (default) or solo pool, not threads.

A task body that raises a transient error (lost connection, timeout, deadlock,
serialization failure, or `TransientError`) is retried with exponential backoff and full
jitter, up to `max_retries`; any other error fails the task (logged and counted by name)
and never takes the worker down.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
import random
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import httpx
import redis.exceptions
import sqlalchemy.exc

from app.config import get_settings
from app.worker.celery_app import celery_app, queue_for

T = TypeVar("T")

BACKOFF_BASE_SECONDS = 2.0
BACKOFF_CAP_SECONDS = 600.0
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300"})

_loop: asyncio.AbstractEventLoop | None = None
_loop_pid: int | None = None


class TransientError(Exception):
    """Raise from a task to have it retried later with backoff (e.g. a provider's 503)."""


def reset_process_state() -> None:
    """A fresh loop, engine and Redis client for this process; nothing inherited is closed
    (the parent still owns those connections)."""
    global _loop, _loop_pid
    from app.core import db
    from app.core import redis as core_redis
    from app.core.events import load_handlers

    inherited = getattr(db, "_engine", None)
    if inherited is not None:
        inherited.sync_engine.dispose(close=False)
    size = get_settings().worker.db_pool_size
    db.use_engine(db.create_engine(pool_size=size, max_overflow=size))
    core_redis._client = None  # noqa: SLF001 - drop the parent's client, do not close it
    _loop = asyncio.new_event_loop()
    asyncio.set_event_loop(_loop)
    _loop_pid = os.getpid()
    load_handlers()


def _process_loop() -> asyncio.AbstractEventLoop:
    if _loop is None or _loop_pid != os.getpid() or _loop.is_closed():
        reset_process_state()
    assert _loop is not None
    return _loop


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` on this process's loop; then wait for the outbox deliveries it started."""
    from app.core.events.relay import drain

    loop = _process_loop()
    job = loop.create_task(coro)
    try:
        return loop.run_until_complete(job)
    except BaseException:
        if not job.done():  # interrupted from outside (soft time limit): stop the body
            job.cancel()
            with contextlib.suppress(BaseException):
                loop.run_until_complete(job)
        raise
    finally:
        with contextlib.suppress(BaseException):
            loop.run_until_complete(drain())


def _sqlstate(exc: BaseException) -> str | None:
    for candidate in (exc, getattr(exc, "orig", None), getattr(exc, "__cause__", None)):
        code = getattr(candidate, "sqlstate", None) or getattr(candidate, "pgcode", None)
        if code:
            return str(code)
    return None


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, TransientError | ConnectionError | TimeoutError | asyncio.TimeoutError
                  | redis.exceptions.ConnectionError | redis.exceptions.TimeoutError
                  | httpx.TransportError | sqlalchemy.exc.TimeoutError):
        return True
    if isinstance(exc, sqlalchemy.exc.DBAPIError):
        if exc.connection_invalidated or isinstance(exc, sqlalchemy.exc.InterfaceError):
            return True
        code = _sqlstate(exc)
        return bool(code) and (code.startswith("08") or code in _TRANSIENT_SQLSTATES)
    return False


def retry_countdown(retries: int) -> float:
    """Exponential backoff with full jitter, capped below the visibility timeout (an ETA
    past it would be redelivered while still waiting in a worker)."""
    cap = min(BACKOFF_CAP_SECONDS, get_settings().worker.visibility_timeout_seconds / 2)
    return random.uniform(0, min(cap, BACKOFF_BASE_SECONDS * 2 ** retries))  # noqa: S311


def task(name: str, *, queue: str | None = None, max_retries: int = 5,
         **options: Any) -> Callable[[Callable[..., Awaitable[Any]]], Any]:
    """Register an `async def` as Celery task `name` ("<module>.<verb>").

    The queue follows from the name (see celery_app); `queue=` only documents it and must
    agree, because the relay and beat send tasks by name without importing them.
    Other options go to Celery (`time_limit`, `soft_time_limit`, `ignore_result`, ...).
    """
    routed = queue_for(name)
    if queue is not None and queue != routed:
        raise ValueError(f"task {name!r} routes to {routed!r} by its name, not {queue!r}: "
                         f"name it '<module>.{queue}.<verb>'")

    def register(fn: Callable[..., Awaitable[Any]]) -> Any:
        if not inspect.iscoroutinefunction(fn):
            raise TypeError(f"@task({name!r}) wraps an async def")

        def run(self, *args: Any, **kwargs: Any) -> Any:
            try:
                return run_async(fn(*args, **kwargs))
            except Exception as exc:
                if is_transient(exc) and self.request.retries < self.max_retries:
                    raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries),
                                     max_retries=self.max_retries) from exc
                raise

        run.__name__, run.__qualname__ = fn.__name__, fn.__qualname__
        run.__module__, run.__doc__ = fn.__module__, fn.__doc__
        celery_task = celery_app.task(name=name, bind=True, max_retries=max_retries,
                                      **options)(run)
        celery_task.async_body = fn
        return celery_task

    return register
