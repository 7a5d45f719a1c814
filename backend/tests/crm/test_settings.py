"""Custom fields typed and validated on write (and filterable), tags, saved views per user
with their filters checked."""

from __future__ import annotations

from tests.crm.conftest import fields_of, new_id


class TestCustomFields:
    async def test_each_type_is_checked_and_normalised(self, api, admin):
        crm = api(admin)
        for key, kind, extra in [("verba", "money", {}), ("funcionarios", "number", {}),
                                 ("inicio", "date", {}), ("ativo", "boolean", {}),
                                 ("canal", "select", {"options": ["TV", "Web"]}),
                                 ("redes", "multi_select", {"options": ["IG", "TT", "YT"]}),
                                 ("obs", "text", {})]:
            await crm.call("POST", "/custom-fields", 201, json={
                "entity": "deal", "key": key, "label": key.title(), "type": kind, **extra})
        deal = await crm.deal(custom_fields={
            "verba": "1.234,5", "funcionarios": "40", "inicio": "15/01/2027", "ativo": "sim",
            "canal": "TV", "redes": "IG, YT", "obs": "ok"})
        assert deal["custom_fields"] == {
            "verba": "1234.50", "funcionarios": 40, "inicio": "2027-01-15", "ativo": True,
            "canal": "TV", "redes": ["IG", "YT"], "obs": "ok"}
        bad = await crm.call("POST", "/deals", 422, json={"title": "X", "custom_fields": {
            "verba": "abc", "inicio": "2027-13-40", "canal": "Rádio", "redes": ["IG", "X"],
            "ativo": "talvez"}})
        assert fields_of(bad) == {"custom_fields.verba", "custom_fields.inicio",
                                  "custom_fields.canal", "custom_fields.redes",
                                  "custom_fields.ativo"}

        async def titles(*conditions: str) -> list[str]:
            r = await crm.call("GET", "/deals", 200, params={"custom": list(conditions)})
            return [d["title"] for d in r.json()["items"]]

        await crm.deal("Pequeno", custom_fields={"verba": 100, "redes": ["TT"]})
        assert await titles("verba>=1000") == ["Vídeo institucional"]
        assert await titles("redes=TT") == ["Pequeno"]
        assert await titles("canal=TV", "ativo=true") == ["Vídeo institucional"]
        r = await crm.call("GET", "/deals", 422, params={"custom": "nada=1"})
        assert fields_of(r) == {"custom"}

    async def test_required_fields_and_removal(self, api, admin):
        crm = api(admin)
        field = await crm.create("custom-fields", entity="company", key="segmento",
                                 label="Segmento", type="text", required=True)
        r = await crm.call("POST", "/companies", 422, json={"legal_name": "X"})
        assert fields_of(r) == {"custom_fields.segmento"}
        company = await crm.company(custom_fields={"segmento": "Varejo"})
        await crm.call("DELETE", f"/custom-fields/{field['id']}", 204)
        again = await crm.call("GET", f"/companies/{company['id']}", 200)
        assert again.json()["custom_fields"] == {}


class TestTagsAndViews:
    async def test_tags_are_unique_by_name_and_filter_lists(self, api, admin):
        crm = api(admin)
        vip = await crm.create("tags", name="VIP", color="#ff0000")
        await crm.call("POST", "/tags", 409, json={"name": "vip"})
        tagged = await crm.company("Com tag", tag_ids=[vip["id"]])
        await crm.company("Sem tag")
        listed = (await crm.call("GET", "/companies", 200,
                                 params={"tag_ids": vip["id"]})).json()["items"]
        assert [c["id"] for c in listed] == [tagged["id"]]
        await crm.call("DELETE", f"/tags/{vip['id']}", 204)
        assert (await crm.call("GET", f"/companies/{tagged['id']}")).json()["tag_ids"] == []

    async def test_bulk_tagging_changes_all_or_nothing(self, api, admin, comercial):
        crm, mine = api(admin), api(comercial)
        vip = await crm.create("tags", name="VIP")
        cold = await crm.create("tags", name="Frio")
        first = await mine.company("Primeira", tag_ids=[cold["id"]])
        second = await mine.company("Segunda")
        others = await crm.company("De outro dono")
        body = {"ids": [first["id"], second["id"]], "add": [vip["id"]], "remove": [cold["id"]]}
        done = await mine.call("POST", "/companies/bulk-tags", 200, json=body)
        assert done.json() == {"updated": 2}
        for company in (first, second):
            tags = (await mine.call("GET", f"/companies/{company['id']}")).json()["tag_ids"]
            assert tags == [vip["id"]]
        again = await mine.call("POST", "/companies/bulk-tags", 200, json=body)
        assert again.json() == {"updated": 0}
        # a record outside the caller's scope, an unknown tag, nothing to do: 422, no change
        refused = await mine.call("POST", "/companies/bulk-tags", 422, json={
            "ids": [first["id"], others["id"]], "remove": [vip["id"]]})
        assert fields_of(refused) == {"ids"}
        assert others["id"] in refused.json()["errors"][0]["message"]
        unknown = await mine.call("POST", "/companies/bulk-tags", 422, json={
            "ids": [first["id"]], "add": [new_id()]})
        assert fields_of(unknown) == {"add"}
        empty = await mine.call("POST", "/contacts/bulk-tags", 422, json={"ids": [new_id()]})
        assert fields_of(empty) == {"add"}
        tags = (await mine.call("GET", f"/companies/{first['id']}")).json()["tag_ids"]
        assert tags == [vip["id"]]

    async def test_views_belong_to_their_user_and_check_filters(self, api, admin, diretor):
        crm = api(admin)
        view = await crm.create("views", entity="deal", name="Grandes",
                                filters={"value_min": "10000", "status": "open"},
                                sort="-value", columns=["title", "value"])
        assert view["filters"] == {"value_min": "10000", "status": "open"}
        r = await crm.call("POST", "/views", 422, json={"entity": "deal", "name": "X",
                                                        "filters": {"nope": 1}})
        assert fields_of(r) == {"filters"}
        r = await crm.call("POST", "/views", 422, json={"entity": "deal", "name": "X",
                                                        "filters": {"value_min": "-5"}})
        assert fields_of(r) == {"filters.value_min"}
        r = await crm.call("POST", "/views", 422, json={"entity": "deal", "name": "X",
                                                        "sort": "owner"})
        assert fields_of(r) == {"sort"}
        assert (await api(diretor).call("GET", "/views", 200)).json() == []
        await api(diretor).call("DELETE", f"/views/{view['id']}", 404)
