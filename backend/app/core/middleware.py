"""Request context middleware: request id in, request id out, one access log line per request.

The client's IP is the connection's peer, unless the peer is one of `TRUSTED_PROXIES` (the
dashboard's server, nginx): then it is the nearest untrusted hop of `X-Forwarded-For`, so
nobody can pick the IP that the login limit and the audit log see by sending the header.
Pure ASGI (no BaseHTTPMiddleware) so it costs little and works for WebSockets too.
"""

from __future__ import annotations

import re
import time
import uuid

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import get_settings
from app.core.request_context import RequestInfo, set_request_info

log = structlog.get_logger("app.access")
_VALID_ID = re.compile(r"^[\w.-]{8,64}$")
REQUEST_ID_HEADER = b"x-request-id"


def client_ip(peer: str | None, forwarded_for: str, trusted: frozenset[str]) -> str | None:
    if peer is None or peer not in trusted or not forwarded_for.strip():
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    return next((hop for hop in reversed(hops) if hop not in trusted), hops[0])


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.trusted_proxies = frozenset(get_settings().trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(REQUEST_ID_HEADER, b"").decode("latin-1")
        request_id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        client = scope.get("client")
        ip = client_ip(client[0] if client else None,
                       headers.get(b"x-forwarded-for", b"").decode("latin-1"),
                       self.trusted_proxies)
        ua = headers.get(b"user-agent", b"").decode("latin-1") or None
        set_request_info(RequestInfo(request_id=request_id, ip=ip, user_agent=ua))
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = {"code": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (REQUEST_ID_HEADER, request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if scope["type"] == "http":
                log.info("request", method=scope.get("method"), path=scope.get("path"),
                         status=status["code"],
                         duration_ms=round((time.perf_counter() - started) * 1000, 2))
