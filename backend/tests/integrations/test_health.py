"""`/health/integrations`: live, sandbox or down per service, with no outside call per request
beyond Evolution's probe cached for a minute."""

from __future__ import annotations

import httpx

from app.core.breaker import CircuitBreaker
from app.integrations import service as integrations
from tests.integrations.conftest import EVOLUTION
from tests.integrations.test_resilience import SEND_TEXT

HEALTH = "/health/integrations"
STATE = f"{EVOLUTION}/instance/connectionState/somos"


def states(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {name: s["status"] for name, s in response.json()["services"].items()}


class TestIntegrationsHealth:
    async def test_services_without_credentials_are_in_sandbox(self, client, admin, settings):
        r = await client.get(HEALTH, headers=admin.headers)

        assert states(r) == {"evolution": "sandbox", "whatsapp_cloud": "sandbox",
                             "resend": "sandbox", "smtp": "sandbox", "expo_push": "sandbox",
                             "serpapi": "sandbox", "cnpj_data": "live"}

    async def test_live_until_the_breaker_opens_or_the_probe_fails(
            self, client, admin, provider, configured):
        probe = provider.get(STATE).mock(return_value=httpx.Response(
            200, json={"instance": {"instanceName": "somos", "state": "open"}}))

        first = states(await client.get(HEALTH, headers=admin.headers))
        for _ in range(5):
            await CircuitBreaker("integration:resend").record_failure()
        second = states(await client.get(HEALTH, headers=admin.headers))

        assert first == {"evolution": "live", "whatsapp_cloud": "live", "resend": "live",
                         "smtp": "sandbox", "expo_push": "sandbox", "serpapi": "sandbox",
                         "cnpj_data": "live"}
        assert second["resend"] == "down" and second["evolution"] == "live"
        assert probe.call_count == 1  # the second request used the cached probe

    async def test_a_disconnected_instance_is_down(self, client, admin, provider, configured):
        provider.get(STATE).mock(return_value=httpx.Response(
            200, json={"instance": {"instanceName": "somos", "state": "close"}}))

        r = await client.get(HEALTH, headers=admin.headers)

        assert states(r)["evolution"] == "down"
        assert r.json()["services"]["evolution"]["detail"] == "failed instance state close"

    async def test_the_latest_call_or_probe_decides(self, client, admin, provider, configured,
                                                    session, org):
        provider.get(STATE).mock(return_value=httpx.Response(
            200, json={"instance": {"state": "open"}}))
        send = provider.post(SEND_TEXT).mock(return_value=httpx.Response(503))
        before = states(await client.get(HEALTH, headers=admin.headers))  # probed: live
        await integrations.send_whatsapp_text(session, organization_id=org.id,
                                              to="5511987654321", text="Oi")
        down = states(await client.get(HEALTH, headers=admin.headers))
        send.mock(return_value=httpx.Response(201, json={"key": {"id": "X1"}}))
        await integrations.send_whatsapp_text(session, organization_id=org.id,
                                              to="5511987654321", text="Oi")
        back = states(await client.get(HEALTH, headers=admin.headers))

        assert (before["evolution"], down["evolution"], back["evolution"]) == (
            "live", "down", "live")
