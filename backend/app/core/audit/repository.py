"""SQL for reading the audit log (writes go through service.record)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select

from app.core.audit.models import ActorType, AuditEntry
from app.core.filtering import apply_filters


@dataclass(frozen=True)
class AuditFilter:
    actor_type: ActorType | None = None
    actor_id: str | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def audit_query(organization_id: uuid.UUID, f: AuditFilter) -> Select:
    stmt = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == organization_id)
    if f.action and f.action.endswith("*"):
        stmt = stmt.where(AuditEntry.action.startswith(f.action[:-1]))
    return apply_filters(stmt, {
        AuditEntry.actor_type: f.actor_type,
        AuditEntry.actor_id: f.actor_id,
        AuditEntry.action: f.action if f.action and not f.action.endswith("*") else None,
        AuditEntry.entity_type: f.entity_type,
        AuditEntry.entity_id: f.entity_id,
        AuditEntry.occurred_at: (f.since, f.until) if (f.since or f.until) else None,
    })
