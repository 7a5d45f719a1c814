"""The SDR's shapes of outreach: campaigns and their funnels, enrollments, messages, the
approval queue, the replies inbox, manual tasks, and a lead's personal-data export."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.modules.sdr.models import (
    CampaignStatus,
    EnrollmentStatus,
    FinishReason,
    MessageStatus,
    TaskKind,
    TaskOutcome,
)
from app.modules.sdr.schemas.setup import ReplyClass, SuppressionRead


class CampaignCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    cadence_id: uuid.UUID
    lead_ids: list[uuid.UUID] = Field(min_length=1, max_length=500)


class Funnel(BaseModel):
    enrolled: int = 0
    pending_approval: int = 0
    sent: int = Field(0, description="Messages out (sandboxed ones included)")
    delivered: int = Field(0, description="Delivered or read")
    read: int = 0
    replied: int = Field(0, description="Leads that wrote back")
    interested: int = 0
    opted_out: int = 0
    converted: int = Field(0, description="Leads accepted into the CRM")


class StepFunnel(BaseModel):
    step_index: int
    kind: str
    enrolled: int = Field(description="Enrollments that reached the step (a draft, a send "
                                      "or a task of it)")
    pending_approval: int
    sent: int
    delivered: int
    read: int
    replied: int
    interested: int
    opted_out: int = Field(description="Replies to this step asking to stop")


class CampaignMetrics(BaseModel):
    campaign_id: uuid.UUID
    totals: Funnel
    steps: list[StepFunnel] = Field(description="Per step, waits left out")


class CampaignRead(BaseModel):
    """Built with `funnel` from metrics.funnels (campaign rows have none)."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    cadence_id: uuid.UUID
    status: CampaignStatus
    owner_id: uuid.UUID | None
    created_at: datetime
    funnel: Funnel


class EnrollmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    campaign_id: uuid.UUID
    lead_id: uuid.UUID
    status: EnrollmentStatus
    finish_reason: FinishReason | None
    step_index: int
    next_at: datetime | None = Field(description="When its next step is due")
    send_at: datetime | None = Field(description="The planned send time of the next step")
    run_id: uuid.UUID | None = Field(description="The agent run drafting or sending its step")
    name: str
    company: str | None
    phone: str | None
    email: str | None
    demo: bool = Field(description="A demo-directory lead: only ever sent to the sandbox")
    accepted_at: datetime | None
    replied_at: datetime | None


class CampaignDetail(CampaignRead):
    enrollments: list[EnrollmentRead]


class MessageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    enrollment_id: uuid.UUID
    step_index: int
    channel: str
    direction: str
    subject: str | None
    text: str
    status: MessageStatus
    run_id: uuid.UUID | None
    sent_at: datetime | None
    classification: str | None = Field(description="A reply's class: interested, objection, "
                                                   "not_now, unsubscribe, out_of_office, other")
    created_at: datetime


class ManualMessage(BaseModel):
    text: str = Field(min_length=1, max_length=4000)
    subject: str | None = Field(None, max_length=200, description="For an e-mail")


class Conversation(BaseModel):
    enrollment_id: uuid.UUID
    campaign_id: uuid.UUID
    campaign_name: str | None
    lead_id: uuid.UUID
    name: str
    company: str | None
    channel: str
    last_text: str
    last_direction: str
    classification: ReplyClass | None = Field(description="Of the latest reply")
    last_at: datetime
    status: EnrollmentStatus
    finish_reason: FinishReason | None
    accepted_at: datetime | None


class SdrApproval(BaseModel):
    approval_id: uuid.UUID
    run_id: uuid.UUID
    message_id: uuid.UUID
    enrollment_id: uuid.UUID
    campaign_id: uuid.UUID
    campaign_name: str
    lead_id: uuid.UUID
    name: str
    company: str | None
    channel: str
    to: str
    subject: str | None
    text: str
    step_index: int
    offline: bool = Field(description="Written by the offline engine (rules), not a model")
    demo: bool = Field(description="A demo-directory lead: it only ever reaches the sandbox")
    created_at: datetime


class ApprovalEdit(BaseModel):
    """Approve as drafted, or with the reviewer's text (and subject, for an e-mail)."""

    text: str | None = Field(None, min_length=1, max_length=4000)
    subject: str | None = Field(None, min_length=1, max_length=200)
    note: str | None = Field(None, max_length=2000)


class Decided(BaseModel):
    approval_id: uuid.UUID
    status: str


class BulkApproval(BaseModel):
    approval_ids: list[uuid.UUID] = Field(min_length=1, max_length=200)


class NotDecided(BaseModel):
    approval_id: uuid.UUID
    message: str


class BulkApproved(BaseModel):
    approved: list[uuid.UUID]
    failed: list[NotDecided]


class SdrTask(BaseModel):
    id: uuid.UUID
    enrollment_id: uuid.UUID
    campaign_id: uuid.UUID
    kind: TaskKind
    title: str
    name: str
    company: str | None
    phone: str | None
    email: str | None
    due_at: datetime
    done_at: datetime | None
    outcome: TaskOutcome | None
    note: str | None
    assignee_id: uuid.UUID | None


class TaskCompletion(BaseModel):
    outcome: TaskOutcome
    note: str | None = Field(None, max_length=2000)


class PersonalData(BaseModel):
    exported_at: datetime
    legal_basis: str
    lead: dict[str, Any] = Field(description="The hunter's lead, with per-field provenance")
    enrollments: list[EnrollmentRead]
    messages: list[MessageRead]
    suppression: list[SuppressionRead]
