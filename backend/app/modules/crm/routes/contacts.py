"""Routes of contacts (/crm/contacts)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.exports import Format
from app.modules.crm.models import Contact, Entity, RecordType
from app.modules.crm.routes.access import READ, WRITE, Limit
from app.modules.crm.routes.files import EXPORT_RESPONSES, download
from app.modules.crm.schemas import (
    BulkTag,
    BulkTagged,
    ContactCreate,
    ContactFilters,
    ContactRead,
    ContactUpdate,
    MergeRequest,
    TimelineEntry,
)

router = APIRouter(prefix="/contacts")
Filters = Annotated[ContactFilters, Query()]


@router.get("", response_model=Page[ContactRead], operation_id="crm:list_contacts")
async def list_contacts(session: DbSession, filters: Filters, sort: str | None = None,
                         limit: Limit = 50, cursor: str | None = None,
                         actor: Actor = READ) -> Page[ContactRead]:
    items, next_cursor = await crm.contacts.list_contacts(session, actor, filters, sort,
                                                            PageParams(limit, cursor))
    return Page(items=[ContactRead.model_validate(c) for c in items], next_cursor=next_cursor)


@router.get("/export", operation_id="crm:export_contacts", response_class=Response,
            responses=EXPORT_RESPONSES, summary="The list (or a saved view) as CSV or XLSX")
async def export_contacts(session: DbSession, filters: Filters, format: Format = "csv",
                           sort: str | None = None, view_id: uuid.UUID | None = None,
                           columns: Annotated[list[str] | None, Query()] = None,
                           actor: Actor = READ) -> Response:
    return download(await crm.exports.export(session, actor, Entity.contact, filters, sort,
                                             format, columns=columns, view_id=view_id))


@router.post("", response_model=ContactRead, status_code=201,
             operation_id="crm:create_contact")
async def create_contact(body: ContactCreate, session: DbSession,
                         actor: Actor = WRITE) -> Contact:
    return await crm.contacts.create(session, actor, body)



@router.post("/bulk-tags", response_model=BulkTagged, operation_id="crm:bulk_tag_contacts",
             summary="Add and remove tags on many contacts at once")
async def bulk_tag_contacts(body: BulkTag, session: DbSession, actor: Actor = WRITE
                       ) -> BulkTagged:
    return BulkTagged(updated=await crm.tags.bulk_tag(session, actor, Entity.contact, body))

@router.get("/{contact_id}", response_model=ContactRead, operation_id="crm:get_contact")
async def get_contact(contact_id: uuid.UUID, session: DbSession, actor: Actor = READ
                      ) -> Contact:
    return await crm.contacts.get(session, actor, contact_id)


@router.patch("/{contact_id}", response_model=ContactRead, operation_id="crm:update_contact")
async def update_contact(contact_id: uuid.UUID, body: ContactUpdate, session: DbSession,
                         actor: Actor = WRITE) -> Contact:
    return await crm.contacts.update(session, actor, contact_id, body)


@router.delete("/{contact_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="crm:delete_contact")
async def delete_contact(contact_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                         ) -> Response:
    await crm.contacts.delete(session, actor, contact_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{contact_id}/merge", response_model=ContactRead,
             operation_id="crm:merge_contacts",
             summary="Merge duplicates into this contact (they are deleted)")
async def merge_contacts(contact_id: uuid.UUID, body: MergeRequest, session: DbSession,
                          actor: Actor = WRITE) -> Contact:
    return await crm.merging.merge_contacts(session, actor, contact_id, body.duplicate_ids)


@router.get("/{contact_id}/timeline", response_model=Page[TimelineEntry],
            operation_id="crm:contact_timeline")
async def contact_timeline(contact_id: uuid.UUID, session: DbSession, limit: Limit = 50,
                           cursor: str | None = None, actor: Actor = READ
                           ) -> Page[TimelineEntry]:
    items, next_cursor = await crm.timeline.timeline(session, actor, RecordType.contact,
                                                     contact_id, PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)
