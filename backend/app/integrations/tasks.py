"""Integrations tasks (queue `integrations`): thin, ids in, service call, commit. A provider
failure on the way is transient: the task is retried with backoff, nothing half-applied."""

from __future__ import annotations

from typing import Any

from celery import current_task

from app.core.breaker import BreakerOpen
from app.core.db import unit_of_work
from app.integrations import outbound
from app.integrations.client import IntegrationError
from app.integrations.events import OutboundMessageQueued, WebhookReceived
from app.integrations.webhooks.process import HANDLER, process
from app.worker.runtime import TransientError, task

EMAIL_RETRIES = 8  # Celery's backoff (2, 4, 8 ... s, capped) spreads them over minutes


@task(HANDLER)
async def process_webhook(payload: dict[str, Any]) -> None:
    """Apply one stored webhook delivery (enqueued by the outbox for `WebhookReceived`)."""
    try:
        async with unit_of_work() as session:
            await process(session, WebhookReceived.model_validate(payload))
    except (IntegrationError, BreakerOpen) as exc:
        raise TransientError(str(exc)) from exc


@task(outbound.RETRY_TASK, max_retries=EMAIL_RETRIES)
async def retry_email(payload: dict[str, Any]) -> None:
    """Try a queued e-mail again; the last retry marks it failed instead of raising."""
    request = current_task.request if current_task else None
    last_try = bool(request and request.retries >= EMAIL_RETRIES)
    try:
        async with unit_of_work() as session:
            await outbound.retry_queued_email(
                session, OutboundMessageQueued.model_validate(payload), last_try=last_try)
    except (IntegrationError, BreakerOpen) as exc:
        raise TransientError(str(exc)) from exc
