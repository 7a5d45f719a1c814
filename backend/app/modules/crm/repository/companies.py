"""Every query of companies."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select, update

from app.core.filtering import apply_filters
from app.identity.actor import Scope
from app.modules.crm.models import (
    Activity,
    Company,
    Contact,
    Deal,
    LeadConversion,
    RecordEvent,
    RecordType,
)
from app.modules.crm.repository.scoping import (
    CustomCondition,
    ScopedRecords,
    any_tag,
    custom_field_filters,
    folded_equals,
    matching,
    scoped,
)
from app.modules.crm.schemas.companies import CompanyFilters


class CompanyRepository(ScopedRecords[Company]):
    model = Company

    def list_query(self, scope: Scope, filters: CompanyFilters,
                   custom: list[CustomCondition]) -> Select:
        stmt = scoped(select(Company), Company, scope)
        if filters.q:
            stmt = stmt.where(matching(Company.search_text, filters.q))
        if filters.ids:
            stmt = stmt.where(Company.id.in_(filters.ids))
        if filters.tag_ids:
            stmt = stmt.where(any_tag(Company.tag_ids, filters.tag_ids))
        if filters.industry:
            stmt = stmt.where(folded_equals(Company.industry, filters.industry))
        if filters.state:
            stmt = stmt.where(Company.address["state"].astext == filters.state.upper())
        if filters.city:
            stmt = stmt.where(folded_equals(Company.address["city"].astext, filters.city))
        stmt = apply_filters(stmt, {
            Company.owner_id: filters.owner_id,
            Company.size: filters.size,
            Company.created_at: (filters.created_from, filters.created_to),
        })
        return custom_field_filters(stmt, Company.custom_fields, custom)

    async def by_cnpjs(self, organization_id: uuid.UUID, cnpjs: list[str]) -> list[Company]:
        """Matches in the whole organization (dedup sees what the caller may not)."""
        if not cnpjs:
            return []
        return list((await self.session.scalars(select(Company).where(
            Company.organization_id == organization_id, Company.cnpj.in_(cnpjs)))).all())

    async def by_domains(self, organization_id: uuid.UUID, domains: list[str]
                         ) -> list[Company]:
        if not domains:
            return []
        return list((await self.session.scalars(select(Company).where(
            Company.organization_id == organization_id, Company.domain.in_(domains))
            .order_by(Company.created_at))).all())

    async def repoint(self, organization_id: uuid.UUID, target_id: uuid.UUID,
                      duplicate_ids: list[uuid.UUID]) -> None:
        """Everything that pointed at the duplicates points at the target."""
        for model in (Contact, Deal, Activity, LeadConversion):
            await self.session.execute(
                update(model).where(model.organization_id == organization_id,
                                    model.company_id.in_(duplicate_ids))
                .values(company_id=target_id))
        await self.session.execute(
            update(RecordEvent).where(RecordEvent.organization_id == organization_id,
                                      RecordEvent.record_type == RecordType.company,
                                      RecordEvent.record_id.in_(duplicate_ids))
            .values(record_id=target_id))
