"""Writing events to the outbox, and the processed-event ledger that makes effects happen once."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events.base import Event
from app.core.events.models import OutboxEvent, ProcessedEvent

PENDING_KEY = "events.pending"


async def publish(session: AsyncSession, event: Event) -> None:
    """Add `event` to the outbox in the caller's transaction (nothing is committed here).

    After the commit the relay delivers it (see `relay.after_commit`); a rollback drops it.
    """
    session.add(OutboxEvent(
        id=event.event_id, name=event.event_name, organization_id=event.organization_id,
        payload=event.payload(),
    ))
    session.info.setdefault(PENDING_KEY, []).append(event.event_id)


def pending_event_ids(session: AsyncSession) -> list[uuid.UUID]:
    """Ids this session published since the relay last took them (then forgets them)."""
    return session.info.pop(PENDING_KEY, None) or []


@asynccontextmanager
async def once(session: AsyncSession, handler: str, event_id: uuid.UUID) -> AsyncIterator[bool]:
    """Claim (`handler`, `event_id`) in the ledger inside the caller's transaction.

        async with once(session, "finance.issue_invoice", event_id) as fresh:
            if fresh:
                ...apply the effect...

    `fresh` is False when the effect was already applied (committed ledger row). Two
    concurrent deliveries serialise on the ledger's primary key: the second waits for the
    first transaction and sees False if it committed, True if it rolled back. Commit the
    effect and the ledger row together (the unit of work does).
    """
    stmt = (insert(ProcessedEvent).values(handler=handler, event_id=event_id)
            .on_conflict_do_nothing().returning(ProcessedEvent.event_id))
    fresh = (await session.execute(stmt)).scalar_one_or_none() is not None
    yield fresh


async def outbox_lag_seconds(session: AsyncSession) -> float:
    """Age in seconds of the oldest event not yet delivered (0 when none): the event lag."""
    oldest = (await session.execute(
        select(func.extract("epoch", func.now() - func.min(OutboxEvent.created_at)))
        .where(OutboxEvent.published_at.is_(None))
    )).scalar_one_or_none()
    return max(float(oldest), 0.0) if oldest is not None else 0.0
