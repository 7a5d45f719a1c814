"""The base every HTTP adapter stands on: timeout, retries with backoff, circuit breaker,
local rate limit, structured logs, and sandbox mode.

    client = ServiceClient("resend", configured=bool(settings.resend_api_key))
    result = await client.call(session, ServiceRequest("send_email", "POST", url, headers,
                                                       body), origin=origin)

Transient failures (connection errors, timeouts, 429, 5xx) are retried `max_retries` times,
waiting 2, 4, 8 s (or the provider's Retry-After), at most 30 s. Every failed attempt counts
on the service's breaker; while it is open no call is made (`BreakerOpen`), so the caller
moves to its fallback at once. A 4xx other than 429 is our request's fault: no retry, and the
service is not blamed. Without credentials (or when the caller asks for it) the request is
built as it would be sent and recorded in the sandbox outbox instead.
"""

from __future__ import annotations

import asyncio
import time
import uuid
import weakref
from dataclasses import dataclass, field
from typing import Any

import httpx
import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core import ratelimit
from app.core.breaker import CircuitBreaker
from app.core.errors import RateLimited
from app.core.redis import get_redis
from app.integrations import status
from app.integrations.masking import mask_headers, mask_url
from app.integrations.models import SandboxRequest

log = structlog.get_logger("app.integrations")

MAX_BACKOFF_SECONDS = 30.0


class IntegrationError(Exception):
    """A call that did not succeed: `transient` when retrying later may work."""

    def __init__(self, service: str, operation: str, message: str, *,
                 transient: bool, status_code: int | None = None) -> None:
        super().__init__(f"{service}.{operation}: {message}")
        self.service, self.operation = service, operation
        self.transient, self.status_code = transient, status_code


@dataclass(frozen=True)
class ServiceRequest:
    operation: str
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] | list[Any] | None = None

    def recorded(self) -> dict[str, Any]:
        return {"method": self.method, "url": mask_url(self.url),
                "headers": mask_headers(self.headers),
                "json": self.json}


@dataclass(frozen=True)
class Origin:
    """Who the call is made for: the organization, the sandbox choice, the caller's context
    (run id, lead id) recorded with a sandboxed request."""

    organization_id: uuid.UUID
    sandbox: bool = False
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CallResult:
    status_code: int | None
    body: Any
    sandbox_request_id: uuid.UUID | None = None

    @property
    def sandboxed(self) -> bool:
        return self.sandbox_request_id is not None


_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
    weakref.WeakKeyDictionary())


def _http() -> httpx.AsyncClient:
    """One pooled client per event loop (an API process, a worker process), so calls to a
    provider reuse its connections instead of a TLS handshake each."""
    loop = asyncio.get_running_loop()
    client = _clients.get(loop)
    if client is None or client.is_closed:
        client = _clients[loop] = httpx.AsyncClient()
    return client


async def close_http() -> None:
    client = _clients.pop(asyncio.get_running_loop(), None)
    if client is not None:
        await client.aclose()


def _transient_status(code: int) -> bool:
    return code == 429 or code >= 500


