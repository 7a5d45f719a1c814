"""SQL for reading the audit log (writes go through service.record).

The log is the busiest table there is (every write adds to it) and its list is the hot
read of the Admin's screen, so its statement is built once per filter shape, with the
values as bound parameters (see `core.prepared_pages`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, select

from app.core.audit.models import ActorType, AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    actor_type: ActorType | None = None
    actor_id: str | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


# filter name -> its condition, the filter's value bound as the parameter of that name
_CONDITIONS: dict[str, ColumnElement[bool]] = {
    "actor_type": AuditEntry.actor_type == bindparam("actor_type"),
    "actor_id": AuditEntry.actor_id == bindparam("actor_id"),
    "action": AuditEntry.action == bindparam("action"),
    "action_prefix": AuditEntry.action.startswith(bindparam("action_prefix")),
    "entity_type": AuditEntry.entity_type == bindparam("entity_type"),
    "entity_id": AuditEntry.entity_id == bindparam("entity_id"),
    "since": AuditEntry.occurred_at >= bindparam("since"),
    "until": AuditEntry.occurred_at <= bindparam("until"),
}


@cache
def _statement(shape: frozenset[str]) -> Select:
    stmt = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == bindparam("organization_id"))
    for name in _CONDITIONS:
        if name in shape:
            stmt = stmt.where(_CONDITIONS[name])
    return stmt


def audit_query(organization_id: uuid.UUID, f: AuditFilter) -> tuple[Select, dict[str, Any]]:
    """The statement for these filters and the values of its parameters."""
    prefix = f.action[:-1] if f.action and f.action.endswith("*") else None
    values: dict[str, Any] = {
        "actor_type": f.actor_type, "actor_id": f.actor_id,
        "action": f.action if prefix is None else None, "action_prefix": prefix,
        "entity_type": f.entity_type, "entity_id": f.entity_id,
        "since": f.since, "until": f.until,
    }
    bound = {name: value for name, value in values.items() if value is not None}
    return _statement(frozenset(bound)), {"organization_id": organization_id, **bound}
