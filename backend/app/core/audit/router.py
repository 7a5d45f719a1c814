"""Admin-only query endpoint of the audit log."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query, Response

from app.core.audit.models import ActorType
from app.core.audit.repository import AuditFilter
from app.core.audit.schemas import AuditEntryRead
from app.core.audit.service import list_entries
from app.core.pagination import Page, PageParams, page_response
from app.identity.actor import Actor
from app.identity.deps import Require
from app.identity.roles import Permission

router = APIRouter(prefix="/admin/audit", tags=["admin"])


@router.get("", response_model=Page[AuditEntryRead], operation_id="admin:list_audit",
            summary="The organization's audit log, newest first",
            description="Filter by actor, action (a trailing `*` matches a prefix, e.g. "
                        "`identity.*`), entity and time range.")
async def list_audit(
    actor_type: ActorType | None = None,
    actor_id: str | None = Query(None, max_length=64),
    action: str | None = Query(None, max_length=120),
    entity_type: str | None = Query(None, max_length=80),
    entity_id: str | None = Query(None, max_length=64),
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(50, ge=1, le=200),
    cursor: str | None = None,
    actor: Actor = Require(Permission.AUDIT_READ),
) -> Response:
    rows, next_cursor = await list_entries(
        actor.organization_id,
        AuditFilter(actor_type, actor_id, action, entity_type, entity_id, since, until),
        PageParams(limit, cursor))
    return page_response(rows, next_cursor)
