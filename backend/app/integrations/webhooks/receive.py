"""Receiving a delivery: verify, store once, answer. Applying it happens in the integrations
queue (`process`), so the provider gets its 2xx in milliseconds."""

from __future__ import annotations

import json
from typing import Literal

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core import events
from app.integrations.events import WebhookReceived
from app.integrations.masking import strip_secrets
from app.integrations.repository import IntegrationsRepository
from app.integrations.webhooks.base import Headers, WebhookNotConfigured, WebhookSource

log = structlog.get_logger("app.integrations")

Outcome = Literal["accepted", "duplicate", "ignored"]


async def receive(session: AsyncSession, source: WebhookSource, headers: Headers,
                  raw: bytes) -> Outcome:
    source.verify(headers, raw)  # raises before anything is read or stored
    repo = IntegrationsRepository(session)
    slug = get_settings().integrations.organization_slug
    organization_id = await repo.organization_id(slug) if slug else None
    if organization_id is None:
        raise WebhookNotConfigured("INTEGRATIONS__ORGANIZATION_SLUG names no organization")
    try:
        payload = json.loads(raw)
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        log.warning("integration.webhook", source=source.name, outcome="ignored",
                    reason="body is not a JSON object")
        return "ignored"
    event_type = source.event_type(payload)
    delivery_id = await repo.add_delivery(organization_id, source.name,
                                          source.external_id(payload, headers, raw),
                                          event_type, strip_secrets(payload))
    outcome: Outcome = "accepted" if delivery_id else "duplicate"
    if delivery_id:
        await events.publish(session, WebhookReceived(
            organization_id=organization_id, delivery_id=delivery_id, source=source.name))
    log.info("integration.webhook", source=source.name, event_type=event_type, outcome=outcome)
    return outcome
