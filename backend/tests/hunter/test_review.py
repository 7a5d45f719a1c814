"""Reviewing leads: approve (a qualified one is announced to the SDR), discard with a reason,
re-score with a note and corrected facts; a Comercial sees only its own leads; won deals
make new leads comparable with the customers they resemble."""

from __future__ import annotations

from sqlalchemy import select

from app.core.db import get_sessionmaker
from app.core.events.models import OutboxEvent
from tests.hunter.conftest import AGENCIES_SP, fields_of, settle

DIRECTORY = [{"type": "directory"}]


async def announced(organization_id, name: str) -> list[dict]:
    async with get_sessionmaker()() as session:
        rows = await session.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.organization_id == organization_id, OutboxEvent.name == name))
        return list(rows.all())


class TestReview:
    async def test_approving_a_qualified_lead_announces_it_once(self, api, diretor):
        crm = api(diretor)
        search = await crm.search(criteria=AGENCIES_SP, sources=DIRECTORY, limit=30,
                                  threshold=90)
        leads = await crm.leads(search_id=search["id"])
        hot = next(lead for lead in leads if lead["qualified"])
        cold = next(lead for lead in leads if not lead["qualified"])
        approved = (await crm.call("POST", f"/leads/{hot['id']}/approve", 200)).json()
        assert approved["status"] == "approved" and approved["reviewed_by"] == \
            str(diretor.user_id)
        await crm.call("POST", f"/leads/{hot['id']}/approve", 200)
        await crm.call("POST", f"/leads/{cold['id']}/approve", 200)
        events = await announced(diretor.organization_id, "hunter.lead_qualified")
        assert [(e["lead_id"], e["score"]) for e in events] == [(hot["id"], hot["score"])]
        assert (await crm.leads(status="approved", qualified=True))[0]["id"] == hot["id"]

    async def test_discarding_needs_a_reason(self, api, diretor):
        crm = api(diretor)
        search = await crm.search(criteria=AGENCIES_SP, sources=DIRECTORY, limit=2)
        lead = (await crm.leads(search_id=search["id"]))[0]
        refused = await crm.call("POST", f"/leads/{lead['id']}/discard", 422, json={"reason": ""})
        assert fields_of(refused) == {"reason"}
        assert (await crm.call("GET", f"/leads/{lead['id']}", 200)).json()["status"] == "new"
        done = (await crm.call("POST", f"/leads/{lead['id']}/discard", 200,
                               json={"reason": "Já é atendido por concorrente"})).json()
        assert (done["status"], done["discard_reason"]) == ("discarded",
                                                            "Já é atendido por concorrente")

    async def test_a_rescore_reruns_the_qualifier_with_corrected_facts(self, api, diretor):
        crm = api(diretor)
        icp = await crm.icp(threshold=90)
        search = await crm.search(icp_id=icp["id"], sources=DIRECTORY, limit=30)
        small = next(lead for lead in await crm.leads(search_id=search["id"])
                     if lead["size"] in ("micro", "small"))
        assert not small["qualified"]
        redone = (await crm.call("POST", f"/leads/{small['id']}/rescore", 200, json={
            "feedback": "Cresceu: hoje tem 80 funcionários",
            "corrections": {"size": "medium", "employees": 80}})).json()
        assert redone["score"] > small["score"] and redone["qualified"]
        assert (redone["size"], redone["employees"]) == ("medium", 80)
        assert redone["feedback"] == "Cresceu: hoje tem 80 funcionários"
        assert redone["provenance"]["size"]["source"] == "reviewer"
        assert redone["reason"].startswith(f"Pontuação {redone['score']}.")
        bad = await crm.call("POST", f"/leads/{small['id']}/rescore", 422, json={
            "feedback": "ok", "corrections": {"cnae": "73"}})
        assert fields_of(bad) == {"feedback", "corrections.cnae"}

    async def test_a_comercial_sees_only_the_leads_it_owns(self, api, diretor, comercial):
        search = await api(diretor).search(criteria=AGENCIES_SP, sources=DIRECTORY, limit=3)
        mine = api(comercial)
        assert await mine.leads() == []
        lead = (await api(diretor).leads(search_id=search["id"]))[0]
        await mine.call("GET", f"/leads/{lead['id']}", 404)
        await mine.call("GET", f"/searches/{search['id']}", 404)
        await mine.call("POST", f"/leads/{lead['id']}/approve", 403)


class TestWonCustomers:
    async def test_a_won_deal_gives_new_leads_their_similarity_to_it(self, api, admin, client):
        crm = api(admin)
        company = (await client.post("/api/v1/crm/companies", headers=admin.headers, json={
            "legal_name": "Agência Cliente Ltda", "industry": "Agências de publicidade",
            "size": "medium", "address": {"city": "São Paulo", "state": "SP"}})).json()
        pipelines = (await client.get("/api/v1/crm/pipelines", headers=admin.headers)).json()
        won = next(s for s in pipelines[0]["stages"] if s["is_won"])
        deal = (await client.post("/api/v1/crm/deals", headers=admin.headers, json={
            "title": "Filme institucional", "company_id": company["id"]})).json()
        r = await client.post(f"/api/v1/crm/deals/{deal['id']}/move", headers=admin.headers,
                              json={"stage_id": won["id"], "position": 0,
                                    "version": deal["version"]})
        assert r.status_code == 200, r.text
        await settle()
        search = await crm.search(criteria=AGENCIES_SP, sources=DIRECTORY, limit=5)
        leads = await crm.leads(search_id=search["id"])
        assert all(lead["similarity"] is not None for lead in leads)
        best = leads[0]
        item = next(i for i in best["breakdown"] if i["criterion"] == "similarity")
        assert item["label"] == "Parecido com clientes ganhos" and item["points"] > 0
