"""Routes of activities (/crm/activities) and the caller's tasks (/crm/tasks/mine)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.models import Activity
from app.modules.crm.routes.access import READ, WRITE, Limit
from app.modules.crm.schemas import (
    ActivityCreate,
    ActivityFilters,
    ActivityRead,
    ActivityUpdate,
    MyTasks,
)

router = APIRouter()


@router.get("/activities", response_model=Page[ActivityRead],
            operation_id="crm:list_activities")
async def list_activities(session: DbSession, filters: Annotated[ActivityFilters, Query()],
                          limit: Limit = 50, cursor: str | None = None, actor: Actor = READ
                          ) -> Page[ActivityRead]:
    items, next_cursor = await crm.activities.list_activities(session, actor, filters,
                                                              PageParams(limit, cursor))
    return Page(items=[ActivityRead.model_validate(a) for a in items], next_cursor=next_cursor)


@router.post("/activities", response_model=ActivityRead, status_code=201,
             operation_id="crm:log_activity")
async def log_activity(body: ActivityCreate, session: DbSession, actor: Actor = WRITE
                       ) -> Activity:
    return await crm.activities.log(session, actor, body)


@router.get("/activities/{activity_id}", response_model=ActivityRead,
            operation_id="crm:get_activity")
async def get_activity(activity_id: uuid.UUID, session: DbSession, actor: Actor = READ
                       ) -> Activity:
    return await crm.activities.get(session, actor, activity_id)


@router.patch("/activities/{activity_id}", response_model=ActivityRead,
              operation_id="crm:update_activity")
async def update_activity(activity_id: uuid.UUID, body: ActivityUpdate, session: DbSession,
                          actor: Actor = WRITE) -> Activity:
    return await crm.activities.update(session, actor, activity_id, body)


@router.delete("/activities/{activity_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="crm:delete_activity")
async def delete_activity(activity_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                          ) -> Response:
    await crm.activities.delete(session, actor, activity_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/tasks/mine", response_model=MyTasks, operation_id="crm:my_tasks",
            summary="The caller's open tasks: overdue and due today (America/Sao_Paulo)")
async def my_tasks(session: DbSession, actor: Actor = READ) -> MyTasks:
    return await crm.activities.my_tasks(session, actor)
