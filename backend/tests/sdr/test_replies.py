"""Replies by webhook: an Evolution delivery from an enrolled lead is kept in its
conversation, classified, stops its cadences, notifies the campaign's owner; an unsubscribe
also suppresses the number; a redelivered webhook is applied once."""

from __future__ import annotations

import json

from tests.integrations.conftest import WEBHOOK_TOKEN, configured, settings  # noqa: F401
from tests.integrations.webhook_helpers import evolution_message
from tests.sdr.test_campaigns import CADENCE, SDR, approvals, leads_with_phones, settle


async def campaign_of(client, diretor, admin, n: int) -> tuple[dict, list[dict]]:
    """A campaign whose first messages were approved and sent (sandbox)."""
    leads = await leads_with_phones(client, diretor, n)
    cadence = (await client.post(f"{SDR}/cadences", headers=diretor.headers,
                                 json=CADENCE)).json()
    campaign = (await client.post(f"{SDR}/campaigns", headers=diretor.headers, json={
        "name": "Respostas", "cadence_id": cadence["id"],
        "lead_ids": [lead["id"] for lead in leads]})).json()
    await settle()
    for approval in await approvals(client, admin):
        await client.post(f"/api/v1/agents/approvals/{approval['id']}/approve",
                          headers=admin.headers, json={})
    await settle()
    return campaign, leads


async def reply(client, phone: str, text: str, message_id: str) -> None:
    body = evolution_message(message_id, text=text,
                             remoteJid=f"{phone.lstrip('+')}@s.whatsapp.net")
    r = await client.post("/webhook/whatsapp", content=json.dumps(body),
                          headers={"Authorization": f"Bearer {WEBHOOK_TOKEN}"})
    assert r.status_code == 200, r.text
    await settle()


async def enrollments(client, diretor, campaign) -> dict[str, dict]:
    detail = (await client.get(f"{SDR}/campaigns/{campaign['id']}",
                               headers=diretor.headers)).json()
    return {e["lead_id"]: e for e in detail["enrollments"]}


class TestReplies:
    async def test_a_reply_stops_the_cadence_and_reaches_the_owner(
            self, client, diretor, admin, configured):  # noqa: F811
        campaign, [lead] = await campaign_of(client, diretor, admin, 1)
        before = (await enrollments(client, diretor, campaign))[lead["id"]]
        assert before["status"] == "active"
        for _ in range(2):  # Evolution delivers it twice: applied once
            await reply(client, before["phone"], "Tenho interesse, podemos falar amanhã?",
                        "3EB0REPLY000000000001")

        after = (await enrollments(client, diretor, campaign))[lead["id"]]
        assert (after["status"], after["finish_reason"], after["next_at"]) == (
            "finished", "replied", None)
        talk = (await client.get(f"{SDR}/enrollments/{after['id']}/messages",
                                 headers=diretor.headers)).json()
        assert [(m["direction"], m["status"]) for m in talk] == [("out", "sandboxed"),
                                                                 ("in", "received")]
        assert (talk[1]["text"], talk[1]["classification"]) == (
            "Tenho interesse, podemos falar amanhã?", "interested")
        inbox = (await client.get("/api/v1/notifications", headers=diretor.headers)
                 ).json()["items"]
        [note] = [n for n in inbox if n["kind"] == "sdr.reply"]
        assert note["title"] == f"{before['name']} respondeu no WhatsApp"
        assert note["link"] == f"/sdr/campaigns/{campaign['id']}"

    async def test_an_unsubscribe_suppresses_the_number(self, client, diretor, admin,
                                                        configured):  # noqa: F811
        campaign, [lead] = await campaign_of(client, diretor, admin, 1)
        phone = (await enrollments(client, diretor, campaign))[lead["id"]]["phone"]
        await reply(client, phone, "SAIR", "3EB0REPLY000000000002")
        after = (await enrollments(client, diretor, campaign))[lead["id"]]
        assert (after["status"], after["finish_reason"]) == ("finished", "opted_out")
        listed = (await client.get(f"{SDR}/suppression", headers=diretor.headers)
                  ).json()["items"]
        assert [(e["value"], e["reason"]) for e in listed] == [(phone, "unsubscribed")]

    async def test_an_out_of_office_answer_keeps_the_cadence(self, client, diretor, admin,
                                                             configured):  # noqa: F811
        campaign, [lead] = await campaign_of(client, diretor, admin, 1)
        phone = (await enrollments(client, diretor, campaign))[lead["id"]]["phone"]
        await reply(client, phone, "Resposta automática: estou de férias, retorno dia 10.",
                    "3EB0REPLY000000000003")
        assert (await enrollments(client, diretor, campaign))[lead["id"]]["status"] == "active"
