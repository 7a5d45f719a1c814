"""Lead conversion: a lead that accepted becomes a company, a contact and a deal, keeping
its score and provenance; once per source id (converting it again returns what it became).
Existing records are reused: the company by CNPJ or domain, the contact by e-mail or phone.

A person converts through `POST /crm/leads/convert`. The SDR hands its accepted leads over
as an event: it publishes `LeadAccepted(organization_id=..., lead=LeadConversion(...))` from
its own `events.py`, and the CRM's handler (`handlers.py`, `@on(LeadAccepted)`) calls
`convert(session, Actor.system(event.organization_id), event.lead)`; the answer is
`LeadConverted`.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.errors import Conflict, FieldError
from app.core.identifiers import normalize_domain
from app.identity.actor import Actor
from app.modules.crm import activities, companies, contacts, deals
from app.modules.crm.events import LeadConverted as LeadConvertedEvent
from app.modules.crm.models import ActivityKind, Company, Contact, LeadSource, RecordType
from app.modules.crm.records import remember, resolve_owner, scope_of
from app.modules.crm.repository import CompanyRepository, ContactRepository, LeadRepository
from app.modules.crm.schemas.activities import ActivityCreate
from app.modules.crm.schemas.companies import CompanyCreate
from app.modules.crm.schemas.contacts import ContactCreate
from app.modules.crm.schemas.deals import DealCreate
from app.modules.crm.schemas.leads import LeadConversion, LeadConverted, LeadMessage


def _visible(record: Company | Contact, actor: Actor) -> bool:
    owner = scope_of(actor).owner_id
    return owner is None or record.owner_id == owner


async def _company(session: AsyncSession, actor: Actor, body: LeadConversion,
                   owner_id: uuid.UUID | None) -> Company:
    repo, org, lead = CompanyRepository(session), actor.organization_id, body.company
    if lead.cnpj:
        for company in await repo.by_cnpjs(org, [lead.cnpj]):
            if not _visible(company, actor):
                raise Conflict("The lead's company belongs to another owner", errors=[
                    FieldError(field="company.cnpj", message="registered to another owner",
                               type="duplicate")])
            return company
    domain = lead.domain or (normalize_domain(lead.website) if lead.website
                             else None)
    if domain:
        for company in await repo.by_domains(org, [domain]):
            if _visible(company, actor):
                return company
    return await companies.create(session, actor, CompanyCreate(
        **lead.model_dump(exclude_none=True), owner_id=owner_id))


async def _contact(session: AsyncSession, actor: Actor, body: LeadConversion, company: Company,
                   owner_id: uuid.UUID | None, source: LeadSource) -> Contact:
    lead = body.contact
    found = await ContactRepository(session).by_emails_or_phones(
        actor.organization_id, [e.address for e in lead.emails], [p.number for p in lead.phones])
    for contact in found:
        if _visible(contact, actor):
            return contact
    return await contacts.create(session, actor, ContactCreate(
        **lead.model_dump(exclude_none=True), company_id=company.id, owner_id=owner_id,
        hunter_score=body.hunter_score, hunter_provenance=body.provenance), lead_source=source)


async def convert(session: AsyncSession, actor: Actor, body: LeadConversion) -> LeadConverted:
    repo, org = LeadRepository(session), actor.organization_id
    claimed = await repo.claim(org, body.source, body.source_id)
    if claimed is None:
        done = await repo.get(org, body.source, body.source_id)
        if done and done.company_id and done.contact_id and done.deal_id:
            return LeadConverted(company_id=done.company_id, contact_id=done.contact_id,
                                 deal_id=done.deal_id, created=False)
        raise Conflict("This lead was converted and its records were deleted since")
    source = LeadSource(body.source)
    owner_id = await resolve_owner(session, actor, body.owner_id)
    company = await _company(session, actor, body, owner_id)
    contact = await _contact(session, actor, body, company, owner_id, source)
    deal = await deals.create(session, actor, DealCreate(
        title=body.deal.title or company.trade_name or company.legal_name,
        value=body.deal.value, pipeline_id=body.deal.pipeline_id, company_id=company.id,
        contact_ids=[contact.id], owner_id=owner_id, source=source))
    conversion = await repo.get(org, body.source, body.source_id)
    assert conversion is not None
    conversion.company_id, conversion.contact_id, conversion.deal_id = (
        company.id, contact.id, deal.id)
    await _log(session, actor, contact.id, deal.id, body.messages)
    remember(session, actor, RecordType.contact, contact.id, "converted",
             source=body.source, source_id=body.source_id, deal_id=deal.id)
    await events.publish(session, LeadConvertedEvent(
        organization_id=org, source=body.source, source_id=body.source_id,
        company_id=company.id, contact_id=contact.id, deal_id=deal.id))
    return LeadConverted(company_id=company.id, contact_id=contact.id, deal_id=deal.id,
                         created=True)


async def log_messages(session: AsyncSession, actor: Actor, source: str, source_id: str,
                       messages: list[LeadMessage]) -> bool:
    """Later messages of a converted lead's conversation, onto its contact's and deal's
    timelines (once per external id); False when the lead was never converted."""
    done = await LeadRepository(session).get(actor.organization_id, source, source_id)
    if done is None or done.contact_id is None:
        return False
    await _log(session, actor, done.contact_id, done.deal_id, messages)
    return True


async def _log(session: AsyncSession, actor: Actor, contact_id: uuid.UUID,
               deal_id: uuid.UUID | None, messages: list[LeadMessage]) -> None:
    for message in messages:
        await activities.log(session, actor, ActivityCreate(
            kind=ActivityKind(message.kind), subject=message.subject or "",
            body=message.body, contact_id=contact_id, deal_id=deal_id,
            direction=message.direction, occurred_at=message.occurred_at,
            external_id=message.external_id))


async def known(session: AsyncSession, organization_id: uuid.UUID, *, cnpjs: list[str],
                domains: list[str], emails: list[str], phones: list[str]) -> set[str]:
    """Which of these identifiers (normalised) the CRM already holds, in the whole
    organization: companies by CNPJ or domain, contacts by e-mail or phone. Answered as
    "cnpj:...", "domain:...", "email:...", "phone:..." keys, so prospecting skips companies
    that are already customers or contacts."""
    found: set[str] = set()
    companies_repo = CompanyRepository(session)
    for company in await companies_repo.by_cnpjs(organization_id, cnpjs):
        found.add(f"cnpj:{company.cnpj}")
    for company in await companies_repo.by_domains(organization_id, domains):
        found.add(f"domain:{company.domain}")
    wanted_emails, wanted_phones = set(emails), set(phones)
    for contact in await ContactRepository(session).by_emails_or_phones(
            organization_id, emails, phones):
        found |= {f"email:{k}" for k in contact.match_keys if k in wanted_emails}
        found |= {f"phone:{k}" for k in contact.match_keys if k in wanted_phones}
    return found
