"""Adapters against each provider's documented wire format (recorded exchanges, respx)."""

from __future__ import annotations

import json
import uuid

import httpx
import respx

from app.integrations import service as integrations
from app.integrations.models import OutboundMessage
from tests.integrations.conftest import CLOUD_TOKEN, EVOLUTION, EVOLUTION_KEY, RESEND_KEY

PHONE = "5511987654321"
CLOUD_MESSAGES = "https://graph.facebook.com/v21.0/1234567890/messages"

# Evolution API v2 answers sendText/sendMedia with the stored message (201 Created).
EVOLUTION_SENT = {
    "key": {"remoteJid": f"{PHONE}@s.whatsapp.net", "fromMe": True, "id": "BAE594145F4C59B4"},
    "message": {"extendedTextMessage": {"text": "Oi, Ana!"}},
    "messageTimestamp": "1717689097", "status": "PENDING",
}
CLOUD_SENT = {"messaging_product": "whatsapp",
              "contacts": [{"input": PHONE, "wa_id": PHONE}],
              "messages": [{"id": "wamid.HBgLNTUxMTk4NzY1NDMyMRUCABEYEjdGQTc0"}]}
RESEND_SENT = {"id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"}


def sent_json(route: respx.Route) -> dict:
    return json.loads(route.calls.last.request.content)


class TestEvolution:
    async def test_send_text_posts_number_and_text_with_the_apikey(
            self, session, org, provider, configured):
        route = provider.post(f"{EVOLUTION}/message/sendText/somos").mock(
            return_value=httpx.Response(201, json=EVOLUTION_SENT))

        delivery = await integrations.send_whatsapp_text(
            session, organization_id=org.id, to="(11) 98765-4321", text="Oi, Ana!")

        assert route.calls.last.request.headers["apikey"] == EVOLUTION_KEY
        assert sent_json(route) == {"number": PHONE, "text": "Oi, Ana!"}
        assert (delivery.status, delivery.provider, delivery.external_id, delivery.to) == (
            "sent", "evolution", "BAE594145F4C59B4", PHONE)
        row = await session.get(OutboundMessage, delivery.id)
        assert (row.status, row.external_id, row.sandbox) == ("sent", "BAE594145F4C59B4", False)

    async def test_send_media_posts_the_media_fields(self, session, org, provider,
                                                     configured):
        route = provider.post(f"{EVOLUTION}/message/sendMedia/somos").mock(
            return_value=httpx.Response(201, json=EVOLUTION_SENT))

        delivery = await integrations.send_whatsapp_media(
            session, organization_id=org.id, to=PHONE, media_url="https://cdn.test/reel.mp4",
            mediatype="video", mimetype="video/mp4", file_name="reel.mp4", caption="Nosso reel")

        assert sent_json(route) == {
            "number": PHONE, "mediatype": "video", "mimetype": "video/mp4",
            "media": "https://cdn.test/reel.mp4", "fileName": "reel.mp4",
            "caption": "Nosso reel"}
        assert delivery.status == "sent"


class TestCloudApi:
    async def test_text_inside_the_window_when_only_the_cloud_api_is_configured(
            self, session, org, provider, configured, monkeypatch):
        monkeypatch.setattr(configured, "evolution_base_url", "")
        route = provider.post(CLOUD_MESSAGES).mock(
            return_value=httpx.Response(200, json=CLOUD_SENT))

        delivery = await integrations.send_whatsapp_text(
            session, organization_id=org.id, to=PHONE, text="Oi, Ana!")

        assert route.calls.last.request.headers["authorization"] == f"Bearer {CLOUD_TOKEN}"
        assert sent_json(route) == {
            "messaging_product": "whatsapp", "recipient_type": "individual", "to": PHONE,
            "type": "text", "text": {"preview_url": False, "body": "Oi, Ana!"}}
        assert (delivery.provider, delivery.external_id) == (
            "whatsapp_cloud", CLOUD_SENT["messages"][0]["id"])

    async def test_free_text_outside_the_window_fails_with_metas_code(
            self, session, org, provider, configured, monkeypatch):
        monkeypatch.setattr(configured, "evolution_base_url", "")
        provider.post(CLOUD_MESSAGES).mock(return_value=httpx.Response(400, json={"error": {
            "message": "(#131047) Re-engagement message", "type": "OAuthException",
            "code": 131047, "error_data": {"messaging_product": "whatsapp", "details":
                f"Message failed to send to {PHONE}: more than 24 hours have passed"},
            "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}}))

        delivery = await integrations.send_whatsapp_text(
            session, organization_id=org.id, to=PHONE, text="Oi, Ana!")

        assert delivery.status == "failed"
        assert "HTTP 400 (131047)" in delivery.error and PHONE not in delivery.error

    async def test_a_first_contact_goes_out_as_an_approved_template(
            self, session, org, provider, configured):
        route = provider.post(CLOUD_MESSAGES).mock(
            return_value=httpx.Response(200, json=CLOUD_SENT))

        delivery = await integrations.send_whatsapp_template(
            session, organization_id=org.id, to=PHONE, template="primeiro_contato",
            parameters=["Ana", "Agencia X"])

        assert sent_json(route)["template"] == {
            "name": "primeiro_contato", "language": {"code": "pt_BR"},
            "components": [{"type": "body", "parameters": [
                {"type": "text", "text": "Ana"}, {"type": "text", "text": "Agencia X"}]}]}
        assert sent_json(route)["type"] == "template"
        assert delivery.status == "sent"


class TestResend:
    async def test_send_email_with_bearer_and_idempotency_key(self, session, org, provider,
                                                              configured):
        route = provider.post("https://api.resend.com/emails").mock(
            return_value=httpx.Response(200, json=RESEND_SENT))

        delivery = await integrations.send_email(
            session, organization_id=org.id, to="ana@agencia.test", subject="Proposta",
            text="Segue a proposta.", html="<p>Segue a proposta.</p>")

        request = route.calls.last.request
        assert request.headers["authorization"] == f"Bearer {RESEND_KEY}"
        uuid.UUID(request.headers["idempotency-key"])
        assert sent_json(route) == {
            "from": "Somos <contato@somos.test>", "to": ["ana@agencia.test"],
            "subject": "Proposta", "text": "Segue a proposta.", "html": "<p>Segue a proposta.</p>"}
        assert (delivery.channel, delivery.status, delivery.external_id) == (
            "email", "sent", RESEND_SENT["id"])
