"""Routes of leads and their review (/hunter/leads)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.hunter import service as hunter
from app.modules.hunter.models import Lead
from app.modules.hunter.routes.access import READ, WRITE, Limit
from app.modules.hunter.schemas import Discard, LeadFilters, LeadRead, Rescore

router = APIRouter(prefix="/leads")
Filters = Annotated[LeadFilters, Query()]


@router.get("", response_model=Page[LeadRead], operation_id="hunter:list_leads",
            summary="Leads, best score first (filters: search, status, tier, qualified, ...)")
async def list_leads(session: DbSession, filters: Filters,
                     sort: Literal["score", "created_at"] = "score", limit: Limit = 50,
                     cursor: str | None = None, actor: Actor = READ) -> Page[LeadRead]:
    items, next_cursor = await hunter.leads.list_leads(session, actor, filters, sort,
                                                       PageParams(limit, cursor))
    return Page(items=[LeadRead.model_validate(i) for i in items], next_cursor=next_cursor)


@router.get("/{lead_id}", response_model=LeadRead, operation_id="hunter:get_lead")
async def get_lead(lead_id: uuid.UUID, session: DbSession, actor: Actor = READ) -> Lead:
    return await hunter.leads.get(session, actor, lead_id)


@router.post("/{lead_id}/approve", response_model=LeadRead, operation_id="hunter:approve_lead",
             summary="Approve for outreach (a qualified lead is announced to the SDR)")
async def approve_lead(lead_id: uuid.UUID, session: DbSession, actor: Actor = WRITE) -> Lead:
    return await hunter.leads.approve(session, actor, lead_id)


@router.post("/{lead_id}/discard", response_model=LeadRead, operation_id="hunter:discard_lead")
async def discard_lead(lead_id: uuid.UUID, body: Discard, session: DbSession,
                       actor: Actor = WRITE) -> Lead:
    return await hunter.leads.discard(session, actor, lead_id, body)


@router.post("/{lead_id}/rescore", response_model=LeadRead, operation_id="hunter:rescore_lead",
             summary="Rerun the qualifier with the reviewer's note and corrected facts")
async def rescore_lead(lead_id: uuid.UUID, body: Rescore, session: DbSession,
                       actor: Actor = WRITE) -> Lead:
    return await hunter.leads.rescore(session, actor, lead_id, body)
