"""Companies: create, read, update, delete and list (merging is in merging.py).

    company = await crm.companies.create(session, actor, CompanyCreate(legal_name="...",
                                                                       cnpj="11.222.333/0001-81"))
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.errors import Conflict, FieldError
from app.core.filtering import SortSpec
from app.core.identifiers import normalize_domain
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm import custom_fields
from app.modules.crm.events import CompanyCreated
from app.modules.crm.models import Company, Entity, RecordType
from app.modules.crm.records import check_tags, not_found, remember, resolve_owner, scope_of
from app.modules.crm.repository import CompanyRepository
from app.modules.crm.schemas.companies import (
    CompanyCreate,
    CompanyFields,
    CompanyFilters,
    CompanyUpdate,
)

SORTS = {"legal_name": Company.legal_name, "created_at": Company.created_at,
         "updated_at": Company.updated_at}
DEFAULT_SORT = "-created_at"


def column_values(body: CompanyFields) -> dict[str, Any]:
    """The set fields of a create or update, as columns (custom fields, tags and owner
    aside)."""
    values = body.model_dump(exclude_unset=True, exclude={"custom_fields", "tag_ids",
                                                          "owner_id"})
    if "address" in values:
        values["address"] = body.address.model_dump(exclude_none=True) if body.address else {}
    if "phones" in values:
        values["phones"] = [p.model_dump() for p in body.phones or []]
    if values.get("website") and not values.get("domain"):
        values["domain"] = normalize_domain(values["website"])
    return values


async def _check_cnpj(session: AsyncSession, organization_id: uuid.UUID, cnpj: str | None,
                      besides: uuid.UUID | None = None) -> None:
    if not cnpj:
        return
    holders = [c for c in await CompanyRepository(session).by_cnpjs(organization_id, [cnpj])
               if c.id != besides]
    if holders:
        raise Conflict("A company with this CNPJ exists", errors=[FieldError(
            field="cnpj", message=f"already registered (company {holders[0].id})",
            type="duplicate")])


async def create(session: AsyncSession, actor: Actor, body: CompanyCreate, *,
                 company_id: uuid.UUID | None = None) -> Company:
    """`company_id`: a known id for the new company (the demo's client company)."""
    org = actor.organization_id
    values = column_values(body)
    await _check_cnpj(session, org, values.get("cnpj"))
    company = Company(
        id=company_id or uuid.uuid4(), organization_id=org, **values,
        owner_id=await resolve_owner(session, actor, body.owner_id),
        tag_ids=await check_tags(session, org, body.tag_ids) or [],
        custom_fields=await custom_fields.validated(session, org, Entity.company,
                                                    body.custom_fields))
    company.refresh_lookups()
    session.add(company)
    await session.flush()
    await audit.record(session, actor, "crm.company.created", "crm_company", company.id,
                       after=audit.snapshot(company))
    remember(session, actor, RecordType.company, company.id, "created")
    await events.publish(session, CompanyCreated(
        organization_id=org, company_id=company.id, legal_name=company.legal_name,
        cnpj=company.cnpj, domain=company.domain, owner_id=company.owner_id))
    return company


async def get(session: AsyncSession, actor: Actor, company_id: uuid.UUID, *,
              for_update: bool = False) -> Company:
    company = await CompanyRepository(session).get(scope_of(actor), company_id,
                                                   for_update=for_update)
    if company is None:
        raise not_found("Company")
    return company


async def update(session: AsyncSession, actor: Actor, company_id: uuid.UUID,
                 body: CompanyUpdate) -> Company:
    company = await get(session, actor, company_id, for_update=True)
    before = audit.snapshot(company)
    values = column_values(body)
    if values.get("cnpj") != company.cnpj:
        await _check_cnpj(session, actor.organization_id, values.get("cnpj"), company.id)
    for name, value in values.items():
        setattr(company, name, value)
    fields = body.model_fields_set
    if "owner_id" in fields:
        company.owner_id = await resolve_owner(session, actor, body.owner_id)
    if "tag_ids" in fields:
        company.tag_ids = await check_tags(session, actor.organization_id, body.tag_ids) or []
    if "custom_fields" in fields:
        company.custom_fields = await custom_fields.validated(
            session, actor.organization_id, Entity.company, body.custom_fields,
            current=company.custom_fields)
    company.refresh_lookups()
    await session.flush()
    await audit.record(session, actor, "crm.company.updated", "crm_company", company.id,
                       before=before, after=audit.snapshot(company))
    return company


async def delete(session: AsyncSession, actor: Actor, company_id: uuid.UUID) -> None:
    """Its contacts and deals stay (without a company); its activities go."""
    company = await get(session, actor, company_id, for_update=True)
    await audit.record(session, actor, "crm.company.deleted", "crm_company", company.id,
                       before=audit.snapshot(company))
    await session.delete(company)


async def list_companies(session: AsyncSession, actor: Actor, filters: CompanyFilters,
                         sort: str | None, page: PageParams) -> tuple[list[Company], str | None]:
    spec = SortSpec.parse(sort, SORTS, DEFAULT_SORT)
    conditions = await custom_fields.conditions(session, actor.organization_id,
                                                Entity.company, filters.custom)
    stmt = CompanyRepository(session).list_query(scope_of(actor), filters, conditions)
    return await paginate(session, stmt, sort=spec.column, tiebreaker=Company.id,
                          params=page, descending=spec.descending)
