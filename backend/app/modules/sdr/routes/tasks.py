"""Routes of the cadences' manual steps (/sdr/tasks): LinkedIn messages and calls."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import SdrTask, TaskCompletion

router = APIRouter(prefix="/tasks")


@router.get("", response_model=Page[SdrTask], operation_id="sdr:list_tasks",
            summary="LinkedIn and call steps waiting for a person, the oldest due first")
async def list_tasks(session: DbSession, open: bool = True,  # noqa: A002
                     limit: Annotated[int, Query(ge=1, le=200)] = 50,
                     cursor: str | None = None, actor: Actor = READ) -> Page[SdrTask]:
    items, next_cursor = await sdr.manual_tasks.list_tasks(session, actor, open,
                                                           PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)


@router.post("/{task_id}/complete", response_model=SdrTask, operation_id="sdr:complete_task",
             summary="Done or skipped: the enrollment's cadence goes on to its next step")
async def complete_task(task_id: uuid.UUID, body: TaskCompletion, session: DbSession,
                        actor: Actor = WRITE) -> SdrTask:
    return await sdr.manual_tasks.complete(session, actor, task_id, body)
