from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.hunter.models import DirectoryEntry


class DirectoryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def entries(self, organization_id: uuid.UUID, list_name: str | None,
                      limit: int) -> list[DirectoryEntry]:
        stmt = select(DirectoryEntry).where(DirectoryEntry.organization_id == organization_id)
        if list_name:
            stmt = stmt.where(DirectoryEntry.list_name == list_name)
        return list((await self.session.scalars(
            stmt.order_by(DirectoryEntry.list_name, DirectoryEntry.row_number).limit(limit)
        )).all())

    async def lists(self, organization_id: uuid.UUID) -> list[tuple[str, int]]:
        rows = await self.session.execute(
            select(DirectoryEntry.list_name, func.count())
            .where(DirectoryEntry.organization_id == organization_id)
            .group_by(DirectoryEntry.list_name).order_by(DirectoryEntry.list_name))
        return [(name, int(n)) for name, n in rows]

    async def clear(self, organization_id: uuid.UUID, list_name: str) -> None:
        await self.session.execute(DirectoryEntry.__table__.delete().where(
            DirectoryEntry.organization_id == organization_id,
            DirectoryEntry.list_name == list_name))
