"""The suppression list (sdr_suppression): e-mail addresses and phone numbers nothing is ever
sent to again: unsubscribes, bounces, complaints, and entries a person adds."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class SuppressionKind(StrEnum):
    email = "email"
    phone = "phone"


class SuppressionReason(StrEnum):
    unsubscribed = "unsubscribed"  # the person asked (a reply, the opt-out line)
    bounced = "bounced"
    complained = "complained"
    manual = "manual"


class Suppression(OrganizationScopedModel):
    __tablename__ = "sdr_suppression"
    __table_args__ = (UniqueConstraint("organization_id", "kind", "value"),)

    kind: Mapped[SuppressionKind] = mapped_column(String(5), nullable=False)
    value: Mapped[str] = mapped_column(String(254), nullable=False)  # normalised
    reason: Mapped[SuppressionReason] = mapped_column(String(12), nullable=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    added_by: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
