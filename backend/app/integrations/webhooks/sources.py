"""Every webhook source by name (the `source` column), for the task that applies them."""

from __future__ import annotations

from app.integrations.webhooks import evolution, meta, resend
from app.integrations.webhooks.base import WebhookSource

SOURCES: dict[str, WebhookSource] = {
    source.name: source for source in (evolution.SOURCE, meta.SOURCE, resend.SOURCE)}
