"""Sending one message along its routes and recording it as an `integrations_outbound_message`.

When every e-mail route fails for a transient reason, the message is `queued` (the seed's
"Fila para retry" for e-mail): `OutboundMessageQueued` makes the integrations queue try the
same routes again with Celery's backoff, with the same idempotency key; the last try that
still fails marks it `failed` and says so (`OutboundMessageStatusChanged`), so its owner can
tell the user."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.breaker import BreakerOpen
from app.identity import service as identity
from app.integrations import routes
from app.integrations.client import CallResult, IntegrationError, Origin
from app.integrations.events import OutboundMessageQueued, OutboundMessageStatusChanged
from app.integrations.masking import mask_contact
from app.integrations.models import OutboundMessage
from app.integrations.schemas import Delivery

RETRY_TASK = "integrations.retry_email"


@dataclass
class Outcome:
    route: routes.Route
    result: CallResult | None = None
    errors: list[str] = field(default_factory=list)
    transient: bool = True  # every failure so far was worth retrying later

    @property
    def status(self) -> str:
        if self.result is None:
            return "failed"
        return "sandboxed" if self.result.sandboxed else "sent"

    @property
    def error(self) -> str | None:
        return "; ".join(self.errors) or None


async def attempt(session: AsyncSession, origin: Origin, chain: list[routes.Route]) -> Outcome:
    outcome = Outcome(chain[-1])
    for route in chain:
        try:
            result = await route.call(session, route.request, origin)
        except (IntegrationError, BreakerOpen) as exc:
            outcome.errors.append(str(exc))
            outcome.transient &= getattr(exc, "transient", True)
            continue
        outcome.route, outcome.result = route, result
        break
    return outcome


async def send(session: AsyncSession, origin: Origin, chain: list[routes.Route], *,
               message_id: uuid.UUID | None = None, content: dict[str, Any] | None = None,
               queue_when_down: bool = False) -> Delivery:
    outcome = await attempt(session, origin, chain)
    status = outcome.status
    if status == "failed" and queue_when_down and outcome.transient:
        status = "queued"
    route, result = outcome.route, outcome.result
    message = OutboundMessage(
        id=message_id or uuid.uuid4(), organization_id=origin.organization_id,
        channel=route.channel, provider=route.provider, recipient=route.recipient,
        status=status, error=outcome.error, content=content or {}, context=origin.context,
        external_id=route.message_id(result.body) if result is not None else None,
        sandbox=bool(result and result.sandboxed),
        sandbox_request_id=result.sandbox_request_id if result is not None else None)
    session.add(message)
    await session.flush()
    await _audit(session, message)
    if status == "queued":
        await events.publish(session, OutboundMessageQueued(
            organization_id=message.organization_id, message_id=message.id))
    return delivery_of(message)


async def of_ids(session: AsyncSession, organization_id: uuid.UUID,
                 message_ids: list[uuid.UUID]) -> list[OutboundMessage]:
    if not message_ids:
        return []
    return list((await session.scalars(select(OutboundMessage).where(
        OutboundMessage.organization_id == organization_id,
        OutboundMessage.id.in_(message_ids)).with_for_update())).all())


async def retry_queued_email(session: AsyncSession, event: OutboundMessageQueued, *,
                             last_try: bool) -> None:
    """One more try of a queued e-mail; raises the failure (to be retried) unless `last_try`."""
    message = await session.get(OutboundMessage, event.message_id, with_for_update=True)
    if message is None or message.status != "queued":
        return
    chain = routes.email(message.recipient, message.content["subject"],
                         message.content["text"], message.content.get("html"), message.id)
    outcome = await attempt(session, Origin(message.organization_id, False, message.context),
                            chain)
    if outcome.result is None and not last_try:
        raise IntegrationError(outcome.route.provider, "send_email", outcome.error or "",
                               transient=True)
    message.status, message.status_at = outcome.status, datetime.now(UTC)
    message.provider, message.error = outcome.route.provider, outcome.error
    if outcome.result is not None:
        message.external_id = outcome.route.message_id(outcome.result.body)
        message.sandbox = outcome.result.sandboxed
        message.sandbox_request_id = outcome.result.sandbox_request_id
    await _audit(session, message)
    if message.status in ("sent", "failed"):  # the sender learns how its queued e-mail went
        await events.publish(session, OutboundMessageStatusChanged(
            organization_id=message.organization_id, message_id=message.id,
            channel=message.channel, provider=message.provider,
            external_id=message.external_id or "", status=message.status,
            context=message.context))


async def _audit(session: AsyncSession, message: OutboundMessage) -> None:
    await audit.record(session, identity.Actor.system(message.organization_id),
                       f"integrations.message.{message.status}", "integrations_outbound_message",
                       message.id, after={"channel": message.channel,
                                          "provider": message.provider, "status": message.status,
                                          "to": mask_contact(message.recipient)})


def delivery_of(message: OutboundMessage) -> Delivery:
    return Delivery(id=message.id, channel=message.channel, provider=message.provider,
                    status=message.status, external_id=message.external_id,
                    to=message.recipient, error=message.error, sandbox=message.sandbox)
