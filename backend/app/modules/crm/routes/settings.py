"""Routes of tags (/crm/tags), custom fields (/crm/custom-fields) and saved views
(/crm/views)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.models import CustomFieldDefinition, Entity, SavedView, Tag
from app.modules.crm.routes.access import CONFIGURE, READ, WRITE
from app.modules.crm.schemas import (
    CustomFieldCreate,
    CustomFieldRead,
    CustomFieldUpdate,
    SavedViewCreate,
    SavedViewRead,
    SavedViewUpdate,
    TagCreate,
    TagRead,
    TagUpdate,
)

router = APIRouter()
NO_CONTENT = status.HTTP_204_NO_CONTENT


@router.get("/tags", response_model=list[TagRead], operation_id="crm:list_tags")
async def list_tags(session: DbSession, actor: Actor = READ) -> list[Tag]:
    return await crm.tags.list_tags(session, actor)


@router.post("/tags", response_model=TagRead, status_code=201, operation_id="crm:create_tag")
async def create_tag(body: TagCreate, session: DbSession, actor: Actor = WRITE) -> Tag:
    return await crm.tags.create(session, actor, body)


@router.patch("/tags/{tag_id}", response_model=TagRead, operation_id="crm:update_tag")
async def update_tag(tag_id: uuid.UUID, body: TagUpdate, session: DbSession,
                     actor: Actor = WRITE) -> Tag:
    return await crm.tags.update(session, actor, tag_id, body)


@router.delete("/tags/{tag_id}", status_code=NO_CONTENT, response_class=Response,
               operation_id="crm:delete_tag")
async def delete_tag(tag_id: uuid.UUID, session: DbSession, actor: Actor = WRITE) -> Response:
    await crm.tags.delete(session, actor, tag_id)
    return Response(status_code=NO_CONTENT)


@router.get("/custom-fields", response_model=list[CustomFieldRead],
            operation_id="crm:list_custom_fields")
async def list_custom_fields(session: DbSession, entity: Entity | None = None,
                             actor: Actor = READ) -> list[CustomFieldDefinition]:
    return await crm.custom_fields.list_definitions(session, actor, entity)


@router.post("/custom-fields", response_model=CustomFieldRead, status_code=201,
             operation_id="crm:create_custom_field")
async def create_custom_field(body: CustomFieldCreate, session: DbSession,
                              actor: Actor = CONFIGURE) -> CustomFieldDefinition:
    return await crm.custom_fields.create(session, actor, body)


@router.patch("/custom-fields/{field_id}", response_model=CustomFieldRead,
              operation_id="crm:update_custom_field")
async def update_custom_field(field_id: uuid.UUID, body: CustomFieldUpdate,
                              session: DbSession, actor: Actor = CONFIGURE
                              ) -> CustomFieldDefinition:
    return await crm.custom_fields.update(session, actor, field_id, body)


@router.delete("/custom-fields/{field_id}", status_code=NO_CONTENT, response_class=Response,
               operation_id="crm:delete_custom_field",
               summary="Delete the field and the values records had for it")
async def delete_custom_field(field_id: uuid.UUID, session: DbSession,
                              actor: Actor = CONFIGURE) -> Response:
    await crm.custom_fields.delete(session, actor, field_id)
    return Response(status_code=NO_CONTENT)


@router.get("/views", response_model=list[SavedViewRead], operation_id="crm:list_views",
            summary="The caller's saved views")
async def list_views(session: DbSession, entity: Entity | None = None, actor: Actor = READ
                     ) -> list[SavedView]:
    return await crm.views.list_views(session, actor, entity)


@router.post("/views", response_model=SavedViewRead, status_code=201,
             operation_id="crm:create_view")
async def create_view(body: SavedViewCreate, session: DbSession, actor: Actor = WRITE
                      ) -> SavedView:
    return await crm.views.create(session, actor, body)


@router.patch("/views/{view_id}", response_model=SavedViewRead, operation_id="crm:update_view")
async def update_view(view_id: uuid.UUID, body: SavedViewUpdate, session: DbSession,
                      actor: Actor = WRITE) -> SavedView:
    return await crm.views.update(session, actor, view_id, body)


@router.delete("/views/{view_id}", status_code=NO_CONTENT, response_class=Response,
               operation_id="crm:delete_view")
async def delete_view(view_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                      ) -> Response:
    await crm.views.delete(session, actor, view_id)
    return Response(status_code=NO_CONTENT)
