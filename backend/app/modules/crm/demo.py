"""The demo organization's CRM (`python -m app.cli seed-demo`): the default pipeline, the
client company the demo Cliente user is bound to, its contact and two deals. Idempotent."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.actor import Actor
from app.identity.demo import DEMO_CLIENT_COMPANY_ID
from app.modules.crm import companies, contacts, deals, pipelines
from app.modules.crm.repository import CompanyRepository, PipelineRepository
from app.modules.crm.schemas.common import Email, Phone
from app.modules.crm.schemas.companies import CompanyCreate
from app.modules.crm.schemas.contacts import ContactCreate
from app.modules.crm.schemas.deals import DealCreate


async def seed_demo(session: AsyncSession, organization_id: uuid.UUID) -> bool:
    """Returns whether it created the demo records (False: they were there)."""
    actor = Actor.system(organization_id)
    await pipelines.ensure_default(session, organization_id)
    if await CompanyRepository(session).get(actor.scope_for("crm"), DEMO_CLIENT_COMPANY_ID):
        return False
    company = await companies.create(session, actor, CompanyCreate(
        legal_name="Cliente Demonstração Ltda", trade_name="Cliente Demo",
        cnpj="11.222.333/0001-81", industry="Varejo", website="https://cliente-demo.com.br",
        phones=[Phone(number="(11) 3333-4444")]), company_id=DEMO_CLIENT_COMPANY_ID)
    contact = await contacts.create(session, actor, ContactCreate(
        name="Clara Cliente", emails=[Email(address="cliente@demo.local")],
        phones=[Phone(number="(11) 98888-7777", whatsapp=True)], job_title="Marketing",
        company_id=company.id, legal_basis="contract"))
    pipeline = await PipelineRepository(session).default(organization_id)
    assert pipeline is not None
    stages = await pipelines.stages_of(session, pipeline)
    for title, value, stage in (("Vídeo institucional 2027", Decimal("48000.00"), stages[2]),
                                ("Campanha de lançamento", Decimal("120000.00"), stages[3])):
        await deals.create(session, actor, DealCreate(
            title=title, value=value, pipeline_id=pipeline.id, stage_id=stage.id,
            company_id=company.id, contact_ids=[contact.id]))
    return True
