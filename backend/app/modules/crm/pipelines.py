"""Pipelines and their ordered stages. Every organization has a default pipeline, seeded on
first use (there is no organization-created event to hook): any read of pipelines, the board
or a deal created without a pipeline seeds it, in one statement that two first uses at once
cannot both run."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, ValidationFailed
from app.identity.actor import Actor
from app.modules.crm.models import Pipeline, Stage
from app.modules.crm.records import not_found
from app.modules.crm.repository import PipelineRepository
from app.modules.crm.schemas.pipelines import (
    PipelineCreate,
    PipelineRead,
    PipelineUpdate,
    StageCreate,
    StageOrder,
    StageRead,
    StageUpdate,
)

DEFAULT_PIPELINE = "Funil comercial"
DEFAULT_STAGES = (
    ("Prospecção", 10, False, False),
    ("Qualificação", 20, False, False),
    ("Reunião de descoberta", 40, False, False),
    ("Proposta enviada", 60, False, False),
    ("Negociação", 80, False, False),
    ("Ganho", 100, True, False),
    ("Perdido", 0, False, True),
)


async def ensure_default(session: AsyncSession, organization_id: uuid.UUID) -> None:
    repo = PipelineRepository(session)
    if not await repo.has_default(organization_id):
        await repo.seed_default(organization_id, DEFAULT_PIPELINE, [
            {"name": name, "position": i, "probability": p, "is_won": won, "is_lost": lost}
            for i, (name, p, won, lost) in enumerate(DEFAULT_STAGES)])


def _default_probability(stage: StageCreate) -> int:
    if stage.probability is not None:
        return stage.probability
    return 100 if stage.is_won else 0


def read(pipeline: Pipeline, stages: list[Stage]) -> PipelineRead:
    return PipelineRead(id=pipeline.id, name=pipeline.name, is_default=pipeline.is_default,
                        position=pipeline.position,
                        stages=[StageRead.model_validate(s) for s in stages])


async def list_pipelines(session: AsyncSession, actor: Actor) -> list[PipelineRead]:
    await ensure_default(session, actor.organization_id)
    repo = PipelineRepository(session)
    pipelines = await repo.all(actor.organization_id)
    stages = await repo.stages(actor.organization_id, [p.id for p in pipelines])
    return [read(p, [s for s in stages if s.pipeline_id == p.id]) for p in pipelines]


async def get_pipeline(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID, *,
                       for_update: bool = False) -> Pipeline:
    pipeline = await PipelineRepository(session).get(actor.organization_id, pipeline_id,
                                                     for_update=for_update)
    if pipeline is None:
        raise not_found("Pipeline")
    return pipeline


async def get(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID) -> PipelineRead:
    pipeline = await get_pipeline(session, actor, pipeline_id)
    return read(pipeline, await stages_of(session, pipeline))


async def stages_of(session: AsyncSession, pipeline: Pipeline) -> list[Stage]:
    return await PipelineRepository(session).stages(pipeline.organization_id, [pipeline.id])


async def default_pipeline(session: AsyncSession, organization_id: uuid.UUID) -> Pipeline:
    await ensure_default(session, organization_id)
    pipeline = await PipelineRepository(session).default(organization_id)
    assert pipeline is not None
    return pipeline


async def stage_in(session: AsyncSession, pipeline: Pipeline, stage_id: uuid.UUID | None,
                   field: str = "stage_id") -> Stage:
    """A stage of `pipeline` (its first when None), or 422 on `field`."""
    repo = PipelineRepository(session)
    if stage_id is None:
        stage = await repo.first_stage(pipeline.organization_id, pipeline.id)
    else:
        stage = await repo.stage(pipeline.organization_id, stage_id)
    if stage is None or stage.pipeline_id != pipeline.id:
        raise ValidationFailed.on(field, "Not a stage of the deal's pipeline")
    return stage


async def create(session: AsyncSession, actor: Actor, body: PipelineCreate) -> PipelineRead:
    repo = PipelineRepository(session)
    await ensure_default(session, actor.organization_id)
    if body.is_default:
        await repo.clear_default(actor.organization_id)
    existing = await repo.all(actor.organization_id)
    pipeline = Pipeline(organization_id=actor.organization_id, name=body.name,
                        is_default=body.is_default, position=len(existing))
    session.add(pipeline)
    await session.flush()
    stages = [Stage(organization_id=actor.organization_id, pipeline_id=pipeline.id,
                    name=s.name, position=i, probability=_default_probability(s),
                    is_won=bool(s.is_won), is_lost=bool(s.is_lost))
              for i, s in enumerate(body.stages)]
    session.add_all(stages)
    await session.flush()
    await audit.record(session, actor, "crm.pipeline.created", "crm_pipeline", pipeline.id,
                       after={**audit.snapshot(pipeline),
                              "stages": [audit.snapshot(s) for s in stages]})
    return read(pipeline, stages)


async def update(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID,
                 body: PipelineUpdate) -> PipelineRead:
    pipeline = await get_pipeline(session, actor, pipeline_id, for_update=True)
    before = audit.snapshot(pipeline)
    if body.is_default is False and pipeline.is_default:
        raise ValidationFailed.on("is_default", "Make another pipeline the default instead")
    if body.is_default and not pipeline.is_default:
        await PipelineRepository(session).clear_default(actor.organization_id)
        await session.flush()
        pipeline.is_default = True
    if body.name:
        pipeline.name = body.name
    await session.flush()
    await audit.record(session, actor, "crm.pipeline.updated", "crm_pipeline", pipeline.id,
                       before=before, after=audit.snapshot(pipeline))
    return read(pipeline, await stages_of(session, pipeline))


async def delete(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID) -> None:
    pipeline = await get_pipeline(session, actor, pipeline_id, for_update=True)
    if pipeline.is_default:
        raise Conflict("The default pipeline cannot be deleted; make another the default")
    if await PipelineRepository(session).deal_count(pipeline_id=pipeline.id):
        raise Conflict("The pipeline has deals; move or delete them first")
    await audit.record(session, actor, "crm.pipeline.deleted", "crm_pipeline", pipeline.id,
                       before=audit.snapshot(pipeline))
    await session.delete(pipeline)


async def _stage(session: AsyncSession, actor: Actor, stage_id: uuid.UUID) -> Stage:
    stage = await PipelineRepository(session).stage(actor.organization_id, stage_id)
    if stage is None:
        raise not_found("Stage")
    return stage


def _renumber(stages: list[Stage]) -> None:
    for i, stage in enumerate(stages):
        stage.position = i


async def create_stage(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID,
                       body: StageCreate) -> Stage:
    pipeline = await get_pipeline(session, actor, pipeline_id, for_update=True)
    stages = await stages_of(session, pipeline)
    stage = Stage(organization_id=actor.organization_id, pipeline_id=pipeline.id,
                  name=body.name, position=0, probability=_default_probability(body),
                  is_won=bool(body.is_won), is_lost=bool(body.is_lost))
    stages.insert(len(stages) if body.position is None else body.position, stage)
    _renumber(stages)
    session.add(stage)
    await session.flush()
    await audit.record(session, actor, "crm.stage.created", "crm_stage", stage.id,
                       after=audit.snapshot(stage))
    return stage


async def update_stage(session: AsyncSession, actor: Actor, stage_id: uuid.UUID,
                       body: StageUpdate) -> Stage:
    stage = await _stage(session, actor, stage_id)
    await get_pipeline(session, actor, stage.pipeline_id, for_update=True)
    before = audit.snapshot(stage)
    repo = PipelineRepository(session)
    flags_change = ((body.is_won is not None and body.is_won != stage.is_won)
                    or (body.is_lost is not None and body.is_lost != stage.is_lost))
    if flags_change and await repo.deal_count(stage_id=stage.id):
        raise Conflict("The stage has deals: its won/lost flags cannot change")
    for name, value in body.model_dump(exclude_none=True).items():
        setattr(stage, name, value)
    if stage.is_won and stage.is_lost:
        raise ValidationFailed.on("is_won", "A stage is won or lost, not both")
    await session.flush()
    if before["probability"] != stage.probability:
        await repo.reprice_open_deals(stage)
    await audit.record(session, actor, "crm.stage.updated", "crm_stage", stage.id,
                       before=before, after=audit.snapshot(stage))
    return stage


async def delete_stage(session: AsyncSession, actor: Actor, stage_id: uuid.UUID) -> None:
    stage = await _stage(session, actor, stage_id)
    pipeline = await get_pipeline(session, actor, stage.pipeline_id, for_update=True)
    if await PipelineRepository(session).deal_count(stage_id=stage.id):
        raise Conflict("The stage has deals; move them to another stage first")
    stages = [s for s in await stages_of(session, pipeline) if s.id != stage.id]
    if not stages:
        raise Conflict("A pipeline keeps at least one stage")
    await audit.record(session, actor, "crm.stage.deleted", "crm_stage", stage.id,
                       before=audit.snapshot(stage))
    await session.delete(stage)
    _renumber(stages)


async def reorder_stages(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID,
                         body: StageOrder) -> PipelineRead:
    pipeline = await get_pipeline(session, actor, pipeline_id, for_update=True)
    stages = {s.id: s for s in await stages_of(session, pipeline)}
    if sorted(map(str, body.stage_ids)) != sorted(map(str, stages)):
        raise ValidationFailed.on("stage_ids", "List every stage of the pipeline once")
    before = [str(s) for s in stages]
    ordered = [stages[i] for i in body.stage_ids]
    _renumber(ordered)
    await session.flush()
    await audit.record(session, actor, "crm.pipeline.stages_reordered", "crm_pipeline",
                       pipeline.id, before={"stage_ids": before},
                       after={"stage_ids": [str(i) for i in body.stage_ids]})
    return read(pipeline, ordered)
