"""Every query of pipelines and stages."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import exists, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.crm.models import Deal, DealStatus, Pipeline, Stage

# One statement, so that it is atomic even in a GET's autocommit session; two first uses at
# once meet on the unique default index and one of them inserts nothing.
_SEED_DEFAULT = text("""
WITH pipeline AS (
    INSERT INTO crm_pipeline (id, organization_id, name, is_default, position, created_at,
                              updated_at)
    VALUES (:pipeline_id, :organization_id, :name, true, 0, now(), now())
    ON CONFLICT (organization_id) WHERE is_default DO NOTHING
    RETURNING id)
INSERT INTO crm_stage (id, organization_id, pipeline_id, name, position, probability, is_won,
                       is_lost, created_at, updated_at)
SELECT gen_random_uuid(), :organization_id, pipeline.id, s.name, s.position, s.probability,
       s.is_won, s.is_lost, now(), now()
FROM pipeline, jsonb_to_recordset(CAST(:stages AS jsonb))
     AS s(name text, position int, probability int, is_won bool, is_lost bool)
""")


class PipelineRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def has_default(self, organization_id: uuid.UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(
            Pipeline.organization_id == organization_id, Pipeline.is_default))))

    async def seed_default(self, organization_id: uuid.UUID, name: str,
                           stages: list[dict[str, Any]]) -> None:
        await self.session.execute(_SEED_DEFAULT, {
            "pipeline_id": uuid.uuid4(), "organization_id": organization_id, "name": name,
            "stages": json.dumps(stages)})

    async def all(self, organization_id: uuid.UUID) -> list[Pipeline]:
        return list((await self.session.scalars(
            select(Pipeline).where(Pipeline.organization_id == organization_id)
            .order_by(Pipeline.position, Pipeline.created_at))).all())

    async def get(self, organization_id: uuid.UUID, pipeline_id: uuid.UUID, *,
                  for_update: bool = False) -> Pipeline | None:
        stmt = select(Pipeline).where(Pipeline.organization_id == organization_id,
                                      Pipeline.id == pipeline_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def default(self, organization_id: uuid.UUID) -> Pipeline | None:
        return (await self.session.scalars(select(Pipeline).where(
            Pipeline.organization_id == organization_id, Pipeline.is_default))).one_or_none()

    async def clear_default(self, organization_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Pipeline).where(Pipeline.organization_id == organization_id,
                                   Pipeline.is_default).values(is_default=False)
            .execution_options(synchronize_session="fetch"))

    async def stages(self, organization_id: uuid.UUID, pipeline_ids: list[uuid.UUID]
                     ) -> list[Stage]:
        return list((await self.session.scalars(
            select(Stage).where(Stage.organization_id == organization_id,
                                Stage.pipeline_id.in_(pipeline_ids))
            .order_by(Stage.pipeline_id, Stage.position))).all())

    async def stage(self, organization_id: uuid.UUID, stage_id: uuid.UUID) -> Stage | None:
        return (await self.session.scalars(select(Stage).where(
            Stage.organization_id == organization_id, Stage.id == stage_id))).one_or_none()

    async def first_stage(self, organization_id: uuid.UUID, pipeline_id: uuid.UUID
                          ) -> Stage | None:
        return (await self.session.scalars(
            select(Stage).where(Stage.organization_id == organization_id,
                                Stage.pipeline_id == pipeline_id)
            .order_by(Stage.position).limit(1))).first()

    async def deal_count(self, *, pipeline_id: uuid.UUID | None = None,
                         stage_id: uuid.UUID | None = None) -> int:
        stmt = select(func.count()).select_from(Deal)
        stmt = stmt.where(Deal.pipeline_id == pipeline_id) if pipeline_id else \
            stmt.where(Deal.stage_id == stage_id)
        return int(await self.session.scalar(stmt) or 0)

    async def reprice_open_deals(self, stage: Stage) -> None:
        """Open deals of the stage without their own probability take the stage's."""
        await self.session.execute(
            update(Deal).where(Deal.stage_id == stage.id, Deal.status == DealStatus.open,
                               Deal.probability_override.is_(None))
            .values(probability=stage.probability)
            .execution_options(synchronize_session=False))
