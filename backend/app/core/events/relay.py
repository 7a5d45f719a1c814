"""The relay: delivers committed outbox rows to handlers, Celery and realtime clients.

Delivery of one row, in the claiming transaction (`SELECT ... FOR UPDATE SKIP LOCKED`,
so concurrent relays never deliver the same row at the same time):

1. every in-process handler, each in its own unit of work with its ledger row
   (`once`), so a handler that already applied the event is skipped;
2. every subscribed Celery task is enqueued with the payload;
3. on the first attempt, realtime events are pushed to Redis pub/sub (best effort:
   a missed push never holds the row back, clients resync on reconnect);
4. the row is marked published. If a handler or an enqueue failed, it is not: it records
   the error and backs off (`available_at`), and the sweep retries it.

Paths into delivery: `after_commit(session)` right after a unit of work commits (the
caller waits at most `events.inline_budget_seconds`, then delivery goes on in the
background), and `sweep()`, run by the beat task `core.relay_outbox` every few seconds,
for rows whose immediate delivery never happened (a crash between commit and delivery,
a Redis outage). Delivery is at least once; the ledger makes effects exactly once.
"""

from __future__ import annotations

import asyncio
import uuid
import weakref
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core.db import get_sessionmaker, unit_of_work
from app.core.events.base import Event, event_class
from app.core.events.handlers import Handler, handlers_for, load_handlers, tasks_for
from app.core.events.models import OutboxEvent, ProcessedEvent
from app.core.events.outbox import once, pending_event_ids

log = structlog.get_logger(__name__)

MAX_BACKOFF_SECONDS = 600
LEDGER_RETAIN_DAYS = 30
# Concurrent claims per process. A delivery holds two connections (the claim, a handler's
# unit of work), so this bounds the relay's share of the pool under bursts.
DELIVERY_SLOTS = 4
_inflight: set[asyncio.Future] = set()
_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary())


def _delivery_slot() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    slot = _slots.get(loop)
    if slot is None:
        slot = _slots[loop] = asyncio.Semaphore(DELIVERY_SLOTS)
    return slot


async def after_commit(session: AsyncSession) -> None:
    """Deliver what `session` just committed. Never raises for a delivery failure: the
    change is committed, and the sweep will retry whatever did not go out."""
    ids = pending_event_ids(session)
    if not ids:
        return
    delivery = asyncio.ensure_future(deliver(ids))
    _inflight.add(delivery)
    delivery.add_done_callback(_finished)
    budget = get_settings().events.inline_budget_seconds
    if budget <= 0:
        return
    try:
        await asyncio.wait_for(asyncio.shield(delivery), timeout=budget)
    except TimeoutError:
        log.info("outbox_delivery_backgrounded", events=len(ids), budget_s=budget)
    except Exception:  # noqa: S110 - logged by _finished; the sweep retries
        pass


def _finished(delivery: asyncio.Future) -> None:
    _inflight.discard(delivery)
    if delivery.cancelled():
        log.warning("outbox_delivery_cancelled")
    elif (exc := delivery.exception()) is not None:
        log.warning("outbox_delivery_failed", error_type=type(exc).__name__)


async def drain(wait_seconds: float = 30.0) -> None:
    """Wait for background deliveries of this process (scripts, worker tasks, shutdown)."""
    if _inflight:
        await asyncio.wait(list(_inflight), timeout=wait_seconds)


async def deliver(event_ids: list[uuid.UUID]) -> int:
    """Deliver these rows if they are still pending and nobody else holds them."""
    stmt = (select(OutboxEvent)
            .where(OutboxEvent.id.in_(event_ids), OutboxEvent.published_at.is_(None))
            .order_by(OutboxEvent.created_at)
            .with_for_update(skip_locked=True))
    return (await _claim_and_deliver(stmt))[1]


