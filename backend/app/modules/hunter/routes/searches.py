"""Routes of search sessions (/hunter/search, /hunter/searches)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from fastapi import APIRouter

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.hunter import service as hunter
from app.modules.hunter.models import Search
from app.modules.hunter.routes.access import READ, WRITE, Limit
from app.modules.hunter.schemas import SearchCreate, SearchRead, SearchStarted

router = APIRouter()


def read(search: Search) -> SearchRead:
    per_lead = (Decimal(search.cost_usd) / search.qualified).quantize(Decimal("0.000001")) \
        if search.qualified else None
    return SearchRead.model_validate({**{c: getattr(search, c) for c in SearchRead.model_fields
                                         if hasattr(search, c)},
                                      "cost_per_qualified_usd": per_lead})


@router.post("/search", response_model=SearchStarted, status_code=202,
             operation_id="hunter:start_search",
             summary="Start a search: the prospecting crew runs in the worker; follow it at "
             "GET /agents/tasks/{task_id} or over /ws")
async def start_search(body: SearchCreate, session: DbSession, actor: Actor = WRITE
                       ) -> SearchStarted:
    search = await hunter.searches.start(session, actor, body)
    assert search.run_id is not None
    return SearchStarted(search_id=search.id, task_id=search.run_id, status=search.status)


@router.get("/searches", response_model=Page[SearchRead], operation_id="hunter:list_searches")
async def list_searches(session: DbSession, limit: Limit = 50, cursor: str | None = None,
                        actor: Actor = READ) -> Page[SearchRead]:
    items, next_cursor = await hunter.searches.list_searches(session, actor,
                                                             PageParams(limit, cursor))
    return Page(items=[read(s) for s in items], next_cursor=next_cursor)


@router.get("/searches/{search_id}", response_model=SearchRead,
            operation_id="hunter:get_search")
async def get_search(search_id: uuid.UUID, session: DbSession, actor: Actor = READ
                     ) -> SearchRead:
    return read(await hunter.searches.get(session, actor, search_id))
