"""Search finds companies by CNPJ digits however they are typed, contacts by e-mail in any
case and by phone however it is written, and names without accents."""

from __future__ import annotations

from tests.crm.conftest import CNPJ_A


class TestSearch:
    async def test_by_cnpj_email_phone_and_name(self, api, admin):
        crm = api(admin)
        company = await crm.company("Estúdio Ébano Ltda", cnpj=CNPJ_A,
                                    phones=[{"number": "1133334444"}])
        contact = await crm.contact("João Conceição", emails=[{"address": "Joao@Ebano.com.br"}],
                                    phones=[{"number": "+55 (21) 99876-5432"}])
        deal = await crm.deal("Documentário Ébano")

        async def found(q: str) -> dict[str, list[str]]:
            r = (await crm.call("GET", "/search", 200, params={"q": q})).json()
            return {kind: [hit["id"] for hit in hits] for kind, hits in r.items()}

        assert (await found("11222333000181"))["companies"] == [company["id"]]
        assert (await found("11.222.333/0001-81"))["companies"] == [company["id"]]
        assert (await found("222.333"))["companies"] == [company["id"]]
        assert (await found("JOAO@ebano"))["contacts"] == [contact["id"]]
        assert (await found("(21) 99876-5432"))["contacts"] == [contact["id"]]
        assert (await found("998765432"))["contacts"] == [contact["id"]]
        assert (await found("conceicao"))["contacts"] == [contact["id"]]
        hits = await found("ebano")
        assert hits == {"companies": [company["id"]], "contacts": [contact["id"]],
                        "deals": [deal["id"]]}
        assert await found("inexistente") == {"companies": [], "contacts": [], "deals": []}

    async def test_list_q_and_wildcards_are_literal(self, api, admin):
        crm = api(admin)
        await crm.contact("Ana 100% Silva")
        await crm.contact("Bruno Lima")
        names = [c["name"] for c in (await crm.call(
            "GET", "/contacts", 200, params={"q": "100%"})).json()["items"]]
        assert names == ["Ana 100% Silva"]
        none = (await crm.call("GET", "/contacts", 200, params={"q": "_%"})).json()["items"]
        assert none == []
