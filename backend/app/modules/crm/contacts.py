"""Contacts: create, read, update, delete and list (merging is in merging.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.errors import ValidationFailed
from app.core.filtering import SortSpec
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm import custom_fields
from app.modules.crm.events import ContactCreated
from app.modules.crm.models import Contact, Entity, LeadSource, RecordType
from app.modules.crm.records import check_tags, not_found, remember, resolve_owner, scope_of
from app.modules.crm.repository import CompanyRepository, ContactRepository
from app.modules.crm.schemas.contacts import (
    ContactCreate,
    ContactFields,
    ContactFilters,
    ContactUpdate,
)

SORTS = {"name": Contact.name, "created_at": Contact.created_at,
         "updated_at": Contact.updated_at}
DEFAULT_SORT = "-created_at"


async def check_company(session: AsyncSession, actor: Actor, company_id: uuid.UUID | None,
                        field: str = "company_id") -> uuid.UUID | None:
    """A company the caller can see, or 422 on `field`."""
    if company_id is not None and await CompanyRepository(session).get(
            scope_of(actor), company_id) is None:
        raise ValidationFailed.on(field, "No company you can see has this id")
    return company_id


def column_values(body: ContactFields) -> dict[str, Any]:
    values = body.model_dump(exclude_unset=True, exclude={
        "custom_fields", "tag_ids", "owner_id", "company_id", "opted_out"})
    if "emails" in values:
        values["emails"] = [e.model_dump() for e in body.emails or []]
    if "phones" in values:
        values["phones"] = [p.model_dump() for p in body.phones or []]
    if values.get("lead_source") is None:
        values.pop("lead_source", None)
    return values


def _apply_opt_out(contact: Contact, opted_out: bool | None, now: datetime) -> None:
    if opted_out is True and contact.opted_out_at is None:
        contact.opted_out_at = now
    elif opted_out is False:
        contact.opted_out_at = None


async def create(session: AsyncSession, actor: Actor, body: ContactCreate, *,
                 lead_source: LeadSource = LeadSource.manual) -> Contact:
    org, now = actor.organization_id, datetime.now(UTC)
    contact = Contact(
        organization_id=org, **{"lead_source": lead_source, **column_values(body)},
        company_id=await check_company(session, actor, body.company_id),
        owner_id=await resolve_owner(session, actor, body.owner_id),
        tag_ids=await check_tags(session, org, body.tag_ids) or [],
        custom_fields=await custom_fields.validated(session, org, Entity.contact,
                                                    body.custom_fields))
    _apply_opt_out(contact, body.opted_out, now)
    contact.refresh_lookups()
    session.add(contact)
    await session.flush()
    await audit.record(session, actor, "crm.contact.created", "crm_contact", contact.id,
                       after=audit.snapshot(contact))
    remember(session, actor, RecordType.contact, contact.id, "created")
    await events.publish(session, ContactCreated(
        organization_id=org, contact_id=contact.id, company_id=contact.company_id,
        owner_id=contact.owner_id))
    return contact


async def get(session: AsyncSession, actor: Actor, contact_id: uuid.UUID, *,
              for_update: bool = False) -> Contact:
    contact = await ContactRepository(session).get(scope_of(actor), contact_id,
                                                   for_update=for_update)
    if contact is None:
        raise not_found("Contact")
    return contact


async def update(session: AsyncSession, actor: Actor, contact_id: uuid.UUID,
                 body: ContactUpdate) -> Contact:
    contact = await get(session, actor, contact_id, for_update=True)
    before = audit.snapshot(contact)
    now = datetime.now(UTC)
    for name, value in column_values(body).items():
        setattr(contact, name, value)
    fields = body.model_fields_set
    if "company_id" in fields:
        contact.company_id = await check_company(session, actor, body.company_id)
    if "owner_id" in fields:
        contact.owner_id = await resolve_owner(session, actor, body.owner_id)
    if "tag_ids" in fields:
        contact.tag_ids = await check_tags(session, actor.organization_id, body.tag_ids) or []
    if "custom_fields" in fields:
        contact.custom_fields = await custom_fields.validated(
            session, actor.organization_id, Entity.contact, body.custom_fields,
            current=contact.custom_fields)
    _apply_opt_out(contact, body.opted_out, now)
    contact.refresh_lookups()
    await session.flush()
    await audit.record(session, actor, "crm.contact.updated", "crm_contact", contact.id,
                       before=before, after=audit.snapshot(contact))
    return contact


async def delete(session: AsyncSession, actor: Actor, contact_id: uuid.UUID) -> None:
    contact = await get(session, actor, contact_id, for_update=True)
    await audit.record(session, actor, "crm.contact.deleted", "crm_contact", contact.id,
                       before=audit.snapshot(contact))
    await session.delete(contact)


async def list_contacts(session: AsyncSession, actor: Actor, filters: ContactFilters,
                        sort: str | None, page: PageParams) -> tuple[list[Contact], str | None]:
    spec = SortSpec.parse(sort, SORTS, DEFAULT_SORT)
    conditions = await custom_fields.conditions(session, actor.organization_id,
                                                Entity.contact, filters.custom)
    stmt = ContactRepository(session).list_query(scope_of(actor), filters, conditions)
    return await paginate(session, stmt, sort=spec.column, tiebreaker=Contact.id,
                          params=page, descending=spec.descending)


async def opted_out(session: AsyncSession, organization_id: uuid.UUID, *, emails: list[str],
                    phones: list[str]) -> set[str]:
    """Which of these (normalised) e-mails and phones belong to a contact who opted out of
    messages: nobody may write to them (the SDR checks before every send)."""
    wanted = set(emails) | set(phones)
    found: set[str] = set()
    for contact in await ContactRepository(session).by_emails_or_phones(
            organization_id, emails, phones):
        if contact.opted_out_at is not None:
            found |= wanted & set(contact.match_keys)
    return found
