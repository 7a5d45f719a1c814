"""Reactions of the integrations package to events."""

from __future__ import annotations

from app.core.events import subscribe_task
from app.integrations.events import OutboundMessageQueued, WebhookReceived
from app.integrations.outbound import RETRY_TASK
from app.integrations.webhooks.process import HANDLER

subscribe_task(WebhookReceived, HANDLER)
subscribe_task(OutboundMessageQueued, RETRY_TASK)
