"""Who sees what: Comercial only its own records (others' are 404, lists and search leave
them out), Diretor and Admin everything, Agente_IA reads but never writes, Cliente nothing,
another organization's records are 404."""

from __future__ import annotations

import uuid

from app.identity.roles import Role
from tests.crm.conftest import CNPJ_A, CNPJ_A_DIGITS, new_id


class TestComercial:
    async def test_sees_and_edits_only_its_own(self, api, admin, comercial, org, make_member):
        mine, boss = api(comercial), api(admin)
        colleague = api(await make_member(org, Role.comercial))
        own = await mine.company("Minha Ltda")
        theirs = await colleague.company("Deles Ltda", cnpj=CNPJ_A)
        own_deal = await mine.deal(company_id=own["id"])
        their_deal = await colleague.deal()

        listed = (await mine.call("GET", "/companies", 200)).json()["items"]
        assert [c["id"] for c in listed] == [own["id"]]
        await mine.call("GET", f"/companies/{theirs['id']}", 404)
        await mine.call("PATCH", f"/companies/{theirs['id']}", 404, json={"industry": "X"})
        await mine.call("DELETE", f"/deals/{their_deal['id']}", 404)
        await mine.call("GET", f"/deals/{their_deal['id']}/timeline", 404)
        moved = await mine.move(their_deal, their_deal["stage_id"], 0)
        assert moved.status_code == 404
        found = (await mine.call("GET", "/search", 200, params={"q": CNPJ_A})).json()
        assert found["companies"] == []
        deals = (await mine.call("GET", "/deals", 200)).json()["items"]
        assert [d["id"] for d in deals] == [own_deal["id"]]
        everything = (await boss.call("GET", "/companies", 200)).json()["items"]
        assert {c["id"] for c in everything} == {own["id"], theirs["id"]}
        assert (await boss.call("GET", f"/companies/{theirs['id']}", 200)).json()["cnpj"] == \
            CNPJ_A_DIGITS

    async def test_cannot_give_records_away_nor_link_others(self, api, admin, comercial):
        mine, boss = api(comercial), api(admin)
        r = await mine.call("POST", "/companies", 422,
                            json={"legal_name": "X", "owner_id": str(admin.user_id)})
        assert r.json()["errors"][0]["field"] == "owner_id"
        theirs = await boss.company("Do Admin")
        r = await mine.call("POST", "/contacts", 422,
                            json={"name": "Y", "company_id": theirs["id"]})
        assert r.json()["errors"][0]["field"] == "company_id"
        given = await boss.company("Para a Carla", owner_id=str(comercial.user_id))
        assert (await mine.call("GET", f"/companies/{given['id']}", 200)).json()["owner_id"] \
            == str(comercial.user_id)


class TestOtherRoles:
    async def test_agente_ia_reads_and_never_writes(self, api, admin, org, make_member):
        company = await api(admin).company()
        agent = api(await make_member(org, Role.agente_ia))
        assert (await agent.call("GET", f"/companies/{company['id']}", 200)).json()["id"] == \
            company["id"]
        await agent.call("POST", "/companies", 403, json={"legal_name": "Bot Ltda"})
        await agent.call("PATCH", f"/companies/{company['id']}", 403, json={"industry": "X"})
        await agent.call("DELETE", f"/companies/{company['id']}", 403)

    async def test_an_api_key_with_crm_read_reads(self, client, admin):
        key = (await client.post("/api/v1/admin/api-keys", headers=admin.headers, json={
            "name": "agente", "role": "Agente_IA", "scopes": ["crm:read"]})).json()["key"]
        r = await client.get("/api/v1/crm/companies", headers={"X-API-Key": key})
        assert r.status_code == 200
        r = await client.post("/api/v1/crm/companies", headers={"X-API-Key": key},
                              json={"legal_name": "X"})
        assert r.status_code == 403

    async def test_cliente_sees_nothing(self, api, admin, org, make_member):
        company = await api(admin).company()
        cliente = api(await make_member(org, Role.cliente,
                                        client_company_id=uuid.UUID(company["id"])))
        for path in ("/companies", f"/companies/{company['id']}", "/deals", "/pipelines",
                     "/search?q=alfa"):
            await cliente.call("GET", path, 403)

    async def test_another_organization_is_404(self, api, admin, make_org, make_member):
        crm = api(admin)
        company = await crm.company()
        contact = await crm.contact()
        deal = await crm.deal()
        pipeline = await crm.default_pipeline()
        stranger = api(await make_member(await make_org(), Role.admin))
        for method, path in [("GET", f"/companies/{company['id']}"),
                             ("PATCH", f"/companies/{company['id']}"),
                             ("DELETE", f"/contacts/{contact['id']}"),
                             ("GET", f"/deals/{deal['id']}"),
                             ("GET", f"/pipelines/{pipeline['id']}/board"),
                             ("PATCH", f"/stages/{pipeline['stages'][0]['id']}"),
                             ("POST", f"/companies/{company['id']}/merge")]:
            body = ({"duplicate_ids": [new_id()]} if path.endswith("/merge")
                    else {} if method == "PATCH" else None)
            r = await stranger.call(method, path, json=body)
            assert r.status_code == 404, (method, path, r.status_code)
        moved = await stranger.move(deal, pipeline["stages"][1]["id"], 0)
        assert moved.status_code == 404
        assert (await crm.call("GET", f"/deals/{deal['id']}")).json()["version"] == 1
