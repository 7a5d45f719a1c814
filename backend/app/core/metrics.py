"""Prometheus metrics: request counts and latencies by route template, plus whatever other
parts of the app register in the default registry (task counters, ...), at `/metrics`.

The route label is the route's template (`/api/v1/users/{user_id}`), never the raw path,
so the number of series stays bounded; requests that match no route are `unmatched`.
One process, one registry: run one scrape target per API process.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread
import structlog
from fastapi import APIRouter, Response
from fastapi.routing import iter_route_contexts
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram
from prometheus_client import generate_latest as _generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.db import get_sessionmaker
from app.identity.deps import Public

log = structlog.get_logger(__name__)

UNMATCHED = "unmatched"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
LAG_TIMEOUT_SECONDS = 2.0

HTTP_REQUESTS = Counter(
    "http_requests_total", "HTTP requests by method, route template and status code",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "http_request_duration_seconds", "HTTP request duration by method and route template",
    ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
OUTBOX_LAG = Gauge(
    "outbox_lag_seconds",
    "Age of the oldest committed event not yet delivered by the outbox relay "
    "(measured at scrape time; NaN when it cannot be measured)",
)


class MetricsMiddleware:
    """Pure ASGI: counts and times every HTTP request once it has been answered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # label children cached: .labels() takes a lock and builds a tuple on every call
        self._counters: dict[tuple[str, str, int], Any] = {}
        self._timers: dict[tuple[str, str], Any] = {}
        self._templates: dict[int, str] = {}  # id(matched route) -> full template

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before answering

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            self._observe(scope, status, time.perf_counter() - started)

    def _template(self, scope: Scope) -> str:
        """The full template of the matched route. FastAPI puts the route as declared in
        `scope["route"]` (without its router's prefix, `/users/{user_id}`); the prefixed
        template comes from the app's route table, read once."""
        route = scope.get("route")
        if route is None:
            return UNMATCHED
        template = self._templates.get(id(route))
        if template is None:
            app = scope.get("app")
            if app is not None:
                for context in iter_route_contexts(app.routes):
                    if context.path_format:
                        self._templates[id(context.original_route)] = context.path_format
            template = self._templates.setdefault(
                id(route), getattr(route, "path_format", None) or UNMATCHED)
        return template

    def _observe(self, scope: Scope, status: int, seconds: float) -> None:
        template = self._template(scope)
        method = scope.get("method", "GET")
        if method not in METHODS:
            method = "OTHER"
        counter = self._counters.get((method, template, status))
        if counter is None:
            counter = HTTP_REQUESTS.labels(method, template, str(status))
            self._counters[(method, template, status)] = counter
        timer = self._timers.get((method, template))
        if timer is None:
            timer = HTTP_DURATION.labels(method, template)
            self._timers[(method, template)] = timer
        counter.inc()
        timer.observe(seconds)


def _lag_provider() -> Callable[[Any], Awaitable[float]] | None:
    try:  # at scrape time: a scrape still answers (lag NaN) if the event system cannot load
        from app.core.events import outbox_lag_seconds
    except ImportError:
        return None
    return outbox_lag_seconds


async def update_outbox_lag() -> None:
    provider = _lag_provider()
    if provider is None:
        OUTBOX_LAG.set(math.nan)
        return
    try:
        async with get_sessionmaker()() as session:
            lag = await asyncio.wait_for(provider(session), LAG_TIMEOUT_SECONDS)
        OUTBOX_LAG.set(float(lag))
    except Exception as exc:  # a scrape must still answer when the database does not
        log.warning("outbox_lag_unavailable", error=type(exc).__name__)
        OUTBOX_LAG.set(math.nan)


def _load_collectors() -> None:
    """Collectors that register themselves in the default registry when imported."""
    try:
        import app.worker.metrics  # noqa: F401 - worker_tasks_total{task,state}
    except ImportError as exc:
        log.warning("task_metrics_unavailable", error=str(exc))


async def exposition() -> bytes:
    _load_collectors()
    # off the event loop: collectors may read Redis synchronously at collect time
    return await anyio.to_thread.run_sync(_generate_latest, REGISTRY)


router = APIRouter(tags=["health"])


@router.get(
    "/metrics", operation_id="metrics:scrape", response_class=Response,
    summary="Prometheus metrics (text exposition format)",
    description="Request counts and latencies by route template, task counters and the "
                "outbox lag, in the Prometheus text format. In production this endpoint is "
                "meant to be reachable only from the internal network: the edge proxy does "
                "not route `/metrics` from outside.",
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Metrics"}},
)
async def metrics(_: None = Public("Prometheus scrape")) -> Response:
    await update_outbox_lag()
    return Response(await exposition(), media_type=CONTENT_TYPE_LATEST,
                    headers={"Cache-Control": "no-store"})
