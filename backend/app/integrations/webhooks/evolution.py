"""Evolution API (WhatsApp) webhooks: a per-instance webhook configured with the header
`Authorization: Bearer <INTEGRATIONS__EVOLUTION_WEBHOOK_TOKEN>` (the global webhook sends no
header and cannot be verified). The body carries the instance `apikey`: never stored.

Never answer 4xx to a genuine delivery (Evolution does not retry 4xx): unknown events,
group chats and our own messages are stored and ignored."""

from __future__ import annotations

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

ACK_STATUS: dict[str, MessageStatus] = {"SERVER_ACK": "sent", "DELIVERY_ACK": "delivered",
                                        "READ": "read", "PLAYED": "read", "ERROR": "failed"}


def _verify(headers: Headers, raw: bytes) -> None:
    token = require_secret(get_settings().integrations.evolution_webhook_token,
                           "INTEGRATIONS__EVOLUTION_WEBHOOK_TOKEN")
    scheme, _, value = (headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not same(value.strip(), token):
        raise WebhookRejected("Invalid webhook token")


def _event(payload: dict[str, Any]) -> str:
    return str(payload.get("event") or "unknown").lower().replace("_", ".")[:80]


def _data(payload: dict[str, Any]) -> dict[str, Any]:
    data = payload.get("data")
    return data if isinstance(data, dict) else {}


def _external_id(payload: dict[str, Any], headers: Headers, raw: bytes) -> str:
    event, data = _event(payload), _data(payload)
    key = data.get("key") if isinstance(data.get("key"), dict) else {}
    message_id = key.get("id") or data.get("keyId")
    if event == "messages.upsert" and message_id:
        return f"{event}:{message_id}"
    if event == "messages.update" and message_id:
        return f"{event}:{message_id}:{data.get('status')}"
    return f"{event}:{body_digest(raw)}"


def _phone(key: dict[str, Any]) -> str | None:
    jid = str(key.get("remoteJid") or "")
    if key.get("addressingMode") == "lid" or jid.endswith("@lid"):
        jid = str(key.get("remoteJidAlt") or key.get("senderPn") or "")
    if not jid.endswith("@s.whatsapp.net"):
        return None  # groups (@g.us), broadcasts, or a lid without its phone
    return jid.split("@", 1)[0].split(":", 1)[0]


def _text(message: dict[str, Any]) -> str | None:
    extended = message.get("extendedTextMessage")
    return message.get("conversation") or (
        extended.get("text") if isinstance(extended, dict) else None)


def _received_at(data: dict[str, Any]) -> datetime:
    stamp = data.get("messageTimestamp")
    try:
        return datetime.fromtimestamp(int(stamp), UTC)
    except (TypeError, ValueError):
        return datetime.now(UTC)


def _normalise(payload: dict[str, Any]) -> list[Normalised]:
    event, data = _event(payload), _data(payload)
    if event == "messages.upsert":
        key = data.get("key") if isinstance(data.get("key"), dict) else {}
        phone = _phone(key)
        if key.get("fromMe") or phone is None or not key.get("id"):
            return []
        message = data.get("message") if isinstance(data.get("message"), dict) else {}
        return [InboundMessage("whatsapp", phone, _text(message), str(key["id"]),
                               _received_at(data))]
    if event == "messages.update":
        status = ACK_STATUS.get(str(data.get("status")))
        message_id = data.get("keyId") or (data.get("key") or {}).get("id")
        if status and message_id and not str(data.get("remoteJid", "")).endswith("@g.us"):
            return [StatusUpdate(str(message_id), status)]
    return []


SOURCE = WebhookSource("evolution", "evolution", _verify, _external_id, _event, _normalise)
