"""Routes of the suppression list (/sdr/suppression)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.models import Suppression
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import SuppressionCreate, SuppressionRead

router = APIRouter(prefix="/suppression")


@router.get("", response_model=Page[SuppressionRead], operation_id="sdr:list_suppression")
async def list_suppression(session: DbSession, q: str | None = None,
                           limit: Annotated[int, Query(ge=1, le=200)] = 50,
                           cursor: str | None = None, actor: Actor = READ
                           ) -> Page[SuppressionRead]:
    items, next_cursor = await sdr.suppression.list_entries(session, actor, q,
                                                            PageParams(limit, cursor))
    return Page(items=[SuppressionRead.model_validate(i) for i in items],
                next_cursor=next_cursor)


@router.post("", response_model=SuppressionRead, status_code=201,
             operation_id="sdr:add_suppression",
             summary="Never contact this e-mail or phone again (adding it twice keeps the "
             "first entry)")
async def add_suppression(body: SuppressionCreate, session: DbSession, actor: Actor = WRITE
                          ) -> Suppression:
    return await sdr.suppression.add(session, actor, body)


@router.delete("/{entry_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               operation_id="sdr:remove_suppression")
async def remove_suppression(entry_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                             ) -> Response:
    await sdr.suppression.remove(session, actor, entry_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
