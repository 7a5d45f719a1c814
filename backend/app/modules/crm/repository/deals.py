"""Every query of deals: reads, the places of deals in their stages, the board's totals."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.filtering import apply_filters
from app.identity.actor import Scope
from app.modules.crm.models import Deal, DealContact, Pipeline, Stage, StageTotal
from app.modules.crm.repository.scoping import (
    CustomCondition,
    any_tag,
    custom_field_filters,
    matching,
    scoped,
)
from app.modules.crm.schemas.deals import DealFilters

_NO_SYNC = {"synchronize_session": False}
CENT = Decimal("0.01")
# what a board card shows (schemas.pipelines.DealCard)
CARD_COLUMNS = (Deal.id, Deal.title, Deal.value, Deal.stage_id, Deal.position, Deal.version,
                Deal.status, Deal.probability, Deal.probability_override, Deal.owner_id,
                Deal.company_id,
                Deal.expected_close_date, Deal.tag_ids, Deal.updated_at)


class DealRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _select(self, scope: Scope, *, with_contacts: bool = True) -> Select:
        stmt = scoped(select(Deal), Deal, scope)
        return stmt.options(selectinload(Deal.contact_links)) if with_contacts else stmt

    async def get(self, scope: Scope, deal_id: uuid.UUID, *, for_update: bool = False
                  ) -> Deal | None:
        stmt = self._select(scope).where(Deal.id == deal_id)
        if for_update:  # and re-read: a deal read before the lock may have moved since
            stmt = stmt.with_for_update(of=Deal).execution_options(populate_existing=True)
        return (await self.session.scalars(stmt)).one_or_none()

    def list_query(self, scope: Scope, filters: DealFilters, custom: list[CustomCondition],
                   *, with_contacts: bool = True) -> Select:
        stmt = self._select(scope, with_contacts=with_contacts)
        if filters.q:
            stmt = stmt.where(matching(Deal.search_text, filters.q))
        if filters.ids:
            stmt = stmt.where(Deal.id.in_(filters.ids))
        if filters.tag_ids:
            stmt = stmt.where(any_tag(Deal.tag_ids, filters.tag_ids))
        if filters.contact_id:
            stmt = stmt.where(Deal.id.in_(select(DealContact.deal_id).where(
                DealContact.contact_id == filters.contact_id)))
        stmt = apply_filters(stmt, {
            Deal.owner_id: filters.owner_id,
            Deal.pipeline_id: filters.pipeline_id,
            Deal.stage_id: filters.stage_id,
            Deal.status: filters.status,
            Deal.company_id: filters.company_id,
            Deal.value: (filters.value_min, filters.value_max),
            Deal.expected_close_date: (filters.expected_close_from, filters.expected_close_to),
            Deal.created_at: (filters.created_from, filters.created_to),
        })
        return custom_field_filters(stmt, Deal.custom_fields, custom)

    async def lock_pipeline(self, organization_id: uuid.UUID, pipeline_id: uuid.UUID
                            ) -> Pipeline | None:
        """Every change of places in a pipeline holds its row: moves serialise, and the
        places of its deals stay 0..n-1 in each stage."""
        return (await self.session.scalars(
            select(Pipeline).where(Pipeline.organization_id == organization_id,
                                   Pipeline.id == pipeline_id).with_for_update())).one_or_none()

    async def count_in_stage(self, stage_id: uuid.UUID, *, besides: uuid.UUID | None = None
                             ) -> int:
        stmt = select(func.count()).select_from(Deal).where(Deal.stage_id == stage_id)
        if besides is not None:
            stmt = stmt.where(Deal.id != besides)
        return int(await self.session.scalar(stmt) or 0)

    async def close_gap(self, stage_id: uuid.UUID, position: int, besides: uuid.UUID) -> None:
        await self.session.execute(
            update(Deal).where(Deal.stage_id == stage_id, Deal.position > position,
                               Deal.id != besides)
            .values(position=Deal.position - 1).execution_options(**_NO_SYNC))

    async def open_gap(self, stage_id: uuid.UUID, position: int, besides: uuid.UUID) -> None:
        await self.session.execute(
            update(Deal).where(Deal.stage_id == stage_id, Deal.position >= position,
                               Deal.id != besides)
            .values(position=Deal.position + 1).execution_options(**_NO_SYNC))

    async def visible_place(self, scope: Scope, stage_id: uuid.UUID, index: int,
                            besides: uuid.UUID) -> tuple[int | None, int | None]:
        """(place of the `index`-th deal of the stage the scope sees, place of the last one
        it sees), the moved deal left out."""
        visible = scoped(select(Deal.position), Deal, scope).where(
            Deal.stage_id == stage_id, Deal.id != besides)
        at = await self.session.scalar(visible.order_by(Deal.position).offset(index).limit(1))
        if at is not None:
            return at, None
        last = await self.session.scalar(visible.order_by(Deal.position.desc()).limit(1))
        return None, last

    async def stage_totals(self, scope: Scope, pipeline_id: uuid.UUID,
                           owner_id: uuid.UUID | None
                           ) -> dict[uuid.UUID, tuple[int, Decimal, Decimal]]:
        """Per stage: (deals, total value, weighted value), from the trigger-kept
        `crm_stage_total` rows (one per stage and owner). Client users never see a board,
        so the scope narrows by owner only."""
        owners = {o for o in (owner_id, scope.owner_id) if o is not None}
        if len(owners) > 1:  # a Comercial asking for another owner's deals: none visible
            return {}
        stmt = (select(StageTotal.stage_id, func.sum(StageTotal.deals),
                       func.sum(StageTotal.total_value), func.sum(StageTotal.weighted_cents))
                .where(StageTotal.organization_id == scope.organization_id,
                       StageTotal.pipeline_id == pipeline_id)
                .group_by(StageTotal.stage_id))
        if owners:
            stmt = stmt.where(StageTotal.owner_id == owners.pop())
        rows = await self.session.execute(stmt)
        return {stage: (int(n), Decimal(total), (Decimal(cents) / 100).quantize(CENT))
                for stage, n, total, cents in rows}

    async def matching_totals(self, scope: Scope, pipeline_id: uuid.UUID,
                              owner_id: uuid.UUID | None, q: str
                              ) -> dict[uuid.UUID, tuple[int, Decimal, Decimal]]:
        """Per stage: (deals, total, weighted) of the deals matching `q`, aggregated."""
        stmt = scoped(select(Deal.stage_id, func.count(), func.coalesce(func.sum(Deal.value), 0),
                             func.coalesce(func.sum(Deal.value * Deal.probability), 0)),
                      Deal, scope).where(Deal.pipeline_id == pipeline_id,
                                         matching(Deal.search_text, q))
        if owner_id is not None:
            stmt = stmt.where(Deal.owner_id == owner_id)
        rows = await self.session.execute(stmt.group_by(Deal.stage_id))
        return {stage: (int(n), Decimal(total), (Decimal(cents) / 100).quantize(CENT))
                for stage, n, total, cents in rows}

    async def first_of_stages(self, scope: Scope, pipeline_id: uuid.UUID,
                              owner_id: uuid.UUID | None, limit: int, *, q: str | None = None
                              ) -> dict[uuid.UUID, list[dict[str, Any]]]:
        """The first `limit` deals (board order) of each stage of the pipeline, in one
        query: a LATERAL index scan per stage, as plain rows."""
        stages = select(Stage.id).where(Stage.pipeline_id == pipeline_id).subquery("stage")
        deals = scoped(select(*CARD_COLUMNS), Deal, scope).where(Deal.stage_id == stages.c.id)
        if owner_id is not None:
            deals = deals.where(Deal.owner_id == owner_id)
        if q:
            deals = deals.where(matching(Deal.search_text, q))
        first = deals.order_by(Deal.position, Deal.id).limit(limit).lateral("deal")
        result = await (await self.session.connection()).execute(
            select(first).select_from(stages).join(first, true()))
        names = list(result.keys())
        by_stage: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for row in result:
            card = dict(zip(names, row, strict=True))
            by_stage.setdefault(card["stage_id"], []).append(card)
        return by_stage
