"""Routes of campaigns (/sdr/campaigns)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import (
    CampaignCreate,
    CampaignDetail,
    CampaignRead,
    EnrollmentRead,
)

router = APIRouter(prefix="/campaigns")


@router.post("", response_model=CampaignDetail, status_code=201,
             operation_id="sdr:create_campaign",
             summary="Enroll leads in a cadence: each reachable lead's first message is "
             "drafted and waits for approval (GET /agents/approvals); nothing is sent before")
async def create_campaign(body: CampaignCreate, session: DbSession, actor: Actor = WRITE
                          ) -> CampaignDetail:
    campaign = await sdr.campaigns.create(session, actor, body)
    return await _detail(session, actor, campaign.id)


@router.get("", response_model=Page[CampaignRead], operation_id="sdr:list_campaigns")
async def list_campaigns(session: DbSession, limit: Annotated[int, Query(ge=1, le=200)] = 50,
                         cursor: str | None = None, actor: Actor = READ) -> Page[CampaignRead]:
    items, next_cursor = await sdr.campaigns.list_campaigns(session, actor,
                                                            PageParams(limit, cursor))
    return Page(items=[CampaignRead.model_validate(c) for c in items], next_cursor=next_cursor)


@router.get("/{campaign_id}", response_model=CampaignDetail, operation_id="sdr:get_campaign")
async def get_campaign(campaign_id: uuid.UUID, session: DbSession, actor: Actor = READ
                       ) -> CampaignDetail:
    return await _detail(session, actor, campaign_id)


async def _detail(session: DbSession, actor: Actor, campaign_id: uuid.UUID) -> CampaignDetail:
    campaign, enrollments = await sdr.campaigns.get(session, actor, campaign_id)
    return CampaignDetail.model_validate({
        **CampaignRead.model_validate(campaign).model_dump(),
        "enrollments": [EnrollmentRead.model_validate(e) for e in enrollments]})

