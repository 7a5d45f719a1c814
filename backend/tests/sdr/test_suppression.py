"""The suppression list: normalised entries, once each, field errors for bad values, and
the check every send makes."""

from __future__ import annotations

from app.core.db import get_sessionmaker
from app.modules.sdr import service as sdr

URL = "/api/v1/sdr/suppression"


class TestSuppression:
    async def test_entries_are_normalised_once_and_block_their_address(self, client, diretor):
        h = diretor.headers
        first = await client.post(URL, headers=h, json={
            "kind": "phone", "value": "(11) 98765-4321", "reason": "unsubscribed"})
        assert first.status_code == 201, first.text
        assert first.json()["value"] == "+5511987654321"
        again = await client.post(URL, headers=h, json={"kind": "phone",
                                                         "value": "+55 11 98765 4321"})
        assert again.json()["id"] == first.json()["id"]
        assert again.json()["reason"] == "unsubscribed"
        await client.post(URL, headers=h, json={"kind": "email", "value": "Ana@Cliente.com.br",
                                                "reason": "bounced"})
        listed = (await client.get(URL, headers=h)).json()["items"]
        assert sorted(e["value"] for e in listed) == ["+5511987654321", "ana@cliente.com.br"]
        async with get_sessionmaker()() as session:
            found = await sdr.suppression.blocked(
                session, diretor.organization_id, emails=["ANA@cliente.com.br", "b@x.com"],
                phones=["+5511987654321", "+5511911112222"])
        assert found == {"ana@cliente.com.br", "+5511987654321"}
        r = await client.delete(f"{URL}/{first.json()['id']}", headers=h)
        assert r.status_code == 204
        assert [e["value"] for e in (await client.get(URL, headers=h)).json()["items"]] == [
            "ana@cliente.com.br"]

    async def test_bad_values_are_field_errors(self, client, diretor):
        for body in ({"kind": "phone", "value": "12345"}, {"kind": "email", "value": "ana@"},
                     {"kind": "fax", "value": "1234"}):
            r = await client.post(URL, headers=diretor.headers, json=body)
            assert r.status_code == 422, body
            assert r.json()["errors"][0]["field"] == ("kind" if body["kind"] == "fax" else "value")
        assert (await client.get(URL, headers=diretor.headers)).json()["items"] == []
