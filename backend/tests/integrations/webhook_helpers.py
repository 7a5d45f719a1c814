"""Provider-shaped webhook bodies and what the tests read back (stored deliveries, events)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from app.core.db import get_sessionmaker
from app.core.events import relay
from app.core.events.models import OutboxEvent
from app.integrations.models import OutboundMessage, WebhookDelivery
from tests.integrations.conftest import EVOLUTION_KEY

LEAD = "5511987654321"
INBOUND = "integrations.inbound_message_received"
STATUS_CHANGED = "integrations.outbound_message_status_changed"


def evolution_body(event: str, data: dict) -> dict:
    """Evolution API v2's envelope (the instance apikey included, as Evolution sends it)."""
    return {"event": event, "instance": "somos", "data": data,
            "destination": "https://api.somos.test/webhook/whatsapp",
            "date_time": "2026-11-22T04:00:00.000Z", "sender": "5511900000000@s.whatsapp.net",
            "server_url": "http://evolution.test", "apikey": EVOLUTION_KEY}


def evolution_message(message_id: str | None = None, *, text: str = "Oi, tenho interesse",
                      **key: object) -> dict:
    return evolution_body("messages.upsert", {
        "key": {"remoteJid": f"{LEAD}@s.whatsapp.net", "fromMe": False,
                "id": message_id or uuid.uuid4().hex[:20].upper(), **key},
        "pushName": "Ana", "message": {"conversation": text}, "messageType": "conversation",
        "messageTimestamp": 1795312800, "source": "android"})


def evolution_ack(message_id: str, status: str) -> dict:
    return evolution_body("messages.update", {
        "keyId": message_id, "remoteJid": f"{LEAD}@s.whatsapp.net", "fromMe": True,
        "status": status, "instanceId": "b1c2", "messageId": "cm3x"})


async def settle() -> None:
    """Let the relay deliver what the requests committed (and what those tasks committed)."""
    for _ in range(3):
        await relay.drain()


async def deliveries(organization_id: uuid.UUID) -> list[WebhookDelivery]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(WebhookDelivery).where(
            WebhookDelivery.organization_id == organization_id))).all())


async def events(organization_id: uuid.UUID, name: str) -> list[dict]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.organization_id == organization_id, OutboxEvent.name == name)
            .order_by(OutboxEvent.created_at))).all())


async def stored_count(organization_id: uuid.UUID) -> int:
    async with get_sessionmaker()() as session:
        return (await session.execute(select(func.count()).select_from(WebhookDelivery).where(
            WebhookDelivery.organization_id == organization_id))).scalar_one()


async def outbound(message_id: uuid.UUID) -> OutboundMessage:
    async with get_sessionmaker()() as session:
        return await session.get(OutboundMessage, message_id)
