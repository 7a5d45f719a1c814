"""Resend webhooks, signed by Svix (`svix-id`, `svix-timestamp`, `svix-signature`), verified
with the `svix` package on the raw bytes (timestamps more than 5 minutes off are refused).
`svix-id` names the delivery: Resend's retries carry the same one.

Inbound mail (`email.received`) carries metadata only; the processing task fetches its text
through Resend's API (`_complete`) before it publishes `InboundMessageReceived`."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parseaddr
from typing import Any

from svix.webhooks import Webhook, WebhookVerificationError

from app.config import get_settings
from app.integrations import resend as resend_api
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
)

STATUS: dict[str, MessageStatus] = {
    "email.sent": "sent", "email.delivered": "delivered", "email.bounced": "bounced",
    "email.opened": "opened", "email.clicked": "clicked", "email.complained": "complained",
    "email.failed": "failed"}


def _verify(headers: Headers, raw: bytes) -> None:
    secret = require_secret(get_settings().integrations.resend_webhook_secret,
                            "INTEGRATIONS__RESEND_WEBHOOK_SECRET")
    wanted = ("svix-id", "svix-timestamp", "svix-signature")
    try:
        Webhook(secret).verify(raw, {name: headers.get(name) or "" for name in wanted})
    except WebhookVerificationError as exc:
        raise WebhookRejected("Invalid Svix signature") from exc


def _external_id(payload: dict[str, Any], headers: Headers, raw: bytes) -> str:
    return (headers.get("svix-id") or body_digest(raw))[:200]


def _event(payload: dict[str, Any]) -> str:
    return str(payload.get("type") or "unknown")[:80]


def _normalise(payload: dict[str, Any]) -> list[Normalised]:
    kind, data = _event(payload), payload.get("data")
    if not isinstance(data, dict) or not data.get("email_id"):
        return []
    if kind == "email.received":
        sender = parseaddr(str(data.get("from") or ""))[1].lower()
        try:
            received = datetime.fromisoformat(str(payload.get("created_at")))
        except ValueError:
            received = datetime.now(UTC)
        return [InboundMessage("email", sender, None, str(data["email_id"]), received,
                               subject=data.get("subject"))] if sender else []
    status = STATUS.get(kind)
    return [StatusUpdate(str(data["email_id"]), status)] if status else []


async def _complete(message: InboundMessage) -> InboundMessage:
    """Fetch the mail's text through Resend's API (not in sandbox: there is nothing to fetch).
    A failure propagates: the task is retried with the delivery still unapplied."""
    client = resend_api.client()
    if not client.configured:
        return message
    result = await client.send(resend_api.received_email(message.provider_message_id))
    body = result.body if isinstance(result.body, dict) else {}
    return replace(message, text=body.get("text"), subject=body.get("subject") or message.subject)


SOURCE = WebhookSource("resend", "resend", _verify, _external_id, _event, _normalise, _complete)
