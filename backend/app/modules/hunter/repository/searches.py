from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.hunter.models import Search


class SearchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, organization_id: uuid.UUID, search_id: uuid.UUID, *,
                  for_update: bool = False) -> Search | None:
        stmt = select(Search).where(Search.organization_id == organization_id,
                                    Search.id == search_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def by_run(self, run_id: uuid.UUID) -> Search | None:
        return (await self.session.scalars(select(Search).where(
            Search.run_id == run_id))).one_or_none()

    def list_query(self, organization_id: uuid.UUID, started_by: uuid.UUID | None) -> Select:
        stmt = select(Search).where(Search.organization_id == organization_id)
        return stmt if started_by is None else stmt.where(Search.started_by == started_by)
