"""ICP profiles: criteria checked field by field, every change of criteria a new version."""

from __future__ import annotations

from tests.hunter.conftest import AGENCIES_SP, fields_of


class TestIcps:
    async def test_bad_criteria_are_field_errors_and_nothing_is_made(self, api, diretor):
        crm = api(diretor)
        bad = await crm.call("POST", "/icps", 422, json={
            "name": "X", "threshold": 120,
            "criteria": {"states": ["SP", "ZZ"], "cnae_codes": ["7"],
                         "required": ["size"], "weights": {"industry": 11}}})
        assert fields_of(bad) >= {"threshold", "criteria.states", "criteria.cnae_codes",
                                  "criteria.weights"}
        assert (await crm.call("GET", "/icps", 200)).json()["items"] == []

    async def test_a_change_of_criteria_is_a_new_version_and_old_ones_stay(self, api, diretor):
        crm = api(diretor)
        icp = await crm.icp()
        assert (icp["version"], icp["threshold"]) == (1, 70)
        assert icp["criteria"]["cnae_codes"] == [] and icp["criteria"]["weights"]["location"] == 3
        renamed = (await crm.call("PATCH", f"/icps/{icp['id']}", 200,
                                  json={"name": "Agências de SP"})).json()
        assert renamed["version"] == 1
        changed = (await crm.call("PATCH", f"/icps/{icp['id']}", 200, json={
            "criteria": {**AGENCIES_SP, "cnae_codes": ["7311-4/00"]}, "threshold": 60})).json()
        assert (changed["version"], changed["threshold"]) == (2, 60)
        assert changed["criteria"]["cnae_codes"] == ["7311400"]
        versions = (await crm.call("GET", f"/icps/{icp['id']}/versions", 200)).json()
        assert [(v["version"], v["threshold"]) for v in versions] == [(2, 60), (1, 70)]
        assert versions[1]["criteria"]["cnae_codes"] == []
        await crm.call("POST", "/icps", 409, json={"name": "Agências de SP",
                                                     "criteria": AGENCIES_SP})

    async def test_an_archived_icp_starts_no_search(self, api, diretor):
        crm = api(diretor)
        icp = await crm.icp()
        archived = (await crm.call("POST", f"/icps/{icp['id']}/archive", 200)).json()
        assert archived["archived_at"] is not None
        assert (await crm.call("GET", "/icps", 200)).json()["items"] == []
        assert len((await crm.call("GET", "/icps", 200, params={"archived": True})
                    ).json()["items"]) == 1
        refused = await crm.call("POST", "/search", 422, json={
            "icp_id": icp["id"], "sources": [{"type": "directory"}]})
        assert fields_of(refused) == {"icp_id"}
