"""The source hunters: each finds candidate companies for an ICP and reports what it found
and what it cost. `find(spec, ...)` picks the source of a search's source spec."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.schemas.searches import DirectorySource, SerpApiSource, SourceSpec
from app.modules.hunter.sources import directory, serp, web
from app.modules.hunter.sources.base import Found

__all__ = ["Found", "TOOLS", "find"]

# the crew's tool each source is (the prospecting crew's allow-list names them)
TOOLS = {"directory": "search_directory", "web": "research_web", "serpapi": "search_serpapi"}


async def find(session: AsyncSession, organization_id: uuid.UUID, spec: SourceSpec,
               icp: IcpCriteria, limit: int, *, demo_allowed: bool, context: dict) -> Found:
    if isinstance(spec, DirectorySource):
        return await directory.find(session, organization_id, spec, icp, limit,
                                    demo_allowed=demo_allowed)
    if isinstance(spec, SerpApiSource):
        return await serp.find(session, organization_id, spec, limit, context)
    return await web.find(spec, limit)
