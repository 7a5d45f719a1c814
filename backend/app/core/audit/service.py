"""Writing and reading the audit log. Services call `record()` for every create/update/delete."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit.models import ActorType, AuditEntry
from app.core.audit.repository import AuditFilter, audit_query
from app.core.pagination import PageParams
from app.core.prepared_pages import prepared_page
from app.core.request_context import request_info

REDACTED_FIELDS = frozenset({"password_hash", "secret_hash", "token_hash"})


class AuditActor(Protocol):
    type: ActorType
    organization_id: uuid.UUID

    @property
    def id(self) -> str | None: ...


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def snapshot(obj: Any) -> dict[str, Any] | None:
    """A model's column values as JSON, secrets left out."""
    if obj is None:
        return None
    mapper = inspect(obj.__class__)
    return {
        c.key: _jsonable(getattr(obj, c.key))
        for c in mapper.column_attrs
        if c.key not in REDACTED_FIELDS
    }


async def record(
    session: AsyncSession,
    actor: AuditActor,
    action: str,
    entity_type: str,
    entity_id: Any,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    organization_id: uuid.UUID | None = None,
) -> AuditEntry:
    info = request_info()
    entry = AuditEntry(
        organization_id=organization_id or actor.organization_id,
        actor_type=actor.type,
        actor_id=actor.id,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id) if entity_id is not None else None,
        before=_jsonable(before),
        after=_jsonable(after),
        ip=info.ip,
        user_agent=(info.user_agent or "")[:400] or None,
        request_id=info.request_id,
    )
    session.add(entry)
    return entry


async def list_entries(organization_id: uuid.UUID, filters: AuditFilter, page: PageParams
                       ) -> tuple[list[dict[str, Any]], str | None]:
    """One page of an organization's audit log, newest first, as rows for `page_response`
    (the log is the busiest table there is: every write adds to it)."""
    stmt, bind = audit_query(organization_id, filters)
    return await prepared_page(stmt, bind, sort=AuditEntry.seq, tiebreaker=None, params=page)
