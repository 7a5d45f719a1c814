"""Integration tables: the sandbox outbox of requests not sent, every outgoing message, and
every verified inbound webhook delivery (unique per source and provider id)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class SandboxRequest(OrganizationScopedModel):
    """The exact request an adapter would have sent (secrets masked), for review in the UI."""

    __tablename__ = "integrations_sandbox_request"
    __table_args__ = (
        Index("ix_integrations_sandbox_request_org_created", "organization_id", "created_at",
              "id"),
    )

    service: Mapped[str] = mapped_column(String(40))
    operation: Mapped[str] = mapped_column(String(60))
    request: Mapped[dict[str, Any]] = mapped_column(JSON)
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OutboundMessage(OrganizationScopedModel):
    """One message we sent (or would have, in sandbox); delivery webhooks update its status."""

    __tablename__ = "integrations_outbound_message"
    __table_args__ = (
        Index("ix_integrations_outbound_message_provider_external", "provider", "external_id"),
    )

    channel: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)
    sandbox: Mapped[bool] = mapped_column(Boolean, default=False)
    sandbox_request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("integrations_sandbox_request.id", ondelete="SET NULL"))
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # what was sent
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status_at: Mapped[datetime | None] = mapped_column()


class WebhookDelivery(OrganizationScopedModel):
    """A verified delivery as received (secrets stripped); the unique key makes a provider's
    retries and duplicates land on the same row."""

    __tablename__ = "integrations_webhook_delivery"
    __table_args__ = (UniqueConstraint("source", "external_id"),)

    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(200))
    event_type: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    processed_at: Mapped[datetime | None] = mapped_column()
