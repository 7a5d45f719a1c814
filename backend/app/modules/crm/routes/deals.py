"""Routes of deals (/crm/deals), with the move on the board."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import JSONResponse

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.deals import StaleVersion
from app.modules.crm.exports import Format
from app.modules.crm.models import Deal, Entity, RecordType
from app.modules.crm.routes.access import READ, WRITE, Limit
from app.modules.crm.routes.files import EXPORT_RESPONSES, download
from app.modules.crm.routes.stale import STALE_RESPONSE, stale_response
from app.modules.crm.schemas import (
    DealCreate,
    DealFilters,
    DealMove,
    DealRead,
    DealUpdate,
    TimelineEntry,
)

router = APIRouter(prefix="/deals")
Filters = Annotated[DealFilters, Query()]


@router.get("", response_model=Page[DealRead], operation_id="crm:list_deals",
            summary="Deals; `sort=position` with `stage_id` pages a board column")
async def list_deals(session: DbSession, filters: Filters, sort: str | None = None,
                     limit: Limit = 50, cursor: str | None = None,
                     actor: Actor = READ) -> Page[DealRead]:
    items, next_cursor = await crm.deals.list_deals(session, actor, filters, sort,
                                                    PageParams(limit, cursor))
    return Page(items=[DealRead.model_validate(d) for d in items], next_cursor=next_cursor)


@router.get("/export", operation_id="crm:export_deals", response_class=Response,
            responses=EXPORT_RESPONSES, summary="The list (or a saved view) as CSV or XLSX")
async def export_deals(session: DbSession, filters: Filters, format: Format = "csv",
                       sort: str | None = None, view_id: uuid.UUID | None = None,
                       columns: Annotated[list[str] | None, Query()] = None,
                       actor: Actor = READ) -> Response:
    return download(await crm.exports.export(session, actor, Entity.deal, filters, sort,
                                             format, columns=columns, view_id=view_id))


@router.post("", response_model=DealRead, status_code=201, operation_id="crm:create_deal")
async def create_deal(body: DealCreate, session: DbSession, actor: Actor = WRITE) -> Deal:
    return await crm.deals.create(session, actor, body)


@router.get("/{deal_id}", response_model=DealRead, operation_id="crm:get_deal")
async def get_deal(deal_id: uuid.UUID, session: DbSession, actor: Actor = READ) -> Deal:
    return await crm.deals.get(session, actor, deal_id)


@router.patch("/{deal_id}", response_model=DealRead, responses=STALE_RESPONSE,
              operation_id="crm:update_deal")
async def update_deal(deal_id: uuid.UUID, body: DealUpdate, session: DbSession,
                      actor: Actor = WRITE) -> Deal | JSONResponse:
    try:
        return await crm.deals.update(session, actor, deal_id, body)
    except StaleVersion as stale:
        return stale_response(stale)


@router.post("/{deal_id}/move", response_model=DealRead, responses=STALE_RESPONSE,
             operation_id="crm:move_deal",
             summary="Stage and place on the board in one call (the version you saw)")
async def move_deal(deal_id: uuid.UUID, body: DealMove, session: DbSession,
                    actor: Actor = WRITE) -> Deal | JSONResponse:
    try:
        return await crm.deals.move(session, actor, deal_id, body)
    except StaleVersion as stale:
        return stale_response(stale)


@router.delete("/{deal_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               operation_id="crm:delete_deal")
async def delete_deal(deal_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                      ) -> Response:
    await crm.deals.delete(session, actor, deal_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{deal_id}/timeline", response_model=Page[TimelineEntry],
            operation_id="crm:deal_timeline")
async def deal_timeline(deal_id: uuid.UUID, session: DbSession, limit: Limit = 50,
                        cursor: str | None = None, actor: Actor = READ) -> Page[TimelineEntry]:
    items, next_cursor = await crm.timeline.timeline(session, actor, RecordType.deal, deal_id,
                                                     PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)
