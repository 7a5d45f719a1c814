from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.hunter.models import Icp, IcpVersion


class IcpRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, organization_id: uuid.UUID, icp_id: uuid.UUID, *,
                  for_update: bool = False) -> Icp | None:
        stmt = select(Icp).where(Icp.organization_id == organization_id, Icp.id == icp_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def by_name(self, organization_id: uuid.UUID, name: str) -> Icp | None:
        return (await self.session.scalars(select(Icp).where(
            Icp.organization_id == organization_id, Icp.name == name))).one_or_none()

    def list_query(self, organization_id: uuid.UUID, archived: bool) -> Select:
        stmt = select(Icp).where(Icp.organization_id == organization_id)
        return stmt.where(Icp.archived_at.is_not(None) if archived else Icp.archived_at.is_(None))

    async def versions(self, organization_id: uuid.UUID, icp_id: uuid.UUID
                       ) -> list[IcpVersion]:
        return list((await self.session.scalars(select(IcpVersion).where(
            IcpVersion.organization_id == organization_id, IcpVersion.icp_id == icp_id)
            .order_by(IcpVersion.version.desc()))).all())
