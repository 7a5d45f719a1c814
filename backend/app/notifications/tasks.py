"""Notification tasks (queue `integrations`): thin, the event in, the service call, commit."""

from __future__ import annotations

from typing import Any

from app.core.db import unit_of_work
from app.core.events import once
from app.notifications import service as notifications
from app.notifications.events import NotificationCreated
from app.notifications.handlers import PUSH_TASK
from app.worker.runtime import task


@task(PUSH_TASK)
async def push(payload: dict[str, Any]) -> None:
    """Push one new notification to its user's devices, once however often it is delivered
    (a failed push is reported in the result and the sandbox, never retried into a storm)."""
    event = NotificationCreated.model_validate(payload)
    async with unit_of_work() as session, once(session, PUSH_TASK, event.event_id) as fresh:
        if fresh:
            await notifications.push(session, event)
