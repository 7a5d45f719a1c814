"""The service as other modules call it: SDR's future `LeadAccepted` handler converts with
the system actor; the demo seed creates the client company the demo Cliente is bound to."""

from __future__ import annotations

import uuid

from app.core.db import get_sessionmaker
from app.identity.actor import Actor
from app.identity.demo import DEMO_CLIENT_COMPANY_ID
from app.modules.crm import service as crm
from app.modules.crm.schemas import LeadConversion


class TestAsOtherModulesCall:
    async def test_conversion_by_the_system_actor_is_idempotent(self, org, admin):
        lead = LeadConversion.model_validate({
            "source": "sdr", "source_id": f"lead-{uuid.uuid4()}", "owner_id": admin.user_id,
            "company": {"legal_name": "Pousada Mar Ltda"},
            "contact": {"name": "Rui", "phones": [{"number": "(48) 99999-1111",
                                                  "whatsapp": True}]}})
        async with get_sessionmaker()() as session:
            first = await crm.leads.convert(session, Actor.system(org.id), lead)
            await session.commit()
        async with get_sessionmaker()() as session:
            again = await crm.leads.convert(session, Actor.system(org.id), lead)
            deal = await crm.deals.get(session, Actor.system(org.id), first.deal_id)
        assert (again.deal_id, again.created, first.created) == (first.deal_id, False, True)
        assert deal.owner_id == admin.user_id and deal.contact_ids == [first.contact_id]

    async def test_demo_seed_once(self, make_org):
        org = await make_org("Demo")
        for expected in (True, False):
            async with get_sessionmaker()() as session:
                assert await crm.seed_demo(session, org.id) is expected
                await session.commit()
        async with get_sessionmaker()() as session:
            company = await crm.companies.get(session, Actor.system(org.id),
                                              DEMO_CLIENT_COMPANY_ID)
            board = await crm.board.get_board(
                session, Actor.system(org.id),
                (await crm.pipelines.default_pipeline(session, org.id)).id, owner_id=None,
                per_stage=5)
        assert company.trade_name == "Cliente Demo"
        assert sum(c.count for c in board.columns) == 2
