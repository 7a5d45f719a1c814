"""What the integrations layer logs: service, operation, status, latency; never a phone
number, an e-mail address, a token or an apikey (bodies are never logged)."""

from __future__ import annotations

import json

import httpx

from app.integrations import service as integrations
from tests.integrations.conftest import (
    APP_SECRET,
    CLOUD_TOKEN,
    EVOLUTION_KEY,
    RESEND_KEY,
    WEBHOOK_TOKEN,
)
from tests.integrations.test_resilience import RESEND, SEND_TEXT
from tests.integrations.webhook_helpers import LEAD, evolution_message, settle

SECRETS = (LEAD, "ana@agencia.test", EVOLUTION_KEY, CLOUD_TOKEN, RESEND_KEY, WEBHOOK_TOKEN,
           APP_SECRET)


async def test_sends_and_webhooks_log_no_contact_or_secret(session, org, client, provider,
                                                           configured, info_logs):
    provider.post(SEND_TEXT).mock(side_effect=[httpx.Response(503), httpx.Response(
        201, json={"key": {"id": "BAE5"}})])
    provider.post(RESEND).mock(return_value=httpx.Response(422, json={"message": "bad"}))

    await integrations.send_whatsapp_text(session, organization_id=org.id, to=LEAD, text="Oi")
    await integrations.send_email(session, organization_id=org.id, to="ana@agencia.test",
                                  subject="Oi", text="Oi")
    await integrations.send_whatsapp_text(session, organization_id=org.id, to=LEAD, text="Oi",
                                          sandbox=True)
    body = json.dumps(evolution_message())
    await client.post("/webhook/whatsapp", content=body,
                      headers={"Authorization": f"Bearer {WEBHOOK_TOKEN}"})
    await client.post("/webhook/whatsapp", content=body,
                      headers={"Authorization": f"Bearer {EVOLUTION_KEY}"})
    await settle()
    out = info_logs.readouterr().out
    logs = [json.loads(line) for line in out.splitlines() if line.startswith("{")]

    calls = [e for e in logs if e["event"] == "integration.call"]
    assert {(e["service"], e["status"]) for e in calls} >= {
        ("evolution", 503), ("evolution", 201), ("resend", 422), ("evolution", "sandboxed")}
    assert all("latency_ms" in e and "operation" in e for e in calls)
    assert any(e["event"] == "integration.webhook" for e in logs)
    assert [s for s in SECRETS if s in out] == []
