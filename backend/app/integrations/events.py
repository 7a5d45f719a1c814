"""What the integrations layer tells the rest of the system (sdr, crm, notifications).

Inbound messages and delivery statuses are normalised here, whatever the provider, so a
consumer never parses a provider's body: phones are digits with the country code, e-mail
addresses lower case."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from app.core.events import Event

MessageStatus = Literal["sent", "delivered", "read", "failed", "bounced", "opened", "clicked",
                        "complained"]


class WebhookReceived(Event):
    """A verified delivery was stored for the first time; the integrations queue applies it."""

    delivery_id: uuid.UUID
    source: str


class OutboundMessageQueued(Event):
    """Every provider of an e-mail was down; the integrations queue retries it."""

    message_id: uuid.UUID


class InboundMessageReceived(Event):
    channel: Literal["whatsapp", "email"]
    provider: str
    sender: str
    text: str | None
    subject: str | None = None
    provider_message_id: str
    received_at: datetime
    delivery_id: uuid.UUID


class OutboundMessageStatusChanged(Event):
    message_id: uuid.UUID
    channel: Literal["whatsapp", "email"]
    provider: str
    external_id: str
    status: MessageStatus
    context: dict
