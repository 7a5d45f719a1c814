"""The outbox (events committed with the change that caused them) and the processed-event
ledger (which handler already applied which event)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import Base, utcnow


class OutboxEvent(Base):
    """One published event. `published_at` is set once every handler ran and every
    subscribed task was enqueued; until then the relay (and its sweep) keeps trying."""

    __tablename__ = "core_outbox_event"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the event's event_id
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    payload: Mapped[dict] = mapped_column(JSONB, nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        default=utcnow, server_default=func.now(), nullable=False)
    # Not claimed before this time: failed deliveries back off instead of spinning.
    available_at: Mapped[datetime] = mapped_column(
        default=utcnow, server_default=func.now(), nullable=False)
    published_at: Mapped[datetime | None] = mapped_column(nullable=True)
    attempts: Mapped[int] = mapped_column(
        Integer, default=0, server_default=text("0"), nullable=False)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_core_outbox_event_pending", "created_at",
              postgresql_where=text("published_at IS NULL")),
        Index("ix_core_outbox_event_published_at", "published_at",
              postgresql_where=text("published_at IS NOT NULL")),
    )


class ProcessedEvent(Base):
    """Ledger row: `handler` applied `event_id`. Inserted in the handler's own transaction,
    so an effect and its ledger row commit together or not at all."""

    __tablename__ = "core_processed_event"

    handler: Mapped[str] = mapped_column(String(200), primary_key=True)
    event_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(
        default=utcnow, server_default=func.now(), nullable=False, index=True)
