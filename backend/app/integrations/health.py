"""Which outside services are live, in sandbox (no credentials) or down (breaker open, or the
last call or probe failed), without calling out on every request: Evolution's instance state
is probed at most once a minute (shared by every replica through Redis), the others are
judged by their last real call. Production refuses to start with a required service in
sandbox mode."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from app.config import AppEnv, Settings, get_settings
from app.core.breaker import BreakerState, CircuitBreaker
from app.core.redis import get_redis
from app.integrations import (
    cnpj_data,
    evolution,
    expo_push,
    resend,
    serpapi,
    smtp,
    status,
    whatsapp_cloud,
)
from app.integrations.client import IntegrationError
from app.integrations.schemas import IntegrationsHealth, ServiceHealth
from app.integrations.settings import IntegrationsSettings

PROBE_EVERY_SECONDS = 60
PROBE_TIMEOUT_SECONDS = 5.0

SERVICES: dict[str, Callable[[IntegrationsSettings], bool]] = {
    evolution.SERVICE: evolution.configured,
    whatsapp_cloud.SERVICE: whatsapp_cloud.configured,
    resend.SERVICE: resend.configured,
    smtp.SERVICE: smtp.configured,
    expo_push.SERVICE: expo_push.configured,
    serpapi.SERVICE: serpapi.configured,
    cnpj_data.SERVICE: cnpj_data.configured,
}


async def _probe_evolution_when_due() -> None:
    client = evolution.client()
    if not client.configured or not await get_redis().set(
            "integrations:probe:evolution", "1", nx=True, ex=PROBE_EVERY_SECONDS):
        return
    try:
        result = await asyncio.wait_for(client.probe(evolution.connection_state()),
                                        PROBE_TIMEOUT_SECONDS)
    except (IntegrationError, TimeoutError):
        await status.record(evolution.SERVICE, ok=False, detail="instance unreachable")
        return
    state = ((result.body or {}).get("instance") or {}).get("state")
    if state != "open":
        await status.record(evolution.SERVICE, ok=False, detail=f"instance state {state}")


async def _one(name: str, configured: bool) -> ServiceHealth:
    breaker = await CircuitBreaker(f"integration:{name}").status()
    if not configured:
        return ServiceHealth(status="sandbox", breaker=breaker.state)
    if breaker.state is BreakerState.open:
        return ServiceHealth(status="down", breaker=breaker.state,
                             detail=f"circuit breaker open for {breaker.retry_after:.0f} s")
    failure = await status.last_failure(name)
    return ServiceHealth(status="down" if failure else "live", breaker=breaker.state,
                         detail=failure)


async def integrations_health() -> IntegrationsHealth:
    await _probe_evolution_when_due()
    settings = get_settings().integrations
    return IntegrationsHealth(services={
        name: await _one(name, configured(settings)) for name, configured in SERVICES.items()})


def refuse_sandbox_in_production(settings: Settings) -> None:
    """Production must not pretend to send: every required service needs credentials."""
    if settings.app_env is not AppEnv.production:
        return
    required = settings.integrations.required_services
    problems = []
    if unknown := sorted(required - set(SERVICES)):
        problems.append(f"INTEGRATIONS__REQUIRED names unknown services {unknown}")
    if sandboxed := sorted(name for name in required & set(SERVICES)
                           if not SERVICES[name](settings.integrations)):
        problems.append(f"required services have no credentials (sandbox mode): {sandboxed}")
    if problems:
        raise RuntimeError("refusing to start in production: " + "; ".join(problems))
