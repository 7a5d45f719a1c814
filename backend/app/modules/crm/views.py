"""Each user's saved views of a list: its filters (checked against the list's own filters),
sort and columns."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import FieldError, Forbidden, ValidationFailed
from app.core.filtering import SortSpec
from app.identity.actor import Actor
from app.modules.crm import companies, contacts, deals
from app.modules.crm.models import Entity, SavedView
from app.modules.crm.records import invalid, not_found
from app.modules.crm.repository import SavedViewRepository
from app.modules.crm.schemas.companies import CompanyFilters
from app.modules.crm.schemas.contacts import ContactFilters
from app.modules.crm.schemas.deals import DealFilters
from app.modules.crm.schemas.settings import SavedViewCreate, SavedViewUpdate

FILTERS: dict[Entity, type[BaseModel]] = {
    Entity.company: CompanyFilters, Entity.contact: ContactFilters, Entity.deal: DealFilters}
SORTS = {Entity.company: companies.SORTS, Entity.contact: contacts.SORTS,
         Entity.deal: deals.SORTS}


def _user(actor: Actor) -> uuid.UUID:
    if actor.user_id is None:
        raise Forbidden("Saved views belong to users; an API key has none")
    return actor.user_id


def checked_filters(entity: Entity, filters: dict[str, Any]) -> dict[str, Any]:
    model = FILTERS[entity]
    unknown = sorted(set(filters) - set(model.model_fields))
    if unknown:
        raise ValidationFailed.on("filters", f"Not a filter of this list: {', '.join(unknown)}")
    try:
        return model.model_validate(filters).model_dump(mode="json", exclude_defaults=True)
    except ValidationError as exc:
        raise invalid([FieldError(field=".".join(["filters", *map(str, e["loc"])]),
                                  message=e["msg"], type=e["type"])
                       for e in exc.errors()]) from None


def _checked_sort(entity: Entity, sort: str | None) -> str | None:
    if sort is not None:
        SortSpec.parse(sort, SORTS[entity], sort)
    return sort


async def list_views(session: AsyncSession, actor: Actor, entity: Entity | None
                     ) -> list[SavedView]:
    return await SavedViewRepository(session).of_user(actor.organization_id, _user(actor),
                                                      entity)


async def get(session: AsyncSession, actor: Actor, view_id: uuid.UUID) -> SavedView:
    view = await SavedViewRepository(session).get(actor.organization_id, _user(actor), view_id)
    if view is None:
        raise not_found("Saved view")
    return view


async def create(session: AsyncSession, actor: Actor, body: SavedViewCreate) -> SavedView:
    view = SavedView(organization_id=actor.organization_id, user_id=_user(actor),
                     entity=body.entity, name=body.name,
                     filters=checked_filters(body.entity, body.filters),
                     sort=_checked_sort(body.entity, body.sort), columns=body.columns)
    session.add(view)
    await session.flush()
    await audit.record(session, actor, "crm.view.created", "crm_saved_view", view.id,
                       after=audit.snapshot(view))
    return view


async def update(session: AsyncSession, actor: Actor, view_id: uuid.UUID,
                 body: SavedViewUpdate) -> SavedView:
    view = await get(session, actor, view_id)
    before = audit.snapshot(view)
    if body.name:
        view.name = body.name
    if body.filters is not None:
        view.filters = checked_filters(view.entity, body.filters)
    if "sort" in body.model_fields_set:
        view.sort = _checked_sort(view.entity, body.sort)
    if body.columns is not None:
        view.columns = body.columns
    await audit.record(session, actor, "crm.view.updated", "crm_saved_view", view.id,
                       before=before, after=audit.snapshot(view))
    return view


async def delete(session: AsyncSession, actor: Actor, view_id: uuid.UUID) -> None:
    view = await get(session, actor, view_id)
    await audit.record(session, actor, "crm.view.deleted", "crm_saved_view", view.id,
                       before=audit.snapshot(view))
    await session.delete(view)
