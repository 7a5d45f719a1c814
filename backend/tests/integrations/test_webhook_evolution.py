"""Evolution API webhooks: token verified, stored once, applied once, never a 4xx to a valid
delivery (Evolution does not retry 4xx)."""

from __future__ import annotations

import asyncio
import json

import httpx

from app.core.db import get_sessionmaker
from app.integrations import service as integrations
from tests.integrations.conftest import EVOLUTION_KEY, WEBHOOK_TOKEN
from tests.integrations.test_resilience import SEND_TEXT
from tests.integrations.webhook_helpers import (
    INBOUND,
    LEAD,
    STATUS_CHANGED,
    deliveries,
    events,
    evolution_ack,
    evolution_body,
    evolution_message,
    outbound,
    settle,
    stored_count,
)

URL = "/webhook/whatsapp"
AUTH = {"Authorization": f"Bearer {WEBHOOK_TOKEN}"}


async def post(client, body: dict, headers: dict | None = None) -> httpx.Response:
    return await client.post(URL, content=json.dumps(body), headers=AUTH if headers is None
                             else headers)


class TestVerification:
    async def test_a_wrong_or_missing_token_is_401_and_nothing_is_stored(self, client, org,
                                                                         configured):
        wrong = await post(client, evolution_message(), {"Authorization": "Bearer nope"})
        missing = await post(client, evolution_message(), {})
        apikey_only = await post(client, evolution_message(), {"apikey": EVOLUTION_KEY})
        await settle()

        assert [r.status_code for r in (wrong, missing, apikey_only)] == [401, 401, 401]
        assert await stored_count(org.id) == 0
        assert await events(org.id, "integrations.webhook_received") == []

    async def test_without_a_configured_token_it_is_503_so_evolution_retries(
            self, client, org, settings):
        r = await post(client, evolution_message())

        assert r.status_code == 503 and await stored_count(org.id) == 0


class TestInboundMessages:
    async def test_a_message_is_stored_without_the_apikey_and_becomes_an_event(
            self, client, org, configured):
        r = await post(client, evolution_message("3EB0C767D71D5A6BE1E0"))
        await settle()

        assert r.status_code == 200 and r.json() == {"status": "accepted"}
        [delivery] = await deliveries(org.id)
        assert (delivery.source, delivery.external_id) == (
            "evolution", "messages.upsert:3EB0C767D71D5A6BE1E0")
        assert "apikey" not in delivery.payload and delivery.processed_at is not None
        [event] = await events(org.id, INBOUND)
        assert (event["channel"], event["sender"], event["text"], event["provider_message_id"]) \
            == ("whatsapp", LEAD, "Oi, tenho interesse", "3EB0C767D71D5A6BE1E0")

    async def test_three_times_in_a_row_is_one_row_and_one_effect(self, client, org,
                                                                 configured):
        body = evolution_message()
        answers = [(await post(client, body)).json()["status"] for _ in range(3)]
        await settle()

        assert answers == ["accepted", "duplicate", "duplicate"]
        assert await stored_count(org.id) == 1
        assert len(await events(org.id, INBOUND)) == 1

    async def test_ten_at_once_is_one_row_and_one_effect(self, client, org, configured):
        body = evolution_message()
        answers = await asyncio.gather(*(post(client, body) for _ in range(10)))
        await settle()

        assert [r.status_code for r in answers] == [200] * 10
        assert sorted(r.json()["status"] for r in answers) == ["accepted"] + ["duplicate"] * 9
        assert await stored_count(org.id) == 1
        assert len(await events(org.id, INBOUND)) == 1

    async def test_lid_addressing_reads_the_phone_from_remote_jid_alt(self, client, org,
                                                                      configured):
        await post(client, evolution_message(
            remoteJid="123456789012345@lid", addressingMode="lid",
            remoteJidAlt=f"{LEAD}@s.whatsapp.net"))
        await post(client, evolution_message(  # 2.3.1-2.3.4 name it senderPn
            remoteJid="223456789012345@lid", addressingMode="lid",
            senderPn=f"{LEAD}@s.whatsapp.net"))
        await settle()

        assert [e["sender"] for e in await events(org.id, INBOUND)] == [LEAD, LEAD]

    async def test_extended_text_replies_are_read(self, client, org, configured):
        body = evolution_message()
        body["data"]["message"] = {"extendedTextMessage": {"text": "Veja https://somos.test"}}
        await post(client, body)
        await settle()

        assert [e["text"] for e in await events(org.id, INBOUND)] == ["Veja https://somos.test"]


class TestIgnoredWithA2xx:
    async def test_groups_own_messages_and_unknown_events_are_answered_2xx(
            self, client, org, configured):
        group = evolution_message(remoteJid="120363025246125486@g.us")
        own = evolution_message(fromMe=True)
        unknown = evolution_body("connection.update", {"state": "open"})
        garbage = b"not json"

        answers = [await post(client, group), await post(client, own),
                   await post(client, unknown),
                   await client.post(URL, content=garbage, headers=AUTH)]
        await settle()

        assert [r.status_code for r in answers] == [200] * 4
        assert await events(org.id, INBOUND) == []
        assert await stored_count(org.id) == 3


class TestDeliveryStatus:
    async def test_acks_move_the_message_forward_and_never_back(self, client, org, provider,
                                                                configured):
        provider.post(SEND_TEXT).mock(return_value=httpx.Response(
            201, json={"key": {"id": "BAE5F00D", "fromMe": True}}))
        async with get_sessionmaker()() as session:
            sent = await integrations.send_whatsapp_text(session, organization_id=org.id,
                                                         to=LEAD, text="Oi")
            await session.commit()

        for status in ("DELIVERY_ACK", "READ", "SERVER_ACK", "READ"):
            assert (await post(client, evolution_ack("BAE5F00D", status))).status_code == 200
            await settle()

        assert (await outbound(sent.id)).status == "read"
        assert [(e["status"], e["message_id"]) for e in await events(org.id, STATUS_CHANGED)] \
            == [("delivered", str(sent.id)), ("read", str(sent.id))]
