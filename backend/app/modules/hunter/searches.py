"""Search sessions: started here (a row and an agent run of the `prospecting` crew, queued
with it in one commit), run by the worker (prospecting.py), read back with their counters."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.core import audit
from app.core.errors import NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.hunter import icps
from app.modules.hunter.models import Search, SearchStatus
from app.modules.hunter.qualifier import AGENT
from app.modules.hunter.repository import SearchRepository
from app.modules.hunter.schemas.searches import SearchCreate

CREW = "prospecting"


async def start(session: AsyncSession, actor: Actor, body: SearchCreate) -> Search:
    icp_id = icp_version = None
    if body.icp_id is not None:
        icp = await icps.get(session, actor, body.icp_id)
        if icp.archived_at is not None:
            raise ValidationFailed.on("icp_id", "This ICP is archived")
        criteria, threshold = icp.criteria, icp.threshold
        icp_id, icp_version = icp.id, icp.version
    else:
        assert body.criteria is not None  # the schema wants one of them
        criteria, threshold = body.criteria.model_dump(mode="json"), body.threshold
    search = Search(organization_id=actor.organization_id, icp_id=icp_id,
                    icp_version=icp_version, criteria=criteria, threshold=threshold,
                    sources=[s.model_dump(mode="json") for s in body.sources],
                    limit=body.limit, enrich_cnpj=body.enrich_cnpj,
                    status=SearchStatus.queued, started_by=actor.user_id, report=[])
    session.add(search)
    await session.flush()
    run = await runs.start_run(session, organization_id=actor.organization_id, agent=AGENT,
                               crew=CREW, input={"search_id": str(search.id)},
                               trigger=runs.trigger_for(actor))
    search.run_id = run.id
    await audit.record(session, actor, "hunter.search.started", "hunter_search", search.id,
                       after=audit.snapshot(search))
    return search


async def get(session: AsyncSession, actor: Actor, search_id: uuid.UUID) -> Search:
    search = await SearchRepository(session).get(actor.organization_id, search_id)
    owner = actor.scope_for("hunter").owner_id
    if search is None or (owner is not None and search.started_by != owner):
        raise NotFound("Search not found")
    return search


async def list_searches(session: AsyncSession, actor: Actor, page: PageParams
                        ) -> tuple[list[Search], str | None]:
    stmt = SearchRepository(session).list_query(actor.organization_id,
                                                actor.scope_for("hunter").owner_id)
    return await paginate(session, stmt, sort=Search.created_at, tiebreaker=Search.id,
                          params=page)
