"""Companies over HTTP: CNPJ validated and stored as 14 digits, unique per organization;
phones in E.164; domain from the website; bad input is a field-level 422 that changes
nothing; merges keep one record with everything pointing at it."""

from __future__ import annotations

from tests.crm.conftest import CNPJ_A, CNPJ_A_DIGITS, CNPJ_B, fields_of


class TestValidation:
    async def test_values_are_normalised(self, api, admin):
        crm = api(admin)
        company = await crm.company(cnpj=CNPJ_A, website="WWW.Alfa.com.br/contato",
                                    phones=[{"number": "(11) 98765-4321", "whatsapp": True}],
                                    address={"city": "São Paulo", "state": "sp",
                                             "cep": "01310-100"}, cnae="5911-1/99")
        assert company["cnpj"] == CNPJ_A_DIGITS
        assert company["domain"] == "alfa.com.br"
        assert company["website"] == "https://WWW.Alfa.com.br/contato"
        assert company["phones"] == [{"number": "+5511987654321", "label": None,
                                      "whatsapp": True}]
        assert company["address"] == {"city": "São Paulo", "state": "SP", "cep": "01310100",
                                      "country": "BR"}
        assert company["cnae"] == "5911199" and company["owner_id"] == str(admin.user_id)

    async def test_bad_fields_are_named_and_nothing_is_created(self, api, admin):
        crm = api(admin)
        r = await crm.call("POST", "/companies", 422, json={
            "legal_name": "Beta", "cnpj": "11.222.333/0001-82",
            "phones": [{"number": "12345"}], "address": {"cep": "123", "state": "XX"}})
        assert fields_of(r) == {"cnpj", "phones.0.number", "address.cep", "address.state"}
        assert r.headers["content-type"].startswith("application/problem+json")
        assert next(e["message"] for e in r.json()["errors"]
                    if e["field"] == "cnpj") == "invalid CNPJ check digits"
        listed = (await crm.call("GET", "/companies", 200)).json()["items"]
        assert listed == []

    async def test_a_page_names_its_companies_by_ids_and_owners_are_listed(
            self, api, admin, comercial):
        crm = api(admin)
        a, _, c = [await crm.company(name) for name in ("Alfa", "Beta", "Gama")]
        named = (await crm.call("GET", "/companies", 200,
                                params={"ids": [a["id"], c["id"]]})).json()["items"]
        assert sorted(x["legal_name"] for x in named) == ["Alfa", "Gama"]
        owners = (await api(comercial).call("GET", "/owners", 200)).json()
        assert {(o["user_id"], o["role"]) for o in owners} == {
            (str(admin.user_id), "Admin"), (str(comercial.user_id), "Comercial")}
        assert "email" not in owners[0]

    async def test_cnpj_is_unique_in_the_organization_whatever_its_format(
            self, api, admin, make_org, make_member):
        crm = api(admin)
        first = await crm.company(cnpj=CNPJ_A)
        r = await crm.call("POST", "/companies", 409, json={"legal_name": "Outra",
                                                            "cnpj": CNPJ_A_DIGITS})
        assert fields_of(r) == {"cnpj"} and first["id"] in r.json()["errors"][0]["message"]
        elsewhere = api(await make_member(await make_org()))
        await elsewhere.company(cnpj=CNPJ_A)  # another organization may have it

    async def test_unknown_tag_and_bad_custom_field_are_refused(self, api, admin):
        crm = api(admin)
        await crm.call("POST", "/custom-fields", 201, json={
            "entity": "company", "key": "faturamento", "label": "Faturamento",
            "type": "money"})
        r = await crm.call("POST", "/companies", 422, json={
            "legal_name": "Gama", "tag_ids": ["00000000-0000-4000-8000-000000000001"],
            "custom_fields": {"faturamento": "muito"}})
        assert fields_of(r) == {"tag_ids"}
        r = await crm.call("POST", "/companies", 422, json={
            "legal_name": "Gama", "custom_fields": {"faturamento": "muito", "nada": 1}})
        assert fields_of(r) == {"custom_fields.faturamento", "custom_fields.nada"}


class TestUpdateAndDelete:
    async def test_patch_changes_only_what_is_sent_and_keeps_cnpj_unique(self, api, admin):
        crm = api(admin)
        a = await crm.company(cnpj=CNPJ_A, industry="Varejo")
        b = await crm.company("Beta", cnpj=CNPJ_B)
        r = await crm.call("PATCH", f"/companies/{a['id']}", 200,
                           json={"trade_name": "Alfa", "size": "small"})
        assert (r.json()["trade_name"], r.json()["industry"], r.json()["size"]) == (
            "Alfa", "Varejo", "small")
        clash = await crm.call("PATCH", f"/companies/{b['id']}", 409, json={"cnpj": CNPJ_A})
        assert fields_of(clash) == {"cnpj"}
        await crm.call("DELETE", f"/companies/{a['id']}", 204)
        await crm.call("GET", f"/companies/{a['id']}", 404)


class TestMerge:
    async def test_duplicates_fold_into_one(self, api, admin):
        crm = api(admin)
        keep = await crm.company("Alfa Filmes", phones=[{"number": "1133334444"}])
        tag = await crm.create("tags", name="Cliente")
        dup = await crm.company("Alfa Filmes Ltda", cnpj=CNPJ_A, industry="Publicidade",
                                phones=[{"number": "1133334444"}, {"number": "11987654321"}],
                                tag_ids=[tag["id"]])
        contact = await crm.contact(company_id=dup["id"])
        deal = await crm.deal(company_id=dup["id"])

        merged = await crm.call("POST", f"/companies/{keep['id']}/merge", 200,
                                json={"duplicate_ids": [dup["id"]]})

        body = merged.json()
        assert body["legal_name"] == "Alfa Filmes" and body["cnpj"] == "11222333000181"
        assert body["industry"] == "Publicidade" and body["tag_ids"] == [tag["id"]]
        assert [p["number"] for p in body["phones"]] == ["+551133334444", "+5511987654321"]
        await crm.call("GET", f"/companies/{dup['id']}", 404)
        moved = await crm.call("GET", f"/contacts/{contact['id']}", 200)
        assert moved.json()["company_id"] == keep["id"]
        assert (await crm.call("GET", f"/deals/{deal['id']}", 200)).json()["company_id"] == \
            keep["id"]
        timeline = (await crm.call("GET", f"/companies/{keep['id']}/timeline", 200)).json()
        assert [e["event"] for e in timeline["items"]][:1] == ["merged"]

    async def test_different_cnpjs_are_not_merged(self, api, admin):
        crm = api(admin)
        a = await crm.company(cnpj=CNPJ_A)
        b = await crm.company("Beta", cnpj=CNPJ_B)
        r = await crm.call("POST", f"/companies/{a['id']}/merge", 422,
                           json={"duplicate_ids": [b["id"]]})
        assert fields_of(r) == {"duplicate_ids"}
        await crm.call("GET", f"/companies/{b['id']}", 200)
