"""A lead the SDR accepts becomes, once, a CRM company, contact and deal in the first stage of
the default pipeline, with its hunter score and provenance."""

from __future__ import annotations

from tests.hunter.conftest import AGENCIES_SP, Api, settle


class TestAcceptance:
    async def test_an_accepted_lead_lands_in_the_crm_once(self, client, diretor):
        hunter = Api(client, diretor)
        search = await hunter.search(criteria=AGENCIES_SP, sources=[{"type": "directory"}],
                                     limit=3)
        lead = (await hunter.leads(search_id=search["id"]))[0]
        body = {"deal_value": "15000.00"}
        for _ in range(2):
            r = await client.post(f"/api/v1/sdr/leads/{lead['id']}/accept", json=body,
                                  headers=diretor.headers)
            assert r.status_code == 202, r.text
            assert r.json()["source_id"] == lead["id"]
            await settle()

        crm = "/api/v1/crm"
        [company] = (await client.get(f"{crm}/companies", headers=diretor.headers,
                                      params={"q": lead["cnpj"]})).json()["items"]
        assert (company["cnpj"], company["domain"]) == (lead["cnpj"], lead["domain"])
        [deal] = (await client.get(f"{crm}/deals", headers=diretor.headers,
                                   params={"company_id": company["id"]})).json()["items"]
        pipelines = (await client.get(f"{crm}/pipelines", headers=diretor.headers)).json()
        default = next(p for p in pipelines if p["is_default"])
        assert deal["stage_id"] == default["stages"][0]["id"]
        assert (deal["value"], deal["title"]) == ("15000.00", f"{lead['name']}: primeiro projeto")
        assert deal["owner_id"] == str(diretor.user_id)
        [contact] = (await client.get(f"{crm}/contacts", headers=diretor.headers,
                                      params={"company_id": company["id"]})).json()["items"]
        assert contact["name"] == lead["contacts"][0]["name"]
        assert contact["hunter_score"] == lead["score"]
        assert contact["hunter_provenance"]["cnpj"]["source"] == "directory:demo"

    async def test_an_unknown_lead_is_404_and_announces_nothing(self, client, diretor):
        r = await client.post("/api/v1/sdr/leads/00000000-0000-0000-0000-000000000001/accept",
                              json={}, headers=diretor.headers)
        assert r.status_code == 404
