"""Tags of the organization (a record carries tag ids; deleting a tag untags everything;
`bulk_tag` tags many companies or contacts at once)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, FieldError, ValidationFailed
from app.core.identifiers import fold
from app.identity.actor import Actor
from app.modules.crm.models import Entity, Tag
from app.modules.crm.records import check_tags, not_found, scope_of
from app.modules.crm.repository import CompanyRepository, ContactRepository, TagRepository
from app.modules.crm.schemas.settings import BulkTag, TagCreate, TagUpdate

_RECORDS = {Entity.company: CompanyRepository, Entity.contact: ContactRepository}


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


async def bulk_tag(session: AsyncSession, actor: Actor, entity: Entity, body: BulkTag) -> int:
    """Adds and removes tags on the given companies or contacts; every id must be in the
    caller's scope, else nothing changes. Returns how many records changed."""
    if not body.add and not body.remove:
        raise ValidationFailed.on("add", "give tags to add or to remove")
    if set(body.add) & set(body.remove):
        raise ValidationFailed.on("remove", "a tag cannot be added and removed at once")
    add = await check_tags(session, actor.organization_id, body.add, "add") or []
    ids = list(dict.fromkeys(body.ids))
    repository = _RECORDS[entity](session)
    records = await repository.many(scope_of(actor), ids, for_update=True)
    missing = sorted({str(i) for i in ids} - {str(r.id) for r in records})
    if missing:
        raise ValidationFailed.on("ids", f"Not found: {', '.join(missing)}")
    updated = 0
    for record in records:
        tags = [t for t in record.tag_ids if t not in body.remove]
        tags += [t for t in add if t not in tags]
        if tags != list(record.tag_ids):
            before = audit.snapshot(record)
            record.tag_ids = tags
            await audit.record(session, actor, f"crm.{entity}.updated", f"crm_{entity}",
                               record.id, before=before, after=audit.snapshot(record))
            updated += 1
    await session.flush()
    return updated
