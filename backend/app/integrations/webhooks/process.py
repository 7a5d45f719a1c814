"""Applying a stored delivery, once: inbound messages become `InboundMessageReceived` (once
per provider message id too, since Meta may redeliver a message inside another batch),
delivery statuses move the outgoing message forward (never back: providers send acks out of
order) and become `OutboundMessageStatusChanged`."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.integrations.events import (
    InboundMessageReceived,
    OutboundMessageStatusChanged,
    WebhookReceived,
)
from app.integrations.models import OutboundMessage, WebhookDelivery
from app.integrations.repository import IntegrationsRepository
from app.integrations.webhooks.base import InboundMessage, StatusUpdate, WebhookSource
from app.integrations.webhooks.sources import SOURCES

HANDLER = "integrations.process_webhook"
INBOUND_MESSAGE = "integrations.inbound_message"
# A status replaces another only when it ranks higher; final failures rank above everything.
RANK = {"sandboxed": 0, "sent": 1, "delivered": 2, "opened": 3, "read": 3, "clicked": 4,
        "failed": 9, "bounced": 9, "complained": 9}


async def process(session: AsyncSession, event: WebhookReceived) -> None:
    async with events.once(session, HANDLER, event.delivery_id) as fresh:
        if not fresh:
            return
        repo = IntegrationsRepository(session)
        delivery = await repo.delivery(event.organization_id, event.delivery_id)
        if delivery is None:
            return
        source = SOURCES[delivery.source]
        for item in source.normalise(delivery.payload):
            if isinstance(item, InboundMessage):
                if source.complete is not None:
                    item = await source.complete(item)
                await _inbound(session, delivery, source, item)
            else:
                await _status(session, repo, delivery, source, item)
        delivery.processed_at = datetime.now(UTC)


async def _inbound(session: AsyncSession, delivery: WebhookDelivery, source: WebhookSource,
                   item: InboundMessage) -> None:
    key = uuid.uuid5(uuid.NAMESPACE_URL,
                     f"{delivery.organization_id}:{source.provider}:{item.provider_message_id}")
    async with events.once(session, INBOUND_MESSAGE, key) as fresh:
        if fresh:
            await events.publish(session, InboundMessageReceived(
                organization_id=delivery.organization_id, channel=item.channel,
                provider=source.provider, sender=item.sender, text=item.text,
                subject=item.subject, provider_message_id=item.provider_message_id,
                received_at=item.received_at, delivery_id=delivery.id))


async def _status(session: AsyncSession, repo: IntegrationsRepository,
                  delivery: WebhookDelivery, source: WebhookSource, item: StatusUpdate) -> None:
    message = await repo.outbound_for_update(delivery.organization_id, source.provider,
                                             item.external_id)
    if message is None or RANK[item.status] <= RANK.get(message.status, 0):
        return
    message.status, message.status_at = item.status, datetime.now(UTC)
    await events.publish(session, _changed(message, item))


def _changed(message: OutboundMessage, item: StatusUpdate) -> OutboundMessageStatusChanged:
    return OutboundMessageStatusChanged(
        organization_id=message.organization_id, message_id=message.id,
        channel=message.channel, provider=message.provider, external_id=item.external_id,
        status=item.status, context=message.context)