def _retry_after(response: httpx.Response | None) -> float | None:
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class ServiceClient:
    def __init__(self, service: str, *, configured: bool) -> None:
        self.service = service
        self.configured = configured
        self.breaker = CircuitBreaker(f"integration:{service}")

    async def call(self, session: AsyncSession, request: ServiceRequest,
                   origin: Origin) -> CallResult:
        if origin.sandbox or not self.configured:
            return await record_sandbox(session, self.service, request, origin)
        return await self.send(request)

    async def send(self, request: ServiceRequest, *, max_retries: int | None = None
                   ) -> CallResult:
        """`max_retries`: fewer retries than the default, for lookups a caller can do
        without (a search does not wait 14 s for an enrichment)."""
        settings = get_settings().integrations
        attempts = (settings.max_retries if max_retries is None else max_retries) + 1
        for attempt in range(attempts):
            await self.breaker.before_call()
            await self._throttle()
            response, error = await self._attempt(request, attempt)
            if response is not None and not _transient_status(response.status_code):
                await self.breaker.record_success()
                await status.record(self.service, ok=True)
                if response.is_error:
                    raise IntegrationError(self.service, request.operation,
                                           f"HTTP {response.status_code}{_code(response)}",
                                           transient=False, status_code=response.status_code)
                return CallResult(response.status_code, _json_or_none(response))
            await self.breaker.record_failure()
            await status.record(self.service, ok=False)
            if attempt + 1 < attempts:
                delay = settings.retry_base_seconds * 2 ** attempt
                await asyncio.sleep(min(_retry_after(response) or delay, MAX_BACKOFF_SECONDS))
        raise IntegrationError(self.service, request.operation, error, transient=True,
                               status_code=response.status_code if response else None)

    async def probe(self, request: ServiceRequest) -> CallResult:
        """One attempt, no retry, not counted on the breaker (health probes); the outcome is
        what `/health/integrations` shows until the next call or probe."""
        response, error = await self._attempt(request, 0)
        ok = response is not None and not response.is_error
        await status.record(self.service, ok=ok, detail=error)
        if response is None or not ok:
            raise IntegrationError(self.service, request.operation, error,
                                   transient=response is None or response.status_code >= 500)
        return CallResult(response.status_code, _json_or_none(response))

    async def _attempt(self, request: ServiceRequest, attempt: int
                       ) -> tuple[httpx.Response | None, str]:
        started = time.perf_counter()
        timeout = get_settings().integrations.timeout_for(self.service)
        try:
            response = await _http().request(request.method, request.url, timeout=timeout,
                                              headers=request.headers, json=request.json)
        except httpx.TransportError as exc:
            self._log(request, attempt, type(exc).__name__, started)
            return None, type(exc).__name__
        self._log(request, attempt, response.status_code, started)
        return response, f"HTTP {response.status_code}"

    def _log(self, request: ServiceRequest, attempt: int, outcome: int | str,
             started: float) -> None:
        log.info("integration.call", service=self.service, operation=request.operation,
                 status=outcome, attempt=attempt + 1, sandbox=False,
                 latency_ms=round((time.perf_counter() - started) * 1000, 1))

    async def _throttle(self) -> None:
        """Wait for a slot of the service's local rate limit (one GCRA bucket in Redis, shared
        by every process): a burst of one second's worth, then one call every 1/rate s."""
        rate = get_settings().integrations.rate_per_second.get(self.service, 0)
        if rate <= 0:
            return
        burst = max(1, int(rate))
        while True:
            try:
                await ratelimit.hit(get_redis(), f"integration:{self.service}", burst,
                                    burst / rate)
                return
            except RateLimited:  # its Retry-After is whole seconds; a slot opens sooner
                await asyncio.sleep(1 / rate)


async def record_sandbox(session: AsyncSession, service: str, request: ServiceRequest,
                         origin: Origin) -> CallResult:
    """Record the request instead of sending it (no credentials, or the caller's sandbox)."""
    row = SandboxRequest(organization_id=origin.organization_id, service=service,
                         operation=request.operation, request=request.recorded(),
                         context=origin.context)
    session.add(row)
    await session.flush()
    log.info("integration.call", service=service, operation=request.operation,
             status="sandboxed", sandbox=True, latency_ms=0.0)
    return CallResult(None, None, sandbox_request_id=row.id)


def _code(response: httpx.Response) -> str:
    """The provider's error code (Meta's `error.code`, Resend's `name`), never its message,
    which may quote the recipient."""
    body = _json_or_none(response)
    if not isinstance(body, dict):
        return ""
    error = body.get("error")
    code = error.get("code") if isinstance(error, dict) else body.get("name")
    safe = isinstance(code, int) or (isinstance(code, str) and code.isidentifier())
    return f" ({code})" if safe else ""


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None

