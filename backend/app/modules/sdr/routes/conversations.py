"""Routes of the replies inbox (/sdr/conversations)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import READ
from app.modules.sdr.schemas import Conversation, ReplyClass

router = APIRouter(prefix="/conversations")


@router.get("", response_model=Page[Conversation], operation_id="sdr:list_conversations",
            summary="Enrollments whose lead replied, the latest reply first, with the last "
            "message; `classification` keeps those whose replies include that class")
async def list_conversations(session: DbSession, classification: ReplyClass | None = None,
                             limit: Annotated[int, Query(ge=1, le=200)] = 50,
                             cursor: str | None = None, actor: Actor = READ
                             ) -> Page[Conversation]:
    items, next_cursor = await sdr.conversations.inbox(session, actor, classification,
                                                       PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)
