"""Routes of companies (/crm/companies)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.exports import Format
from app.modules.crm.models import Company, Entity, RecordType
from app.modules.crm.routes.access import READ, WRITE, Limit
from app.modules.crm.routes.files import EXPORT_RESPONSES, download
from app.modules.crm.schemas import (
    BulkTag,
    BulkTagged,
    CompanyCreate,
    CompanyFilters,
    CompanyRead,
    CompanyUpdate,
    MergeRequest,
    TimelineEntry,
)

router = APIRouter(prefix="/companies")
Filters = Annotated[CompanyFilters, Query()]


@router.get("", response_model=Page[CompanyRead], operation_id="crm:list_companies")
async def list_companies(session: DbSession, filters: Filters, sort: str | None = None,
                         limit: Limit = 50, cursor: str | None = None,
                         actor: Actor = READ) -> Page[CompanyRead]:
    items, next_cursor = await crm.companies.list_companies(session, actor, filters, sort,
                                                            PageParams(limit, cursor))
    return Page(items=[CompanyRead.model_validate(c) for c in items], next_cursor=next_cursor)


@router.get("/export", operation_id="crm:export_companies", response_class=Response,
            responses=EXPORT_RESPONSES, summary="The list (or a saved view) as CSV or XLSX")
async def export_companies(session: DbSession, filters: Filters, format: Format = "csv",
                           sort: str | None = None, view_id: uuid.UUID | None = None,
                           columns: Annotated[list[str] | None, Query()] = None,
                           actor: Actor = READ) -> Response:
    return download(await crm.exports.export(session, actor, Entity.company, filters, sort,
                                             format, columns=columns, view_id=view_id))


@router.post("", response_model=CompanyRead, status_code=201,
             operation_id="crm:create_company")
async def create_company(body: CompanyCreate, session: DbSession,
                         actor: Actor = WRITE) -> Company:
    return await crm.companies.create(session, actor, body)



@router.post("/bulk-tags", response_model=BulkTagged, operation_id="crm:bulk_tag_companies",
             summary="Add and remove tags on many companies at once")
async def bulk_tag_companies(body: BulkTag, session: DbSession, actor: Actor = WRITE
                       ) -> BulkTagged:
    return BulkTagged(updated=await crm.tags.bulk_tag(session, actor, Entity.company, body))

@router.get("/{company_id}", response_model=CompanyRead, operation_id="crm:get_company")
async def get_company(company_id: uuid.UUID, session: DbSession, actor: Actor = READ
                      ) -> Company:
    return await crm.companies.get(session, actor, company_id)


@router.patch("/{company_id}", response_model=CompanyRead, operation_id="crm:update_company")
async def update_company(company_id: uuid.UUID, body: CompanyUpdate, session: DbSession,
                         actor: Actor = WRITE) -> Company:
    return await crm.companies.update(session, actor, company_id, body)


@router.delete("/{company_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="crm:delete_company")
async def delete_company(company_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                         ) -> Response:
    await crm.companies.delete(session, actor, company_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{company_id}/merge", response_model=CompanyRead,
             operation_id="crm:merge_companies",
             summary="Merge duplicates into this company (they are deleted)")
async def merge_companies(company_id: uuid.UUID, body: MergeRequest, session: DbSession,
                          actor: Actor = WRITE) -> Company:
    return await crm.merging.merge_companies(session, actor, company_id, body.duplicate_ids)


@router.get("/{company_id}/timeline", response_model=Page[TimelineEntry],
            operation_id="crm:company_timeline")
async def company_timeline(company_id: uuid.UUID, session: DbSession, limit: Limit = 50,
                           cursor: str | None = None, actor: Actor = READ
                           ) -> Page[TimelineEntry]:
    items, next_cursor = await crm.timeline.timeline(session, actor, RecordType.company,
                                                     company_id, PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)
