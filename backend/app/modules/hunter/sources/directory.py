"""The company directory: the organization's uploaded lists (hunter_directory_entry) and,
outside production, the shipped demo directory (labelled demo)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.hunter import demo_directory
from app.modules.hunter.repository import DirectoryRepository
from app.modules.hunter.schemas.candidates import Candidate
from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.schemas.searches import DirectorySource
from app.modules.hunter.sources.base import Found, in_profile

SCAN_LIMIT = 50_000  # entries of the organization's lists read per search


async def find(session: AsyncSession, organization_id: uuid.UUID, spec: DirectorySource,
               icp: IcpCriteria, limit: int, *, demo_allowed: bool) -> Found:
    rows = await DirectoryRepository(session).entries(organization_id, spec.list_name,
                                                      SCAN_LIMIT)
    own = [Candidate.model_validate({**row.data, "name": row.name,
                                     "source": f"directory:{row.list_name}"}) for row in rows]
    pool = own + (list(demo_directory.entries())
                  if spec.include_demo and demo_allowed and not spec.list_name else [])
    picked = [c for c in pool if in_profile(c, icp)][:limit]
    name = f"directory:{spec.list_name}" if spec.list_name else "directory"
    return Found(name, picked)
