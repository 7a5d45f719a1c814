"""Append-only audit log (table core_audit_entry). A database trigger refuses UPDATE and DELETE."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, Enum, Identity, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import Base, new_id, utcnow


class ActorType(StrEnum):
    user = "user"
    api_key = "api_key"
    agent = "agent"
    webhook = "webhook"
    system = "system"


class AuditEntry(Base):
    __tablename__ = "core_audit_entry"
    __table_args__ = (
        Index("ix_core_audit_entry_org_seq", "organization_id", "seq"),
        Index("ix_core_audit_entry_org_entity", "organization_id", "entity_type", "entity_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(index=False)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    actor_type: Mapped[ActorType] = mapped_column(
        Enum(ActorType, name="core_actor_type", values_callable=lambda e: [a.value for a in e])
    )
    actor_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(120), index=True)
    entity_type: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(400))
    request_id: Mapped[str | None] = mapped_column(String(64))
