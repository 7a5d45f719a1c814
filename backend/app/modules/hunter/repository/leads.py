from __future__ import annotations

import uuid

from sqlalchemy import Select, Text, cast, func, or_, select
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.filtering import apply_filters
from app.modules.hunter.models import Lead
from app.modules.hunter.schemas.leads import LeadFilters


class LeadRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, organization_id: uuid.UUID, lead_id: uuid.UUID, *,
                  owner_id: uuid.UUID | None = None, for_update: bool = False) -> Lead | None:
        """`owner_id`: only that owner's lead (owner-scoped callers)."""
        stmt = select(Lead).where(Lead.organization_id == organization_id, Lead.id == lead_id)
        if owner_id is not None:
            stmt = stmt.where(Lead.owner_id == owner_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def many(self, organization_id: uuid.UUID, ids: list[uuid.UUID]) -> list[Lead]:
        return list((await self.session.scalars(select(Lead).where(
            Lead.organization_id == organization_id, Lead.id.in_(ids)))).all())

    async def existing_keys(self, organization_id: uuid.UUID, keys: list[str]) -> set[str]:
        """Which of these match keys some lead of the organization has (one index lookup
        per key, as the CRM's contact dedup does)."""
        if not keys:
            return set()
        wanted = (func.unnest(cast(array(keys), ARRAY(Text))).table_valued("key")
                  .render_derived(name="wanted"))
        has_key = Lead.match_keys.contains(array([wanted.c.key], type_=Text))
        rows = await self.session.scalars(
            select(wanted.c.key).join(Lead, has_key)
            .where(Lead.organization_id == organization_id).distinct())
        return set(rows.all())

    def list_query(self, organization_id: uuid.UUID, filters: LeadFilters,
                   owner_id: uuid.UUID | None) -> Select:
        stmt = select(Lead).where(Lead.organization_id == organization_id)
        if owner_id is not None:
            stmt = stmt.where(Lead.owner_id == owner_id)
        for word in (filters.q or "").split():
            pattern = f"%{word}%"
            stmt = stmt.where(or_(Lead.name.ilike(pattern), Lead.city.ilike(pattern)))
        if filters.min_score is not None:
            stmt = stmt.where(Lead.score >= filters.min_score)
        return apply_filters(stmt, {Lead.search_id: filters.search_id,
                                    Lead.status: filters.status, Lead.tier: filters.tier,
                                    Lead.qualified: filters.qualified,
                                    Lead.state: filters.state})
