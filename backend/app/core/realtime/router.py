"""`/ws`: live updates for signed-in users.

Connect with `?token=<access token>` or an `Authorization: Bearer` header. The token is
checked before the socket is accepted; a missing or bad one gets the socket accepted and
closed at once with code 4401 (browsers cannot read a refused handshake's status, they
can read a close code). The socket then receives, as JSON text:

    {"type": "ready"}                                  subscriptions are live
    {"type": "event", "name": "crm.deal_won", "data": {...}}
    {"type": "ping"}                                   every realtime.ping_interval_seconds
    {"type": "pong"}                                   answer to a client {"type": "ping"}
    {"type": "resync"}                                 events may have been missed: refetch

Staff receive their organization's channel and their own user channel; a client user
(role Cliente) receives their user channel and their client company's channel, never the
organization's. The token is checked again every realtime.reauth_interval_seconds: an
expired token, a disabled account or a changed role or client company closes the socket
with 4401 (reconnect with a fresh token); a client too slow to read its messages is
closed with 1013.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import orjson
import structlog
from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.websockets import WebSocketState

from app.config import get_settings
from app.core.errors import Unauthorized
from app.core.realtime.hub import (
    Subscription,
    client_channel,
    get_hub,
    org_channel,
    user_channel,
)
from app.identity.actor import Actor
from app.identity.deps import ROUTE_GUARD_ATTR, authenticate_token, bearer_from
from app.identity.roles import Role

log = structlog.get_logger(__name__)
router = APIRouter(tags=["realtime"])

UNAUTHORIZED = 4401
TRY_AGAIN_LATER = 1013
PING = orjson.dumps({"type": "ping"}).decode()
PONG = orjson.dumps({"type": "pong"}).decode()
READY = orjson.dumps({"type": "ready"}).decode()


def channels_for_actor(actor: Actor) -> list[str]:
    channels = []
    if actor.role is not Role.cliente:
        channels.append(org_channel(actor.organization_id))
    if actor.user_id is not None:
        channels.append(user_channel(actor.user_id))
    if actor.role is Role.cliente and actor.client_company_id is not None:
        channels.append(client_channel(actor.client_company_id))
    return channels


def _token(websocket: WebSocket) -> str | None:
    return websocket.query_params.get("token") or bearer_from(websocket.headers)


@router.websocket("/ws", name="realtime:socket")
async def realtime_socket(websocket: WebSocket) -> None:
    token = _token(websocket)
    try:
        actor = await authenticate_token(token)
    except Unauthorized as exc:
        await websocket.accept()
        await websocket.close(code=UNAUTHORIZED, reason=(exc.detail or exc.title)[:120])
        return
    except Exception as exc:  # the database or Redis is down: let the client retry
        log.warning("realtime_auth_unavailable", error_type=type(exc).__name__, exc_info=True)
        await websocket.accept()
        await websocket.close(code=TRY_AGAIN_LATER, reason="Realtime unavailable, retry")
        return
    settings = get_settings().realtime
    hub = get_hub()
    try:
        sub = await hub.subscribe(channels_for_actor(actor), maxsize=settings.queue_size)
    except Exception as exc:
        log.warning("realtime_subscribe_failed", error_type=type(exc).__name__, exc_info=True)
        await websocket.accept()
        await websocket.close(code=TRY_AGAIN_LATER, reason="Realtime unavailable, retry")
        return
    try:
        await websocket.accept()
        await websocket.send_text(READY)
        await _serve(websocket, sub, token)
    finally:
        await hub.unsubscribe(sub)


# The guard is the token check above (not a dependency, so that a refusal can be a 4401
# close instead of an HTTP error): declared here for the route-permission test.
setattr(realtime_socket, ROUTE_GUARD_ATTR, {"permissions": (), "roles": None,
                                            "websocket": True})


async def _serve(websocket: WebSocket, sub: Subscription, token: str | None) -> None:
    reader = asyncio.create_task(_read_client(websocket, sub))
    writer = asyncio.create_task(_write_client(websocket, sub, token))
    try:
        done, _ = await asyncio.wait({reader, writer}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (reader, writer):
            task.cancel()
        for task in (reader, writer):
            with contextlib.suppress(BaseException):
                await task
    code, reason = None, ""
    for task in done:
        if not task.cancelled() and task.exception() is None:
            code, reason = task.result()
    if websocket.client_state is WebSocketState.CONNECTED and code is not None:
        with contextlib.suppress(Exception):
            await websocket.close(code=code, reason=reason)


async def _read_client(websocket: WebSocket, sub: Subscription) -> tuple[int | None, str]:
    """Answers pings; returns when the client goes away."""
    while True:
        try:
            text = await websocket.receive_text()
        except (WebSocketDisconnect, RuntimeError, KeyError):
            return None, ""
        try:
            message = orjson.loads(text)
        except orjson.JSONDecodeError:
            continue
        if isinstance(message, dict) and message.get("type") == "ping":
            sub.offer(PONG)


async def _write_client(websocket: WebSocket, sub: Subscription,
                        token: str | None) -> tuple[int | None, str]:
    """The socket's only writer: queued events and pongs, and a ping every interval."""
    settings = get_settings().realtime
    now = time.monotonic()
    next_ping = now + settings.ping_interval_seconds
    next_auth = now + settings.reauth_interval_seconds
    while True:
        if sub.overflowed:
            return TRY_AGAIN_LATER, "Too slow to read updates; reconnect and refetch"
        now = time.monotonic()
        if now >= next_auth:
            try:
                actor = await authenticate_token(token)
            except Unauthorized as exc:
                return UNAUTHORIZED, (exc.detail or exc.title)[:120]
            except Exception as exc:  # cannot tell now; keep the socket, check again later
                log.warning("realtime_reauth_unavailable", error_type=type(exc).__name__)
            else:
                if frozenset(channels_for_actor(actor)) != sub.channels:  # role or company
                    return UNAUTHORIZED, "Your access changed; reconnect"
            next_auth = now + settings.reauth_interval_seconds
        text = None
        if now >= next_ping:
            text, next_ping = PING, now + settings.ping_interval_seconds
        else:
            try:
                async with asyncio.timeout(min(next_ping, next_auth) - now):
                    text = await sub.queue.get()
            except TimeoutError:
                continue
        try:
            await websocket.send_text(text)
        except Exception:  # the client went away mid-send
            return None, ""
