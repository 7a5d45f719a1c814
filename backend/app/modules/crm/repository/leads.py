"""Every query of lead conversions."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.crm.models import LeadConversion


class LeadRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, organization_id: uuid.UUID, source: str, source_id: str
                    ) -> uuid.UUID | None:
        """The new conversion row's id, or None when this lead was converted already (a
        concurrent claim waits for the first one's transaction)."""
        stmt = (insert(LeadConversion)
                .values(id=uuid.uuid4(), organization_id=organization_id, source=source,
                        source_id=source_id)
                .on_conflict_do_nothing(
                    index_elements=["organization_id", "source", "source_id"])
                .returning(LeadConversion.id))
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def get(self, organization_id: uuid.UUID, source: str, source_id: str
                  ) -> LeadConversion | None:
        return (await self.session.scalars(select(LeadConversion).where(
            LeadConversion.organization_id == organization_id,
            LeadConversion.source == source, LeadConversion.source_id == source_id))
        ).one_or_none()
