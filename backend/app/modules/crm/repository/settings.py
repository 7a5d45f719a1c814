"""Every query of tags, custom field definitions and saved views."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.crm.models import (
    Company,
    Contact,
    CustomFieldDefinition,
    Deal,
    Entity,
    SavedView,
    Tag,
)

RECORD_MODELS = {Entity.company: Company, Entity.contact: Contact, Entity.deal: Deal}
_NO_SYNC = {"synchronize_session": False}


class TagRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def all(self, organization_id: uuid.UUID) -> list[Tag]:
        return list((await self.session.scalars(
            select(Tag).where(Tag.organization_id == organization_id).order_by(Tag.name))).all())

    async def get(self, organization_id: uuid.UUID, tag_id: uuid.UUID) -> Tag | None:
        return (await self.session.scalars(select(Tag).where(
            Tag.organization_id == organization_id, Tag.id == tag_id))).one_or_none()

    async def by_key(self, organization_id: uuid.UUID, key: str) -> Tag | None:
        return (await self.session.scalars(select(Tag).where(
            Tag.organization_id == organization_id, Tag.key == key))).one_or_none()

    async def existing_ids(self, organization_id: uuid.UUID, ids: list[uuid.UUID]
                           ) -> set[uuid.UUID]:
        rows = await self.session.scalars(select(Tag.id).where(
            Tag.organization_id == organization_id, Tag.id.in_(ids)))
        return set(rows)

    async def untag_everything(self, organization_id: uuid.UUID, tag_id: uuid.UUID) -> None:
        for model in RECORD_MODELS.values():
            await self.session.execute(
                update(model).where(model.organization_id == organization_id,
                                    model.tag_ids.contains([tag_id]))
                .values(tag_ids=func.array_remove(model.tag_ids, tag_id))
                .execution_options(**_NO_SYNC))


class CustomFieldRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_entity(self, organization_id: uuid.UUID, entity: Entity | None
                        ) -> list[CustomFieldDefinition]:
        stmt = select(CustomFieldDefinition).where(
            CustomFieldDefinition.organization_id == organization_id)
        if entity is not None:
            stmt = stmt.where(CustomFieldDefinition.entity == entity)
        return list((await self.session.scalars(stmt.order_by(
            CustomFieldDefinition.entity, CustomFieldDefinition.position,
            CustomFieldDefinition.key))).all())

    async def get(self, organization_id: uuid.UUID, field_id: uuid.UUID
                  ) -> CustomFieldDefinition | None:
        return (await self.session.scalars(select(CustomFieldDefinition).where(
            CustomFieldDefinition.organization_id == organization_id,
            CustomFieldDefinition.id == field_id))).one_or_none()

    async def drop_values(self, definition: CustomFieldDefinition) -> None:
        model = RECORD_MODELS[definition.entity]
        await self.session.execute(
            update(model).where(model.organization_id == definition.organization_id,
                                model.custom_fields.has_key(definition.key))
            .values(custom_fields=model.custom_fields.op("-")(definition.key))
            .execution_options(**_NO_SYNC))


class SavedViewRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_user(self, organization_id: uuid.UUID, user_id: uuid.UUID,
                      entity: Entity | None) -> list[SavedView]:
        stmt = select(SavedView).where(SavedView.organization_id == organization_id,
                                       SavedView.user_id == user_id)
        if entity is not None:
            stmt = stmt.where(SavedView.entity == entity)
        return list((await self.session.scalars(stmt.order_by(SavedView.name))).all())

    async def get(self, organization_id: uuid.UUID, user_id: uuid.UUID, view_id: uuid.UUID
                  ) -> SavedView | None:
        return (await self.session.scalars(select(SavedView).where(
            SavedView.organization_id == organization_id, SavedView.user_id == user_id,
            SavedView.id == view_id))).one_or_none()
