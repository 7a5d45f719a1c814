"""Integrations fixtures: settings per test (credentials on or off, fast retries), clean
breaker/status/rate-limit keys, and webhook processing run in-process (eager tasks)."""

from __future__ import annotations

import pytest
import respx

from app.config import get_settings
from app.core.events import relay

EVOLUTION = "http://evolution.test"
EVOLUTION_KEY = "evo-secret-key-123"
CLOUD_TOKEN = "EAAG-cloud-token-456"
RESEND_KEY = "re_resend_key_789"
WEBHOOK_TOKEN = "evo-webhook-token-abc"
APP_SECRET = "meta-app-secret-def"
VERIFY_TOKEN = "meta-verify-token"
SVIX_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture(autouse=True)
async def clean_state(redis):
    async def wipe() -> None:
        for pattern in ("breaker:integration:*", "integrations:*", "rl:integration:*"):
            keys = [key async for key in redis.scan_iter(match=pattern)]
            if keys:
                await redis.delete(*keys)

    await wipe()
    yield
    await wipe()


@pytest.fixture
def settings(monkeypatch, org):
    """The integrations settings of this test: no credentials (sandbox), no waiting between
    retries, no local rate limit, webhooks landing in the test's organization."""
    integrations = get_settings().integrations
    for name, value in {"retry_base_seconds": 0.01, "rate_per_second": {},
                        "organization_slug": org.slug}.items():
        monkeypatch.setattr(integrations, name, value)
    monkeypatch.setattr(get_settings().worker, "eager", True)
    return integrations


@pytest.fixture
def configured(settings, monkeypatch):
    """Every service with credentials (calls go to respx routes)."""
    for name, value in {
        "evolution_base_url": EVOLUTION, "evolution_api_key": EVOLUTION_KEY,
        "evolution_instance": "somos", "evolution_webhook_token": WEBHOOK_TOKEN,
        "whatsapp_cloud_token": CLOUD_TOKEN, "whatsapp_cloud_phone_number_id": "1234567890",
        "whatsapp_cloud_app_secret": APP_SECRET, "whatsapp_cloud_verify_token": VERIFY_TOKEN,
        "resend_api_key": RESEND_KEY, "resend_webhook_secret": SVIX_SECRET,
        "email_from": "Somos <contato@somos.test>",
    }.items():
        monkeypatch.setattr(settings, name, value)
    return settings


@pytest.fixture
async def drained():
    """Waits for the outbox deliveries (and the eager tasks they run) a test started."""
    yield relay.drain
    await relay.drain()


@pytest.fixture
def provider():
    """The outside world, as respx routes; any request to an unmocked URL fails the test."""
    with respx.mock(assert_all_called=False) as mock:
        yield mock
