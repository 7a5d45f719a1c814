"""Lead conversion: company, contact and deal from one lead, with score and provenance;
idempotent by source id (also when two arrive at once); existing records are reused."""

from __future__ import annotations

import asyncio

from tests.crm.conftest import CNPJ_A, CNPJ_A_DIGITS

LEAD = {
    "source": "sdr", "source_id": "lead-42",
    "company": {"legal_name": "Cervejaria Serra Ltda", "cnpj": CNPJ_A,
                "website": "serra.com.br"},
    "contact": {"name": "Marta Serra", "emails": [{"address": "Marta@Serra.com.br"}],
                "phones": [{"number": "(31) 99999-0000", "whatsapp": True}],
                "legal_basis": "legitimate_interest"},
    "deal": {"value": "25000"},
    "hunter_score": 87, "provenance": {"cnpj": {"source": "receita", "at": "2026-11-30"}},
}


class TestConversion:
    async def test_converts_once_per_source_id(self, api, admin):
        crm = api(admin)
        first = await crm.call("POST", "/leads/convert", 201, json=LEAD)
        again = await crm.call("POST", "/leads/convert", 200, json=LEAD)
        assert again.json() == {**first.json(), "created": False}
        ids = first.json()
        company = (await crm.call("GET", f"/companies/{ids['company_id']}", 200)).json()
        contact = (await crm.call("GET", f"/contacts/{ids['contact_id']}", 200)).json()
        deal = (await crm.call("GET", f"/deals/{ids['deal_id']}", 200)).json()
        assert (company["cnpj"], company["domain"]) == (CNPJ_A_DIGITS, "serra.com.br")
        assert (contact["hunter_score"], contact["lead_source"], contact["company_id"]) == (
            87, "sdr", company["id"])
        assert contact["hunter_provenance"] == LEAD["provenance"]
        assert contact["emails"][0]["address"] == "marta@serra.com.br"
        assert (deal["title"], deal["value"], deal["contact_ids"], deal["source"]) == (
            "Cervejaria Serra Ltda", "25000.00", [contact["id"]], "sdr")
        assert len((await crm.call("GET", "/deals", 200)).json()["items"]) == 1

    async def test_two_at_once_make_one(self, api, admin):
        crm = api(admin)
        results = await asyncio.gather(*[crm.call("POST", "/leads/convert", json=LEAD)
                                         for _ in range(3)])
        assert sorted(r.status_code for r in results) == [200, 200, 201]
        assert len({r.json()["deal_id"] for r in results}) == 1

    async def test_existing_company_and_contact_are_reused(self, api, admin):
        crm = api(admin)
        company = await crm.company("Serra", cnpj=CNPJ_A)
        contact = await crm.contact("Marta", emails=[{"address": "marta@serra.com.br"}])
        ids = (await crm.call("POST", "/leads/convert", 201,
                              json={**LEAD, "source_id": "lead-43"})).json()
        assert (ids["company_id"], ids["contact_id"]) == (company["id"], contact["id"])