async def sweep(max_batches: int = 20) -> int:
    """Deliver pending rows that are due, oldest first, in batches. Returns rows delivered."""
    batch = get_settings().events.batch_size
    stmt = (select(OutboxEvent)
            .where(OutboxEvent.published_at.is_(None),
                   OutboxEvent.available_at <= datetime.now(UTC))
            .order_by(OutboxEvent.created_at)
            .limit(batch)
            .with_for_update(skip_locked=True))
    delivered = 0
    for _ in range(max_batches):
        claimed, done = await _claim_and_deliver(stmt)
        delivered += done
        if claimed < batch:
            break
    return delivered


async def _claim_and_deliver(stmt) -> tuple[int, int]:
    load_handlers()
    delivered = 0
    async with _delivery_slot(), get_sessionmaker()() as session, session.begin():
        rows = (await session.execute(stmt)).scalars().all()
        for row in rows:
            delivered += await _deliver_row(row)
    return len(rows), delivered


async def _deliver_row(row: OutboxEvent) -> int:
    first_attempt = row.attempts == 0
    row.attempts += 1
    errors: list[str] = []
    handlers = handlers_for(row.name)
    event = None
    if handlers:
        try:
            event = handlers[0].event.model_validate(row.payload)
        except ValueError as exc:
            log.error("event_payload_invalid", event_name=row.name, event_id=str(row.id))
            errors.append(f"payload: {exc}")
            handlers = []
    for handler in handlers:
        try:
            await _apply(handler, event)
        except Exception as exc:
            log.error("event_handler_failed", handler=handler.name, event_name=row.name,
                      event_id=str(row.id), error_type=type(exc).__name__)
            errors.append(f"{handler.name}: {type(exc).__name__}: {exc}")
    for task_name in tasks_for(row.name):
        try:
            await _enqueue(task_name, row.payload)
        except Exception as exc:
            log.error("event_enqueue_failed", task=task_name, event_name=row.name,
                      event_id=str(row.id), error_type=type(exc).__name__)
            errors.append(f"{task_name}: {type(exc).__name__}: {exc}")
    if first_attempt:
        await _push_realtime(row, event)
    now = datetime.now(UTC)
    if errors:
        row.last_error = "\n".join(errors)[:4000]
        row.available_at = now + timedelta(seconds=min(5 * 2 ** (row.attempts - 1),
                                                       MAX_BACKOFF_SECONDS))
        return 0
    row.published_at = now
    return 1


async def _apply(handler: Handler, event: Event) -> None:
    async with unit_of_work() as session, once(session, handler.name, event.event_id) as fresh:
        if fresh:
            await handler.fn(session, event)


async def _enqueue(task_name: str, payload: dict) -> None:
    from app.worker.dispatch import enqueue

    await enqueue(task_name, payload)


async def _push_realtime(row: OutboxEvent, event: Event | None) -> None:
    cls = event_class(row.name)
    if cls is None or not cls.realtime:
        return
    from app.core.realtime import hub

    try:
        event = event or cls.model_validate(row.payload)
        await hub.push_event(event, row.payload)
    except Exception as exc:
        log.warning("realtime_push_failed", event_name=row.name, event_id=str(row.id),
                    error_type=type(exc).__name__)


async def prune(session: AsyncSession, *, retain_days: int | None = None) -> tuple[int, int]:
    """Delete published rows past retention, and ledger rows old enough that their event
    can no longer come back (not pending in the outbox). Returns (outbox, ledger) counts."""
    days = retain_days if retain_days is not None else get_settings().events.retain_published_days
    now = datetime.now(UTC)
    outbox = await session.execute(
        delete(OutboxEvent).where(OutboxEvent.published_at < now - timedelta(days=days)))
    pending = exists().where(OutboxEvent.id == ProcessedEvent.event_id,
                             OutboxEvent.published_at.is_(None))
    ledger = await session.execute(
        delete(ProcessedEvent).where(
            ProcessedEvent.processed_at < now - timedelta(days=max(days, LEDGER_RETAIN_DAYS)),
            ~pending))
    return outbox.rowcount or 0, ledger.rowcount or 0
