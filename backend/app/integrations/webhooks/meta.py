"""WhatsApp Cloud API (Meta) webhooks: `X-Hub-Signature-256: sha256=<hex>` is the HMAC-SHA256
of the raw body with the app secret (Meta escapes non-ASCII as \\uXXXX, so only the raw
bytes verify). One delivery can carry several messages and statuses."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from app.config import get_settings
from app.integrations.events import MessageStatus
from app.integrations.webhooks.base import (
    Headers,
    InboundMessage,
    Normalised,
    StatusUpdate,
    WebhookRejected,
    WebhookSource,
    body_digest,
    require_secret,
    same,
)

STATUS: dict[str, MessageStatus] = {"sent": "sent", "delivered": "delivered", "read": "read",
                                    "failed": "failed"}


def _verify(headers: Headers, raw: bytes) -> None:
    secret = require_secret(get_settings().integrations.whatsapp_cloud_app_secret,
                            "INTEGRATIONS__WHATSAPP_CLOUD_APP_SECRET")
    expected = "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    if not same(headers.get("x-hub-signature-256"), expected):
        raise WebhookRejected("Invalid X-Hub-Signature-256")


def _values(payload: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in payload.get("entry") or []:
        for change in (entry.get("changes") or []) if isinstance(entry, dict) else []:
            value = change.get("value") if isinstance(change, dict) else None
            if isinstance(value, dict):
                yield value


def _ids(payload: dict[str, Any]) -> list[str]:
    ids = []
    for value in _values(payload):
        ids += [f"m:{m.get('id')}" for m in value.get("messages") or []]
        ids += [f"s:{s.get('id')}:{s.get('status')}" for s in value.get("statuses") or []]
    return sorted(ids)


def _external_id(payload: dict[str, Any], headers: Headers, raw: bytes) -> str:
    ids = ",".join(_ids(payload))
    return ids if ids and len(ids) <= 200 else body_digest(raw)


def _event(payload: dict[str, Any]) -> str:
    kinds = {kind for value in _values(payload) for kind in ("messages", "statuses")
             if value.get(kind)}
    return "+".join(sorted(kinds)) or str(payload.get("object") or "unknown")[:80]


def _normalise(payload: dict[str, Any]) -> list[Normalised]:
    found: list[Normalised] = []
    for value in _values(payload):
        for message in value.get("messages") or []:
            text = (message.get("text") or {}).get("body")  # None for media and reactions
            stamp = int(message.get("timestamp") or 0) or None
            found.append(InboundMessage(
                "whatsapp", str(message.get("from")), text, str(message.get("id")),
                datetime.fromtimestamp(stamp, UTC) if stamp else datetime.now(UTC)))
        for status in value.get("statuses") or []:
            if (mapped := STATUS.get(str(status.get("status")))) and status.get("id"):
                found.append(StatusUpdate(str(status["id"]), mapped))
    return found


def verify_subscription(mode: str | None, token: str | None) -> bool:
    """The GET handshake Meta makes when the webhook is (re)subscribed."""
    expected = get_settings().integrations.whatsapp_cloud_verify_token
    return mode == "subscribe" and bool(expected) and same(token, expected)


SOURCE = WebhookSource("whatsapp_cloud", "whatsapp_cloud", _verify, _external_id, _event,
                       _normalise)
