"""Routes of campaigns (/sdr/campaigns)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.models import Campaign
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import (
    CampaignCreate,
    CampaignDetail,
    CampaignMetrics,
    CampaignRead,
    EnrollmentRead,
)

router = APIRouter(prefix="/campaigns")
CAMPAIGN_FIELDS = [f for f in CampaignRead.model_fields if f != "funnel"]


@router.post("", response_model=CampaignDetail, status_code=201,
             operation_id="sdr:create_campaign",
             summary="Enroll leads in a cadence: each reachable lead's first message is "
             "drafted and waits for approval (GET /sdr/approvals); nothing is sent before")
async def create_campaign(body: CampaignCreate, session: DbSession, actor: Actor = WRITE
                          ) -> CampaignDetail:
    campaign = await sdr.campaigns.create(session, actor, body)
    return await _detail(session, actor, campaign.id)


@router.get("", response_model=Page[CampaignRead], operation_id="sdr:list_campaigns",
            summary="Campaigns, newest first, each with its funnel")
async def list_campaigns(session: DbSession, limit: Annotated[int, Query(ge=1, le=200)] = 50,
                         cursor: str | None = None, actor: Actor = READ) -> Page[CampaignRead]:
    items, next_cursor = await sdr.campaigns.list_campaigns(session, actor,
                                                            PageParams(limit, cursor))
    return Page(items=await _reads(session, items), next_cursor=next_cursor)


@router.get("/{campaign_id}", response_model=CampaignDetail, operation_id="sdr:get_campaign")
async def get_campaign(campaign_id: uuid.UUID, session: DbSession, actor: Actor = READ
                       ) -> CampaignDetail:
    return await _detail(session, actor, campaign_id)


@router.get("/{campaign_id}/metrics", response_model=CampaignMetrics,
            operation_id="sdr:campaign_metrics",
            summary="The funnel in total and per step: enrolled, sent, delivered, read, "
            "replied, interested, opted out, converted")
async def campaign_metrics(campaign_id: uuid.UUID, session: DbSession, actor: Actor = READ
                           ) -> CampaignMetrics:
    campaign = await sdr.campaigns.campaign_of(session, actor, campaign_id)
    return await sdr.metrics.campaign_metrics(session, campaign)


@router.post("/{campaign_id}/pause", response_model=CampaignRead,
             operation_id="sdr:pause_campaign",
             summary="No step of the campaign starts until it is resumed (drafts a person "
             "approves still go out)")
async def pause_campaign(campaign_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                         ) -> CampaignRead:
    campaign = await sdr.pausing.set_campaign(session, actor, campaign_id, paused=True)
    return (await _reads(session, [campaign]))[0]


@router.post("/{campaign_id}/resume", response_model=CampaignRead,
             operation_id="sdr:resume_campaign")
async def resume_campaign(campaign_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                          ) -> CampaignRead:
    campaign = await sdr.pausing.set_campaign(session, actor, campaign_id, paused=False)
    return (await _reads(session, [campaign]))[0]


async def _reads(session: DbSession, campaigns: list[Campaign]) -> list[CampaignRead]:
    funnels = await sdr.metrics.funnels(session, [c.id for c in campaigns])
    return [CampaignRead.model_validate({**{f: getattr(c, f) for f in CAMPAIGN_FIELDS},
                                         "funnel": funnels[c.id]}) for c in campaigns]


async def _detail(session: DbSession, actor: Actor, campaign_id: uuid.UUID) -> CampaignDetail:
    campaign, enrollments = await sdr.campaigns.get(session, actor, campaign_id)
    [read] = await _reads(session, [campaign])
    return CampaignDetail.model_validate({
        **read.model_dump(), "enrollments": [EnrollmentRead.model_validate(e)
                                             for e in enrollments]})
