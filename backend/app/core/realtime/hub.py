"""Realtime fan-out over Redis pub/sub, so any API replica can serve any socket.

Channels: `rt:org:<organization_id>` (staff of an organization), `rt:user:<user_id>`,
`rt:client:<client_company_id>` (the users of one client company). A message is the JSON
text the socket forwards as is: `{"type": "event", "name": ..., "data": {...}}`.

Publishing is `push(channel, message)`. Receiving goes through one `Hub` per process:
one Redis pub/sub connection, subscribed to the union of its sockets' channels, fanning
messages out to per-socket queues. If that connection drops, the hub reconnects,
resubscribes and tells every socket `{"type": "resync"}` (messages may have been missed).
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Iterable
from typing import Any

import orjson
import structlog
from redis.asyncio.client import PubSub

from app.core.events.base import Audience, Event
from app.core.redis import get_redis

log = structlog.get_logger(__name__)

RESYNC = orjson.dumps({"type": "resync"}).decode()
_CONFIRM_TIMEOUT = 10.0


def org_channel(organization_id: uuid.UUID | str) -> str:
    return f"rt:org:{organization_id}"


def user_channel(user_id: uuid.UUID | str) -> str:
    return f"rt:user:{user_id}"


def client_channel(client_company_id: uuid.UUID | str) -> str:
    return f"rt:client:{client_company_id}"


def channels_for(event: Event) -> list[str]:
    """The channels a realtime event goes to, from its class's `audience`."""
    if not event.realtime:
        return []
    channels = []
    for audience in event.audience:
        if audience == Audience.organization:
            channels.append(org_channel(event.organization_id))
        elif audience == Audience.user and getattr(event, "user_id", None):
            channels.append(user_channel(event.user_id))  # type: ignore[attr-defined]
        elif audience == Audience.client and getattr(event, "client_company_id", None):
            channels.append(client_channel(event.client_company_id))  # type: ignore[attr-defined]
    return channels


async def push(channel: str, message: dict[str, Any] | str) -> int:
    """PUBLISH one message; returns how many subscriber connections received it."""
    text = message if isinstance(message, str) else orjson.dumps(message).decode()
    return await get_redis().publish(channel, text)


async def push_event(event: Event, payload: dict[str, Any] | None = None) -> None:
    channels = channels_for(event)
    if not channels:
        return
    message = orjson.dumps({"type": "event", "name": event.event_name,
                            "data": payload if payload is not None else event.payload()}
                           ).decode()
    for channel in channels:
        await push(channel, message)


class Subscription:
    """One socket's inbox: raw JSON texts to forward, in order."""

    def __init__(self, channels: Iterable[str], maxsize: int) -> None:
        self.channels = frozenset(channels)
        self.queue: asyncio.Queue[str] = asyncio.Queue(maxsize)
        self.overflowed = False

    def offer(self, text: str) -> None:
        try:
            self.queue.put_nowait(text)
        except asyncio.QueueFull:
            self.overflowed = True


class Hub:
    """Per-process subscriber: one pub/sub connection shared by every socket."""

    def __init__(self) -> None:
        self._subs: dict[str, set[Subscription]] = {}
        self._confirmed: dict[str, asyncio.Event] = {}
        self._pubsub: PubSub | None = None
        self._reader: asyncio.Task | None = None
        self._lock = asyncio.Lock()
        self._resync_after: set[str] = set()  # after a reconnect: confirmations still due

    @property
    def channels(self) -> list[str]:
        return list(self._subs)

    async def subscribe(self, channels: Iterable[str], maxsize: int = 500) -> Subscription:
        """Register a socket; returns once Redis confirmed every channel (so an event
        published after this returns reaches the socket)."""
        sub = Subscription(channels, maxsize)
        waits = []
        async with self._lock:
            new = [c for c in sub.channels if c not in self._subs]
            for channel in sub.channels:
                self._subs.setdefault(channel, set()).add(sub)
            for channel in new:
                self._confirmed[channel] = asyncio.Event()
            waits = [self._confirmed[c] for c in sub.channels if c in self._confirmed]
            if new:
                try:
                    await self._ensure_pubsub().subscribe(*new)
                except Exception as exc:  # the reader reconnects and resubscribes everything
                    log.warning("realtime_subscribe_failed", error_type=type(exc).__name__)
                    self._restart()
            self._ensure_reader()
        try:
            async with asyncio.timeout(_CONFIRM_TIMEOUT):
                for confirmed in waits:
                    await confirmed.wait()
        except TimeoutError:
            await self.unsubscribe(sub)
            raise
        return sub

    async def unsubscribe(self, sub: Subscription) -> None:
        async with self._lock:
            gone = []
            for channel in sub.channels:
                subs = self._subs.get(channel)
                if subs is None:
                    continue
                subs.discard(sub)
                if not subs:
                    del self._subs[channel]
                    self._confirmed.pop(channel, None)
                    gone.append(channel)
            self._settle_resync(set(gone))
            if not self._subs:
                await self._stop()
            elif gone and self._pubsub is not None:
                with contextlib.suppress(Exception):
                    await self._pubsub.unsubscribe(*gone)

    def _ensure_pubsub(self) -> PubSub:
        if self._pubsub is None:
            self._pubsub = get_redis().pubsub()
        return self._pubsub

    def _ensure_reader(self) -> None:
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read(), name="realtime-hub")

    def _restart(self) -> None:
        """Drop the connection; the reader reconnects and resubscribes."""
        if self._pubsub is not None:
            old, self._pubsub = self._pubsub, None
            asyncio.ensure_future(_close_quietly(old))

    async def _stop(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None and reader is not asyncio.current_task():
            reader.cancel()
            with contextlib.suppress(BaseException):
                await reader
        pubsub, self._pubsub = self._pubsub, None
        if pubsub is not None:
            await _close_quietly(pubsub)

    async def _read(self) -> None:
        backoff = 0.2
        while self._subs:
            pubsub = self._pubsub
            try:
                if pubsub is None or not pubsub.subscribed:
                    pubsub = await self._resubscribe()
                message = await pubsub.get_message(timeout=1.0)
                backoff = 0.2
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("realtime_hub_disconnected", error_type=type(exc).__name__)
                self._restart()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
                continue
            if message is not None:
                self._dispatch(message)

    async def _resubscribe(self) -> PubSub:
        """After a lost connection: subscribe again; once Redis confirmed every channel, tell
        every socket to resync (what was published meanwhile never reached us)."""
        async with self._lock:
            pubsub = self._ensure_pubsub()
            if self._subs:
                self._resync_after = set(self._subs)
                await pubsub.subscribe(*self._subs)
            return pubsub

    def _settle_resync(self, channels: set[str]) -> None:
        if self._resync_after:
            self._resync_after -= channels
            if not self._resync_after:
                for sub in {s for subs in self._subs.values() for s in subs}:
                    sub.offer(RESYNC)

    def _dispatch(self, message: dict[str, Any]) -> None:
        kind, channel = message.get("type"), _text(message.get("channel"))
        if kind == "subscribe":
            confirmed = self._confirmed.get(channel)
            if confirmed is not None:
                confirmed.set()
            self._settle_resync({channel})
        elif kind == "message":
            data = _text(message.get("data"))
            for sub in list(self._subs.get(channel, ())):
                sub.offer(data)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def _close_quietly(pubsub: PubSub) -> None:
    with contextlib.suppress(Exception):
        await pubsub.aclose()


_hub: Hub | None = None


def get_hub() -> Hub:
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub
