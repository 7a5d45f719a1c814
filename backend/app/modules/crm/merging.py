"""Merging duplicate companies or contacts into one: the kept record fills its empty fields
from the duplicates (its own values win), gathers their phones, e-mails, tags and custom
values, takes over everything that pointed at them (contacts, deals, activities, timeline,
lead conversions), and the duplicates are deleted."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.errors import ValidationFailed
from app.identity.actor import Actor
from app.modules.crm import companies, contacts
from app.modules.crm.events import CompaniesMerged, ContactsMerged
from app.modules.crm.models import Company, Contact, RecordType
from app.modules.crm.records import remember, scope_of
from app.modules.crm.repository import CompanyRepository, ContactRepository

COMPANY_FIELDS = ("trade_name", "industry", "cnae", "size", "website", "domain", "address")
CONTACT_FIELDS = ("job_title", "company_id", "hunter_score", "hunter_provenance",
                  "legal_basis")


def fill_empty(target: Any, source: Any, fields: tuple[str, ...]) -> None:
    for name in fields:
        if getattr(target, name) in (None, "", {}, []) and getattr(source, name) not in (
                None, "", {}, []):
            setattr(target, name, getattr(source, name))


def union(items: list[dict[str, Any]], more: list[dict[str, Any]], key: str
          ) -> list[dict[str, Any]]:
    seen = {item[key] for item in items}
    merged = list(items)
    for item in more:
        if item[key] not in seen:
            seen.add(item[key])
            merged.append({**item, "primary": False} if "primary" in item else item)
    return merged


def _gather(target: Company | Contact, duplicate: Company | Contact) -> None:
    target.phones = union(target.phones, duplicate.phones, "number")
    target.tag_ids = list(dict.fromkeys([*target.tag_ids, *duplicate.tag_ids]))
    target.custom_fields = {**duplicate.custom_fields, **target.custom_fields}


def _check(target_id: uuid.UUID, duplicate_ids: list[uuid.UUID], found: list[Any]) -> None:
    if target_id in duplicate_ids:
        raise ValidationFailed.on("duplicate_ids", "A record cannot be merged into itself")
    missing = set(duplicate_ids) - {d.id for d in found}
    if missing:
        raise ValidationFailed.on("duplicate_ids", "Not found: " + ", ".join(
            sorted(map(str, missing))))


async def merge_companies(session: AsyncSession, actor: Actor, company_id: uuid.UUID,
                          duplicate_ids: list[uuid.UUID]) -> Company:
    target = await companies.get(session, actor, company_id, for_update=True)
    repo = CompanyRepository(session)
    duplicates = await repo.many(scope_of(actor), duplicate_ids, for_update=True)
    _check(target.id, duplicate_ids, duplicates)
    cnpjs = {c.cnpj for c in [target, *duplicates] if c.cnpj}
    if len(cnpjs) > 1:
        raise ValidationFailed.on("duplicate_ids", "Companies with different CNPJs are "
                                                   "different legal entities")
    before = audit.snapshot(target)
    for duplicate in duplicates:
        fill_empty(target, duplicate, COMPANY_FIELDS)
        _gather(target, duplicate)
    cnpj = next(iter(cnpjs), None)
    for duplicate in duplicates:
        duplicate.cnpj = None  # frees the CNPJ before the kept record takes it
    await session.flush()
    target.cnpj = cnpj
    target.refresh_lookups()
    await repo.repoint(actor.organization_id, target.id, duplicate_ids)
    for duplicate in duplicates:
        await audit.record(session, actor, "crm.company.merged", "crm_company", duplicate.id,
                           before=audit.snapshot(duplicate), after={"merged_into": target.id})
        await session.delete(duplicate)
    await session.flush()
    await audit.record(session, actor, "crm.company.updated", "crm_company", target.id,
                       before=before, after=audit.snapshot(target))
    remember(session, actor, RecordType.company, target.id, "merged",
             merged_ids=[str(i) for i in duplicate_ids])
    await events.publish(session, CompaniesMerged(
        organization_id=actor.organization_id, company_id=target.id, merged_ids=duplicate_ids))
    return target


async def merge_contacts(session: AsyncSession, actor: Actor, contact_id: uuid.UUID,
                         duplicate_ids: list[uuid.UUID]) -> Contact:
    target = await contacts.get(session, actor, contact_id, for_update=True)
    repo = ContactRepository(session)
    duplicates = await repo.many(scope_of(actor), duplicate_ids, for_update=True)
    _check(target.id, duplicate_ids, duplicates)
    before = audit.snapshot(target)
    for duplicate in duplicates:
        fill_empty(target, duplicate, CONTACT_FIELDS)
        _gather(target, duplicate)
        target.emails = union(target.emails, duplicate.emails, "address")
        opted = [t for t in (target.opted_out_at, duplicate.opted_out_at) if t]
        target.opted_out_at = min(opted) if opted else None  # an opt-out is never lost
    target.refresh_lookups()
    await repo.repoint(actor.organization_id, target.id, duplicate_ids)
    for duplicate in duplicates:
        await audit.record(session, actor, "crm.contact.merged", "crm_contact", duplicate.id,
                           before=audit.snapshot(duplicate), after={"merged_into": target.id})
        await session.delete(duplicate)
    await session.flush()
    await audit.record(session, actor, "crm.contact.updated", "crm_contact", target.id,
                       before=before, after=audit.snapshot(target))
    remember(session, actor, RecordType.contact, target.id, "merged",
             merged_ids=[str(i) for i in duplicate_ids])
    await events.publish(session, ContactsMerged(
        organization_id=actor.organization_id, contact_id=target.id, merged_ids=duplicate_ids))
    return target
