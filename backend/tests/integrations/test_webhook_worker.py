"""Webhook processing as deployed: the delivery is committed by the API side, the outbox
sweep of a real Celery worker process enqueues `integrations.process_webhook`, and that
worker applies it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

from app.core.db import get_sessionmaker
from app.integrations.webhooks import evolution
from app.integrations.webhooks.receive import receive
from tests.core.test_worker import Worker, client_for, eventually, forget
from tests.integrations.conftest import WEBHOOK_TOKEN
from tests.integrations.webhook_helpers import INBOUND, deliveries, events, evolution_message


@pytest.fixture
def worker() -> Iterator[tuple[Worker, object]]:
    prefix = f"int{uuid.uuid4().hex[:8]}:"
    process, client = Worker(prefix, "integrations"), client_for(prefix)
    yield process, client
    process.stop()
    client.close()
    forget(prefix)


async def test_a_real_worker_applies_a_stored_delivery_once(worker, org, configured):
    process, celery = worker
    raw = json.dumps(evolution_message("3EB0AAAA")).encode()
    async with get_sessionmaker()() as session:  # committed, not handed to this relay
        outcome = await receive(session, evolution.SOURCE,
                                {"authorization": f"Bearer {WEBHOOK_TOKEN}"}, raw)
        await session.commit()
    assert outcome == "accepted"

    celery.send_task("core.relay_outbox")

    async def applied() -> bool:
        return bool(await events(org.id, INBOUND))

    await eventually(applied, 60, "the worker to apply the delivery", process)
    [delivery] = await deliveries(org.id)
    assert delivery.processed_at is not None
    assert [e["provider_message_id"] for e in await events(org.id, INBOUND)] == ["3EB0AAAA"]
