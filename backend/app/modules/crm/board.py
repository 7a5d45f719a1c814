"""The kanban board of a pipeline: each stage with its count, total and weighted total, and
its first page of deals in board order; more of a stage come from
`GET /crm/deals?stage_id=...&sort=position&cursor=...` (the same cursor)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import encode_cursor
from app.identity.actor import Actor
from app.modules.crm import pipelines
from app.modules.crm.records import scope_of
from app.modules.crm.repository import DealRepository
from app.modules.crm.schemas.pipelines import BoardColumn, BoardRead, DealCard, StageRead

ZERO = Decimal("0.00")


async def get_board(session: AsyncSession, actor: Actor, pipeline_id: uuid.UUID, *,
                    owner_id: uuid.UUID | None, per_stage: int, q: str | None = None
                    ) -> BoardRead:
    """`q`: only the deals matching it (their totals are aggregated on the fly instead of
    read from the stage totals)."""
    pipeline = await pipelines.get_pipeline(session, actor, pipeline_id)
    stages = await pipelines.stages_of(session, pipeline)
    repo, scope = DealRepository(session), scope_of(actor)
    totals = (await repo.matching_totals(scope, pipeline.id, owner_id, q) if q
              else await repo.stage_totals(scope, pipeline.id, owner_id))
    cards = await repo.first_of_stages(scope, pipeline.id, owner_id, per_stage + 1, q=q)
    columns = []
    for stage in stages:
        deals = cards.get(stage.id, [])
        more = len(deals) > per_stage
        deals = deals[:per_stage]
        # the cursor of `GET /crm/deals?stage_id=...&sort=position` after the last card
        cursor = encode_cursor([deals[-1]["position"], deals[-1]["id"]]) if more else None
        count, total, weighted = totals.get(stage.id, (0, ZERO, ZERO))
        columns.append(BoardColumn(
            stage=StageRead.model_validate(stage), count=count, total_value=total,
            weighted_value=weighted, deals=[DealCard.model_validate(d) for d in deals],
            next_cursor=cursor))
    return BoardRead(pipeline=pipelines.read(pipeline, stages), columns=columns,
                     total_value=sum((c.total_value for c in columns), ZERO),
                     weighted_value=sum((c.weighted_value for c in columns), ZERO))
