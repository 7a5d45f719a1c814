"""Rules every CRM record (company, contact, deal) follows on write: whose it is, which tags
it may carry, what its timeline remembers, and the 404 that keeps other scopes invisible."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import FieldError, NotFound, ValidationFailed
from app.identity import service as identity
from app.identity.actor import Actor, Scope
from app.identity.roles import Permission, role_allows
from app.modules.crm.models import RecordEvent, RecordType
from app.modules.crm.repository import TagRepository

MODULE = "crm"


def scope_of(actor: Actor) -> Scope:
    return actor.scope_for(MODULE)


def not_found(what: str) -> NotFound:
    return NotFound(f"{what} not found")


def invalid(errors: list[FieldError]) -> ValidationFailed:
    return ValidationFailed("; ".join(f"{e.field}: {e.message}" for e in errors),
                            errors=errors)


async def resolve_owner(session: AsyncSession, actor: Actor, owner_id: uuid.UUID | None,
                        *, field: str = "owner_id") -> uuid.UUID | None:
    """Who owns a new record or takes over one: the caller by default. An owner-scoped
    caller (Comercial) owns what it writes; anyone else may name a member who can write to
    the CRM."""
    if owner_id is None or owner_id == actor.user_id:
        return actor.user_id
    if scope_of(actor).owner_id is not None:
        raise ValidationFailed.on(field, "You can only own your records; ask a Diretor to "
                                         "assign them to someone else")
    try:
        member = await identity.users.get(session, actor, owner_id)
    except NotFound:
        raise ValidationFailed.on(field, "No member of the organization has this id") from None
    if not member.is_active or not role_allows(member.role, Permission.CRM_WRITE):
        raise ValidationFailed.on(field, "This member cannot own CRM records")
    return owner_id


async def check_tags(session: AsyncSession, organization_id: uuid.UUID,
                     tag_ids: list[uuid.UUID] | None, field: str = "tag_ids"
                     ) -> list[uuid.UUID] | None:
    if not tag_ids:
        return tag_ids
    unique = list(dict.fromkeys(tag_ids))
    known = await TagRepository(session).existing_ids(organization_id, unique)
    unknown = [str(t) for t in unique if t not in known]
    if unknown:
        raise ValidationFailed.on(field, f"Unknown tags: {', '.join(unknown)}")
    return unique


def remember(session: AsyncSession, actor: Actor, record_type: RecordType,
             record_id: uuid.UUID, kind: str, **data: Any) -> None:
    """An entry of the record's timeline (created, stage_changed, won, lost, merged, ...)."""
    session.add(RecordEvent(
        organization_id=actor.organization_id, record_type=record_type, record_id=record_id,
        kind=kind, data={k: str(v) if isinstance(v, uuid.UUID) else v for k, v in data.items()},
        actor_type=str(actor.type), actor_id=actor.id))
