"""Deals: create, read, update, delete, list, and the move on the board (stage and place in
one call). Places are 0..n-1 per stage; every change of places holds the pipeline's row, so
concurrent moves serialise and never leave a gap or a tie. A deal's `version` grows with
each change: a move or update that sends an older one is refused (409, with the deal as it
is now)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.errors import Conflict, ValidationFailed
from app.core.filtering import SortSpec
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm import custom_fields, pipelines
from app.modules.crm.contacts import check_company
from app.modules.crm.events import BoardChanged, DealCreated, DealLost, DealStageChanged, DealWon
from app.modules.crm.models import (
    Deal,
    DealContact,
    DealStatus,
    Entity,
    LeadSource,
    Pipeline,
    RecordType,
    Stage,
)
from app.modules.crm.records import check_tags, not_found, remember, resolve_owner, scope_of
from app.modules.crm.repository import ContactRepository, DealRepository
from app.modules.crm.schemas.deals import (
    DealCreate,
    DealFilters,
    DealMove,
    DealUpdate,
)

SORTS = {"title": Deal.title, "value": Deal.value, "position": Deal.position,
         "created_at": Deal.created_at, "updated_at": Deal.updated_at}
DEFAULT_SORT = "-created_at"


class StaleVersion(Conflict):
    code = "stale_version"
    title = "The deal changed since you read it"

    def __init__(self, current: Deal) -> None:
        super().__init__(f"Version {current.version} is current; reload and try again")
        self.current = current


async def _check_contacts(session: AsyncSession, actor: Actor,
                          contact_ids: list[uuid.UUID] | None) -> list[uuid.UUID]:
    unique = list(dict.fromkeys(contact_ids or []))
    found = {c.id for c in await ContactRepository(session).many(scope_of(actor), unique)}
    missing = [str(c) for c in unique if c not in found]
    if missing:
        raise ValidationFailed.on("contact_ids", f"No contact you can see has these ids: "
                                                 f"{', '.join(missing)}")
    return unique


async def _locked_pipeline(session: AsyncSession, actor: Actor,
                           pipeline_id: uuid.UUID | None) -> Pipeline:
    repo = DealRepository(session)
    if pipeline_id is None:
        pipeline_id = (await pipelines.default_pipeline(session, actor.organization_id)).id
    pipeline = await repo.lock_pipeline(actor.organization_id, pipeline_id)
    if pipeline is None:
        raise ValidationFailed.on("pipeline_id", "No pipeline of the organization has this id")
    return pipeline


def _need_reason(stage: Stage, deal_status: DealStatus | None, reason: str | None) -> None:
    if stage.is_lost and deal_status != DealStatus.lost and not (reason or "").strip():
        raise ValidationFailed.on("lost_reason", "Say why the deal was lost",
                                  type_="missing")


async def _announce_stage(session: AsyncSession, actor: Actor, deal: Deal,
                          from_stage: Stage | None, to_stage: Stage) -> None:
    """Timeline entries and events of a deal entering a stage (on creation: from None)."""
    org = actor.organization_id
    if from_stage is not None:
        remember(session, actor, RecordType.deal, deal.id, "stage_changed",
                 from_stage_id=from_stage.id, from_stage=from_stage.name,
                 to_stage_id=to_stage.id, to_stage=to_stage.name)
        await events.publish(session, DealStageChanged(
            organization_id=org, deal_id=deal.id, pipeline_id=deal.pipeline_id,
            from_stage_id=from_stage.id, to_stage_id=to_stage.id, owner_id=deal.owner_id))
    was_won = bool(from_stage and from_stage.is_won)
    was_lost = bool(from_stage and from_stage.is_lost)
    if to_stage.is_won and not was_won:
        remember(session, actor, RecordType.deal, deal.id, "won", value=str(deal.value))
        await events.publish(session, DealWon(
            organization_id=org, deal_id=deal.id, company_id=deal.company_id,
            owner_id=deal.owner_id, value=deal.value, won_at=deal.won_at))
    if to_stage.is_lost and not was_lost:
        remember(session, actor, RecordType.deal, deal.id, "lost", reason=deal.lost_reason)
        await events.publish(session, DealLost(
            organization_id=org, deal_id=deal.id, owner_id=deal.owner_id, value=deal.value,
            lost_reason=deal.lost_reason or ""))


async def _board_changed(session: AsyncSession, deal: Deal, change: str) -> None:
    await events.publish(session, BoardChanged(
        organization_id=deal.organization_id, pipeline_id=deal.pipeline_id, deal_id=deal.id,
        change=change, stage_id=deal.stage_id, position=deal.position, version=deal.version))


async def create(session: AsyncSession, actor: Actor, body: DealCreate, *,
                 source: LeadSource = LeadSource.manual) -> Deal:
    org, now = actor.organization_id, datetime.now(UTC)
    pipeline = await _locked_pipeline(session, actor, body.pipeline_id)
    stage = await pipelines.stage_in(session, pipeline, body.stage_id)
    _need_reason(stage, None, body.lost_reason)
    deal = Deal(
        organization_id=org, title=body.title, value=body.value or Decimal(0),
        pipeline_id=pipeline.id, stage_id=stage.id, version=1, status=DealStatus.open,
        position=await DealRepository(session).count_in_stage(stage.id),
        company_id=await check_company(session, actor, body.company_id),
        expected_close_date=body.expected_close_date,
        probability_override=body.probability_override, source=body.source or source,
        owner_id=await resolve_owner(session, actor, body.owner_id),
        tag_ids=await check_tags(session, org, body.tag_ids) or [],
        custom_fields=await custom_fields.validated(session, org, Entity.deal,
                                                    body.custom_fields))
    deal.contact_links = [DealContact(contact_id=c)
                          for c in await _check_contacts(session, actor, body.contact_ids)]
    deal.enter(stage, now, body.lost_reason)
    deal.refresh_lookups()
    session.add(deal)
    await session.flush()
    await audit.record(session, actor, "crm.deal.created", "crm_deal", deal.id,
                       after=audit.snapshot(deal))
    remember(session, actor, RecordType.deal, deal.id, "created", stage_id=stage.id,
             stage=stage.name)
    await events.publish(session, DealCreated(
        organization_id=org, deal_id=deal.id, pipeline_id=pipeline.id, stage_id=stage.id,
        company_id=deal.company_id, owner_id=deal.owner_id, value=deal.value))
    await _announce_stage(session, actor, deal, None, stage)
    await _board_changed(session, deal, "created")
    return deal


async def get(session: AsyncSession, actor: Actor, deal_id: uuid.UUID, *,
              for_update: bool = False) -> Deal:
    deal = await DealRepository(session).get(scope_of(actor), deal_id, for_update=for_update)
    if deal is None:
        raise not_found("Deal")
    return deal


async def _lock(session: AsyncSession, actor: Actor, deal_id: uuid.UUID,
                version: int | None) -> tuple[Deal, Pipeline]:
    """The deal and its pipeline, both locked (pipeline first, as every place change does)."""
    seen = await get(session, actor, deal_id)
    pipeline = await _locked_pipeline(session, actor, seen.pipeline_id)
    deal = await get(session, actor, deal_id, for_update=True)
    if version is not None and version != deal.version:
        raise StaleVersion(deal)
    return deal, pipeline


async def update(session: AsyncSession, actor: Actor, deal_id: uuid.UUID,
                 body: DealUpdate) -> Deal:
    deal, pipeline = await _lock(session, actor, deal_id, body.version)
    before = audit.snapshot(deal)
    fields = body.model_fields_set
    for name in ("title", "expected_close_date", "probability_override"):
        if name in fields:
            setattr(deal, name, getattr(body, name))
    if body.value is not None:
        deal.value = body.value
    if body.source is not None:
        deal.source = body.source
    if "company_id" in fields:
        deal.company_id = await check_company(session, actor, body.company_id)
    if "contact_ids" in fields:
        wanted = await _check_contacts(session, actor, body.contact_ids)
        deal.contact_links = ([link for link in deal.contact_links if link.contact_id in wanted]
                              + [DealContact(contact_id=c) for c in wanted
                                 if c not in deal.contact_ids])
    if "owner_id" in fields:
        deal.owner_id = await resolve_owner(session, actor, body.owner_id)
    if "tag_ids" in fields:
        deal.tag_ids = await check_tags(session, actor.organization_id, body.tag_ids) or []
    if "custom_fields" in fields:
        deal.custom_fields = await custom_fields.validated(
            session, actor.organization_id, Entity.deal, body.custom_fields,
            current=deal.custom_fields)
    deal.reprice(await pipelines.stage_in(session, pipeline, deal.stage_id))
    deal.refresh_lookups()
    deal.version += 1
    await session.flush()
    await audit.record(session, actor, "crm.deal.updated", "crm_deal", deal.id,
                       before=before, after=audit.snapshot(deal))
    await _board_changed(session, deal, "updated")
    return deal


async def move(session: AsyncSession, actor: Actor, deal_id: uuid.UUID, body: DealMove
               ) -> Deal:
    """Put the deal at `position` (as the caller sees the stage) of `stage_id`."""
    deal, pipeline = await _lock(session, actor, deal_id, body.version)
    stage = await pipelines.stage_in(session, pipeline, body.stage_id)
    _need_reason(stage, deal.status, body.lost_reason)
    repo, scope = DealRepository(session), scope_of(actor)
    before = audit.snapshot(deal)
    from_stage = await pipelines.stage_in(session, pipeline, deal.stage_id)
    await repo.close_gap(deal.stage_id, deal.position, besides=deal.id)
    at, last = await repo.visible_place(scope, stage.id, body.position, besides=deal.id)
    if at is None:
        at = last + 1 if last is not None else await repo.count_in_stage(stage.id,
                                                                         besides=deal.id)
    await repo.open_gap(stage.id, at, besides=deal.id)
    deal.position = at
    deal.enter(stage, datetime.now(UTC), body.lost_reason)
    deal.version += 1
    await session.flush()
    await audit.record(session, actor, "crm.deal.moved", "crm_deal", deal.id, before=before,
                       after=audit.snapshot(deal))
    if from_stage.id != stage.id:
        await _announce_stage(session, actor, deal, from_stage, stage)
    await _board_changed(session, deal, "moved")
    return deal


async def delete(session: AsyncSession, actor: Actor, deal_id: uuid.UUID) -> None:
    deal, _ = await _lock(session, actor, deal_id, None)
    await audit.record(session, actor, "crm.deal.deleted", "crm_deal", deal.id,
                       before=audit.snapshot(deal))
    await session.delete(deal)
    await session.flush()
    await DealRepository(session).close_gap(deal.stage_id, deal.position, besides=deal.id)
    await _board_changed(session, deal, "deleted")



async def list_deals(session: AsyncSession, actor: Actor, filters: DealFilters,
                     sort: str | None, page: PageParams) -> tuple[list[Deal], str | None]:
    spec = SortSpec.parse(sort, SORTS, DEFAULT_SORT)
    conditions = await custom_fields.conditions(session, actor.organization_id, Entity.deal,
                                                filters.custom)
    stmt = DealRepository(session).list_query(scope_of(actor), filters, conditions)
    return await paginate(session, stmt, sort=spec.column, tiebreaker=Deal.id, params=page,
                          descending=spec.descending)
