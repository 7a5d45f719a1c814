"""Routes of pipelines, stages (/crm/pipelines, /crm/stages) and the board."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.models import Stage
from app.modules.crm.routes.access import CONFIGURE, READ
from app.modules.crm.schemas import (
    BoardRead,
    PipelineCreate,
    PipelineRead,
    PipelineUpdate,
    StageCreate,
    StageOrder,
    StageRead,
    StageUpdate,
)

router = APIRouter()


@router.get("/pipelines", response_model=list[PipelineRead], operation_id="crm:list_pipelines",
            summary="The organization's pipelines with their stages (the default one is "
            "created on first use)")
async def list_pipelines(session: DbSession, actor: Actor = READ) -> list[PipelineRead]:
    return await crm.pipelines.list_pipelines(session, actor)


@router.post("/pipelines", response_model=PipelineRead, status_code=201,
             operation_id="crm:create_pipeline")
async def create_pipeline(body: PipelineCreate, session: DbSession,
                          actor: Actor = CONFIGURE) -> PipelineRead:
    return await crm.pipelines.create(session, actor, body)


@router.get("/pipelines/{pipeline_id}", response_model=PipelineRead,
            operation_id="crm:get_pipeline")
async def get_pipeline(pipeline_id: uuid.UUID, session: DbSession, actor: Actor = READ
                       ) -> PipelineRead:
    return await crm.pipelines.get(session, actor, pipeline_id)


@router.patch("/pipelines/{pipeline_id}", response_model=PipelineRead,
              operation_id="crm:update_pipeline")
async def update_pipeline(pipeline_id: uuid.UUID, body: PipelineUpdate, session: DbSession,
                          actor: Actor = CONFIGURE) -> PipelineRead:
    return await crm.pipelines.update(session, actor, pipeline_id, body)


@router.delete("/pipelines/{pipeline_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="crm:delete_pipeline")
async def delete_pipeline(pipeline_id: uuid.UUID, session: DbSession,
                          actor: Actor = CONFIGURE) -> Response:
    await crm.pipelines.delete(session, actor, pipeline_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/pipelines/{pipeline_id}/board", response_model=BoardRead,
            operation_id="crm:get_board",
            summary="Stages with count, total and weighted total, and their first deals")
async def get_board(pipeline_id: uuid.UUID, session: DbSession,
                    owner_id: uuid.UUID | None = None,
                    per_stage: int = Query(20, ge=1, le=100),
                    q: str | None = Query(None, min_length=2, max_length=100, description=(
                        "Only deals matching this text; the totals are theirs")),
                    actor: Actor = READ) -> BoardRead:
    return await crm.board.get_board(session, actor, pipeline_id, owner_id=owner_id,
                                     per_stage=per_stage, q=q)


@router.put("/pipelines/{pipeline_id}/stage-order", response_model=PipelineRead,
            operation_id="crm:reorder_stages")
async def reorder_stages(pipeline_id: uuid.UUID, body: StageOrder, session: DbSession,
                         actor: Actor = CONFIGURE) -> PipelineRead:
    return await crm.pipelines.reorder_stages(session, actor, pipeline_id, body)


@router.post("/pipelines/{pipeline_id}/stages", response_model=StageRead, status_code=201,
             operation_id="crm:create_stage")
async def create_stage(pipeline_id: uuid.UUID, body: StageCreate, session: DbSession,
                       actor: Actor = CONFIGURE) -> Stage:
    return await crm.pipelines.create_stage(session, actor, pipeline_id, body)


@router.patch("/stages/{stage_id}", response_model=StageRead, operation_id="crm:update_stage")
async def update_stage(stage_id: uuid.UUID, body: StageUpdate, session: DbSession,
                       actor: Actor = CONFIGURE) -> Stage:
    return await crm.pipelines.update_stage(session, actor, stage_id, body)


@router.delete("/stages/{stage_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="crm:delete_stage")
async def delete_stage(stage_id: uuid.UUID, session: DbSession, actor: Actor = CONFIGURE
                       ) -> Response:
    await crm.pipelines.delete_stage(session, actor, stage_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
