"""Campaigns (sdr_campaign), each lead's enrollment in one (sdr_enrollment, a state
machine) and the messages of an enrollment (sdr_message), out and in."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class CampaignStatus(StrEnum):
    active = "active"
    paused = "paused"
    finished = "finished"


class EnrollmentStatus(StrEnum):
    pending_approval = "pending_approval"  # its first message waits for a person
    active = "active"  # the cadence goes on
    paused = "paused"
    finished = "finished"  # see finish_reason


class FinishReason(StrEnum):
    completed = "completed"
    replied = "replied"
    opted_out = "opted_out"
    suppressed = "suppressed"  # on the suppression list, or opted out in the CRM
    no_channel = "no_channel"  # no phone (WhatsApp) or e-mail for the step's channel
    rejected = "rejected"  # a reviewer rejected the first message
    failed = "failed"  # no provider accepted the message
    accepted = "accepted"  # the lead was accepted into the CRM


class MessageStatus(StrEnum):
    awaiting_approval = "awaiting_approval"
    rejected = "rejected"
    queued = "queued"  # an e-mail every provider refused for now: retried later
    sent = "sent"
    sandboxed = "sandboxed"  # recorded in the sandbox outbox instead of sent
    delivered = "delivered"
    read = "read"
    failed = "failed"
    blocked = "blocked"  # the address was suppressed between draft and approval
    received = "received"  # an inbound reply


class Campaign(OrganizationScopedModel):
    __tablename__ = "sdr_campaign"
    __table_args__ = (Index("ix_sdr_campaign_created", "organization_id", "created_at", "id"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    cadence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sdr_cadence.id", ondelete="RESTRICT"), nullable=False)
    status: Mapped[CampaignStatus] = mapped_column(String(10), nullable=False,
                                                   default=CampaignStatus.active)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)


class Enrollment(OrganizationScopedModel):
    __tablename__ = "sdr_enrollment"
    __table_args__ = (UniqueConstraint("campaign_id", "lead_id"),
                      Index("ix_sdr_enrollment_run", "run_id"),
                      Index("ix_sdr_enrollment_due", "next_at",
                            postgresql_where=text("status = 'active' AND run_id IS NULL")),
                      Index("ix_sdr_enrollment_lead", "organization_id", "lead_id"),
                      Index("ix_sdr_enrollment_replied", "organization_id", "replied_at", "id",
                            postgresql_where=text("replied_at IS NOT NULL")))

    campaign_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sdr_campaign.id", ondelete="CASCADE"), nullable=False)
    lead_id: Mapped[uuid.UUID] = mapped_column(nullable=False)  # the hunter's lead
    # whose lead it is (the hunter's owner, else the campaign's): a Comercial sees its own
    owner_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    status: Mapped[EnrollmentStatus] = mapped_column(String(20), nullable=False)
    finish_reason: Mapped[FinishReason | None] = mapped_column(String(12), nullable=True)
    step_index: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_at: Mapped[datetime | None] = mapped_column(nullable=True)  # due, not before
    send_at: Mapped[datetime | None] = mapped_column(nullable=True)  # its planned slot
    run_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)  # the step's agent run
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    company: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    # what the writer may use besides name and company: {"segment", "city"}
    facts: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict,
                                                  server_default=text("'{}'::jsonb"))
    demo: Mapped[bool] = mapped_column(nullable=False, default=False,
                                       server_default=text("false"))  # a demo-directory lead
    accepted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    replied_at: Mapped[datetime | None] = mapped_column(nullable=True)  # the latest reply


class Message(OrganizationScopedModel):
    __tablename__ = "sdr_message"
    __table_args__ = (Index("ix_sdr_message_enrollment", "enrollment_id", "created_at"),
                      Index("ix_sdr_message_run", "run_id"))

    enrollment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sdr_enrollment.id", ondelete="CASCADE"), nullable=False)
    step_index: Mapped[int] = mapped_column(Integer, nullable=False)
    channel: Mapped[str] = mapped_column(String(10), nullable=False)
    direction: Mapped[str] = mapped_column(String(3), nullable=False)  # "out" | "in"
    subject: Mapped[str | None] = mapped_column(String(200), nullable=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[MessageStatus] = mapped_column(String(20), nullable=False)
    run_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    outbound_message_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # an inbound reply's class (schemas.ReplyClass)
    classification: Mapped[str | None] = mapped_column(String(20), nullable=True)
