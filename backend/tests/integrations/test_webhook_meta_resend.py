"""WhatsApp Cloud API (X-Hub-Signature-256 over the raw bytes, hub.challenge handshake) and
Resend (Svix-signed) webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
from svix.webhooks import Webhook

from app.core.db import get_sessionmaker
from app.integrations import service as integrations
from tests.integrations.conftest import APP_SECRET, SVIX_SECRET, VERIFY_TOKEN
from tests.integrations.test_adapters import CLOUD_MESSAGES, RESEND_SENT
from tests.integrations.test_resilience import RESEND
from tests.integrations.webhook_helpers import (
    INBOUND,
    LEAD,
    STATUS_CHANGED,
    deliveries,
    events,
    outbound,
    settle,
    stored_count,
)

CLOUD = "/webhook/whatsapp/cloud"
EMAIL = "/webhook/email"


def cloud_body(*, messages: list | None = None, statuses: list | None = None) -> bytes:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "5511900000000",
                          "phone_number_id": "1234567890"}}
    if messages:
        value |= {"contacts": [{"profile": {"name": "Ana"}, "wa_id": LEAD}],
                  "messages": messages}
    if statuses:
        value["statuses"] = statuses
    body = {"object": "whatsapp_business_account",
            "entry": [{"id": "102290129340398", "changes": [{"value": value,
                                                             "field": "messages"}]}]}
    return json.dumps(body).encode()  # ensure_ascii: "ç" travels as \u00e7, as Meta sends


def signed(raw: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}


class TestCloudHandshake:
    async def test_the_challenge_is_echoed_when_the_token_matches(self, client, configured):
        params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                  "hub.challenge": "1158201444"}
        ok = await client.get(CLOUD, params=params)
        wrong = await client.get(CLOUD, params=params | {"hub.verify_token": "guess"})

        assert (ok.status_code, ok.text) == (200, "1158201444")
        assert wrong.status_code == 403


class TestCloudEvents:
    async def test_a_bad_signature_is_401_and_nothing_is_stored(self, client, org, configured):
        raw = cloud_body(messages=[{"from": LEAD, "id": "wamid.A1", "timestamp": "1795312800",
                                    "type": "text", "text": {"body": "Olá"}}])

        forged = await client.post(CLOUD, content=raw, headers=signed(raw, "not-the-secret"))
        reserialised = await client.post(  # the same JSON re-encoded no longer verifies
            CLOUD, content=json.dumps(json.loads(raw), ensure_ascii=False).encode(),
            headers=signed(raw))

        assert (forged.status_code, reserialised.status_code) == (401, 401)
        assert await stored_count(org.id) == 0

    async def test_a_signed_message_becomes_an_inbound_event_once(self, client, org,
                                                                  configured):
        raw = cloud_body(messages=[{"from": LEAD, "id": "wamid.A2", "timestamp": "1795312800",
                                    "type": "text", "text": {"body": "Olá, preço?"}}])

        answers = [(await client.post(CLOUD, content=raw, headers=signed(raw))).json()["status"]
                   for _ in range(3)]
        await settle()

        assert answers == ["accepted", "duplicate", "duplicate"]
        [event] = await events(org.id, INBOUND)
        assert (event["sender"], event["text"], event["provider"]) == (
            LEAD, "Olá, preço?", "whatsapp_cloud")

    async def test_a_message_redelivered_in_another_batch_is_applied_once(self, client, org,
                                                                          configured):
        message = {"from": LEAD, "id": "wamid.A3", "timestamp": "1795312800", "type": "text",
                   "text": {"body": "Pode me ligar?"}}
        other = message | {"id": "wamid.A4", "text": {"body": "Amanhã"}}
        first, batch = cloud_body(messages=[message]), cloud_body(messages=[message, other])

        for raw in (first, batch):
            assert (await client.post(CLOUD, content=raw, headers=signed(raw))).json()[
                "status"] == "accepted"
        await settle()

        assert sorted(e["text"] for e in await events(org.id, INBOUND)) == [
            "Amanhã", "Pode me ligar?"]

    async def test_statuses_update_the_template_message(self, client, org, provider,
                                                        configured):
        provider.post(CLOUD_MESSAGES).mock(return_value=httpx.Response(
            200, json={"messages": [{"id": "wamid.T1"}]}))
        async with get_sessionmaker()() as session:
            sent = await integrations.send_whatsapp_template(
                session, organization_id=org.id, to=LEAD, template="primeiro_contato")
            await session.commit()
        raw = cloud_body(statuses=[{"id": "wamid.T1", "status": "delivered",
                                    "timestamp": "1795312900", "recipient_id": LEAD}])

        r = await client.post(CLOUD, content=raw, headers=signed(raw))
        await settle()

        assert r.status_code == 200
        assert (await outbound(sent.id)).status == "delivered"


def svix_headers(raw: str, *, msg_id: str | None = None,
                 at: datetime | None = None) -> dict[str, str]:
    msg_id = msg_id or f"msg_{uuid.uuid4().hex}"
    at = at or datetime.now(UTC)
    return {"svix-id": msg_id, "svix-timestamp": str(int(at.timestamp())),
            "svix-signature": Webhook(SVIX_SECRET).sign(msg_id, at, raw),
            "Content-Type": "application/json"}


def resend_event(kind: str, email_id: str, **data: object) -> str:
    return json.dumps({"type": kind, "created_at": "2026-11-22T04:00:00.000Z",
                       "data": {"email_id": email_id, "from": "Somos <contato@somos.test>",
                                "to": ["ana@agencia.test"], "subject": "Proposta", **data}})


class TestResendEvents:
    async def test_bad_stale_or_missing_signatures_are_401(self, client, org, configured):
        raw = resend_event("email.delivered", "e1")
        tampered = svix_headers(raw) | {"svix-signature": "v1,AAAA"}
        stale = svix_headers(raw, at=datetime.now(UTC) - timedelta(minutes=6))

        answers = [await client.post(EMAIL, content=raw, headers=h)
                   for h in (tampered, stale, {"Content-Type": "application/json"})]

        assert [r.status_code for r in answers] == [401, 401, 401]
        assert await stored_count(org.id) == 0

    async def test_delivery_events_update_the_email_once_per_svix_id(self, client, org,
                                                                     provider, configured):
        provider.post(RESEND).mock(return_value=httpx.Response(200, json=RESEND_SENT))
        async with get_sessionmaker()() as session:
            sent = await integrations.send_email(session, organization_id=org.id,
                                                 to="ana@agencia.test", subject="Proposta",
                                                 text="Segue.")
            await session.commit()
        raw = resend_event("email.delivered", RESEND_SENT["id"])
        headers = svix_headers(raw)

        answers = [(await client.post(EMAIL, content=raw, headers=headers)).json()["status"]
                   for _ in range(3)]
        await settle()

        assert answers == ["accepted", "duplicate", "duplicate"]
        assert (await outbound(sent.id)).status == "delivered"
        assert len(await events(org.id, STATUS_CHANGED)) == 1

    async def test_inbound_mail_is_completed_with_its_text(self, client, org, provider,
                                                           configured):
        content = provider.get("https://api.resend.com/emails/receiving/in-1").mock(
            return_value=httpx.Response(200, json={
                "object": "email", "id": "in-1", "from": "Ana <ana@agencia.test>",
                "subject": "Re: Proposta", "text": "Quero um orçamento.", "html": None}))
        received = resend_event("email.received", "in-1", **{"from": "Ana <Ana@Agencia.test>"})
        unknown = resend_event("domain.updated", "d-1")

        answers = [await client.post(EMAIL, content=raw, headers=svix_headers(raw))
                   for raw in (received, unknown)]
        await settle()

        assert [r.status_code for r in answers] == [200, 200]
        assert content.call_count == 1
        [event] = await events(org.id, INBOUND)
        assert (event["channel"], event["sender"], event["subject"], event["text"]) == (
            "email", "ana@agencia.test", "Re: Proposta", "Quero um orçamento.")

    async def test_a_failed_content_fetch_leaves_the_delivery_to_be_retried(
            self, client, org, provider, configured):
        provider.get("https://api.resend.com/emails/receiving/in-2").mock(
            return_value=httpx.Response(503))
        raw = resend_event("email.received", "in-2")

        r = await client.post(EMAIL, content=raw, headers=svix_headers(raw))
        await settle()

        assert r.status_code == 200
        [delivery] = await deliveries(org.id)
        assert delivery.processed_at is None  # the outbox row backs off; the sweep retries
        assert await events(org.id, INBOUND) == []
