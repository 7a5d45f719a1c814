"""Activities on companies, contacts and deals (crm_activity), and the records' own events
(crm_record_event: created, stage changes, won/lost, merges): together, a record's timeline."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class ActivityKind(StrEnum):
    note = "note"
    call = "call"
    meeting = "meeting"
    task = "task"
    email = "email"
    whatsapp = "whatsapp"


class RecordType(StrEnum):
    company = "company"
    contact = "contact"
    deal = "deal"


class Activity(OrganizationScopedModel):
    """Linked to a deal, a contact and/or a company; logging one on a deal or contact also
    links the deal's company and contact, so the company's timeline shows it. `external_id`
    (a provider's message id) makes a logged message idempotent."""

    __tablename__ = "crm_activity"
    __table_args__ = (
        Index("ix_crm_activity_company", "company_id", "occurred_at", "id"),
        Index("ix_crm_activity_contact", "contact_id", "occurred_at", "id"),
        Index("ix_crm_activity_deal", "deal_id", "occurred_at", "id"),
        Index("ix_crm_activity_open_tasks", "organization_id", "owner_id", "due_at",
              postgresql_where=text("kind = 'task' AND done_at IS NULL")),
        Index("uq_crm_activity_external", "organization_id", "kind", "external_id",
              unique=True, postgresql_where=text("external_id IS NOT NULL")),
    )

    kind: Mapped[ActivityKind] = mapped_column(String(20), nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_company.id", ondelete="CASCADE"), nullable=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_contact.id", ondelete="CASCADE"), nullable=True)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_deal.id", ondelete="CASCADE"), nullable=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("identity_user.id", ondelete="SET NULL"), nullable=True)
    direction: Mapped[str | None] = mapped_column(String(10), nullable=True)
    occurred_at: Mapped[datetime] = mapped_column(nullable=False)
    due_at: Mapped[datetime | None] = mapped_column(nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(nullable=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)


class RecordEvent(OrganizationScopedModel):
    """Something that happened to a record, kept for its timeline (the audit log keeps the
    full before/after)."""

    __tablename__ = "crm_record_event"
    __table_args__ = (
        Index("ix_crm_record_event_record", "organization_id", "record_type", "record_id",
              "created_at", "id"),
    )

    record_type: Mapped[RecordType] = mapped_column(String(10), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    actor_type: Mapped[str] = mapped_column(String(20), nullable=False)
    actor_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
