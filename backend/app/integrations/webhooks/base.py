"""What a webhook source is: how to verify a delivery, name it, and read it.

Adding a source (Asaas, Instagram...) is one file that builds a `WebhookSource`, added to
`sources.SOURCES`, and a route that calls `receive`."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from app.core.errors import AppError, Unauthorized
from app.integrations.events import MessageStatus

Headers = Mapping[str, str]


class WebhookNotConfigured(AppError):
    """We cannot verify this source yet (no secret set): answer 503 so the provider retries
    later instead of dropping the event (Evolution drops anything answered 4xx)."""

    status, code, title = 503, "webhook_not_configured", "Webhook not configured"


class WebhookRejected(Unauthorized):
    """Bad or missing signature or token: nothing is stored."""


@dataclass(frozen=True)
class InboundMessage:
    channel: Literal["whatsapp", "email"]
    sender: str
    text: str | None
    provider_message_id: str
    received_at: datetime
    subject: str | None = None


@dataclass(frozen=True)
class StatusUpdate:
    external_id: str
    status: MessageStatus


Normalised = InboundMessage | StatusUpdate


@dataclass(frozen=True)
class WebhookSource:
    name: str  # the `source` column, unique with the external id
    provider: str  # outbound messages' provider whose statuses this source reports
    verify: Callable[[Headers, bytes], None]
    external_id: Callable[[dict[str, Any], Headers, bytes], str]
    event_type: Callable[[dict[str, Any]], str]
    normalise: Callable[[dict[str, Any]], list[Normalised]]
    # Providers that notify without the content (Resend's inbound mail): fetch it (in the task)
    complete: Callable[[InboundMessage], Awaitable[InboundMessage]] | None = None


def require_secret(value: str, what: str) -> str:
    if not value:
        raise WebhookNotConfigured(f"{what} is not configured")
    return value


def same(given: str | None, expected: str) -> bool:
    """Constant-time comparison (a timing difference would leak the secret byte by byte)."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def body_digest(raw: bytes) -> str:
    """An external id for deliveries that carry none: the same body is the same delivery."""
    return hashlib.sha256(raw).hexdigest()
