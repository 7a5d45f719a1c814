"""Tags of the organization (a record carries tag ids; deleting a tag untags everything)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, FieldError
from app.identity.actor import Actor
from app.modules.crm.identifiers import fold
from app.modules.crm.models import Tag
from app.modules.crm.records import not_found
from app.modules.crm.repository import TagRepository
from app.modules.crm.schemas.settings import TagCreate, TagUpdate


def tag_key(name: str) -> str:
    """Tags are one per name, whatever the case and accents."""
    return " ".join(fold(name).split())


async def _unique(session: AsyncSession, organization_id: uuid.UUID, name: str,
                  besides: uuid.UUID | None = None) -> str:
    key = tag_key(name)
    existing = await TagRepository(session).by_key(organization_id, key)
    if existing is not None and existing.id != besides:
        raise Conflict(f"The tag {existing.name!r} exists", errors=[
            FieldError(field="name", message="already exists", type="duplicate")])
    return key


async def list_tags(session: AsyncSession, actor: Actor) -> list[Tag]:
    return await TagRepository(session).all(actor.organization_id)


async def create(session: AsyncSession, actor: Actor, body: TagCreate) -> Tag:
    tag = Tag(organization_id=actor.organization_id, name=body.name.strip(),
              key=await _unique(session, actor.organization_id, body.name), color=body.color)
    session.add(tag)
    await session.flush()
    await audit.record(session, actor, "crm.tag.created", "crm_tag", tag.id,
                       after=audit.snapshot(tag))
    return tag


async def _get(session: AsyncSession, actor: Actor, tag_id: uuid.UUID) -> Tag:
    tag = await TagRepository(session).get(actor.organization_id, tag_id)
    if tag is None:
        raise not_found("Tag")
    return tag


async def update(session: AsyncSession, actor: Actor, tag_id: uuid.UUID, body: TagUpdate
                 ) -> Tag:
    tag = await _get(session, actor, tag_id)
    before = audit.snapshot(tag)
    if body.name:
        tag.key = await _unique(session, actor.organization_id, body.name, tag.id)
        tag.name = body.name.strip()
    if "color" in body.model_fields_set:
        tag.color = body.color
    await audit.record(session, actor, "crm.tag.updated", "crm_tag", tag.id, before=before,
                       after=audit.snapshot(tag))
    return tag


async def delete(session: AsyncSession, actor: Actor, tag_id: uuid.UUID) -> None:
    tag = await _get(session, actor, tag_id)
    await TagRepository(session).untag_everything(actor.organization_id, tag.id)
    await audit.record(session, actor, "crm.tag.deleted", "crm_tag", tag.id,
                       before=audit.snapshot(tag))
    await session.delete(tag)
