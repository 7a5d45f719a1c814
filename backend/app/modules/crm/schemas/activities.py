"""Activities, timelines and my tasks."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.modules.crm.models.activities import ActivityKind

Direction = Literal["inbound", "outbound"]


class ActivityFields(BaseModel):
    subject: str | None = Field(None, max_length=200)
    body: str | None = Field(None, max_length=20_000)
    due_at: datetime | None = Field(None, description="Tasks: when it is due")
    duration_minutes: int | None = Field(None, ge=0, le=24 * 60)
    owner_id: uuid.UUID | None = Field(None, description="Author or assignee; default: the "
                                                         "caller")


class ActivityCreate(ActivityFields):
    """Linked to at least one of company, contact and deal. E-mail and WhatsApp messages
    are what the SDR module logs (`external_id`: the provider's message id, logged once)."""

    kind: ActivityKind
    company_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    deal_id: uuid.UUID | None = None
    direction: Direction | None = None
    occurred_at: datetime | None = Field(None, description="Default: now")
    external_id: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _linked(self) -> ActivityCreate:
        if not (self.company_id or self.contact_id or self.deal_id):
            raise ValueError("link the activity to a company, a contact or a deal")
        return self


class ActivityUpdate(ActivityFields):
    done: bool | None = Field(None, description="Tasks: mark done or open again")


class ActivityRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: ActivityKind
    subject: str
    body: str
    company_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    deal_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    direction: str | None
    occurred_at: datetime
    due_at: datetime | None
    done_at: datetime | None
    duration_minutes: int | None
    external_id: str | None
    created_at: datetime


class ActivityFilters(BaseModel):
    kind: ActivityKind | None = None
    company_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    deal_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    done: bool | None = None
    due_from: datetime | None = None
    due_to: datetime | None = None


class TimelineEntry(BaseModel):
    """One item of a record's timeline, newest first: an activity, or something that
    happened to the record (`event`: created, stage_changed, won, lost, merged, ...)."""

    type: Literal["activity", "event"]
    id: uuid.UUID
    at: datetime
    activity: ActivityRead | None = None
    event: str | None = None
    data: dict[str, Any] | None = None
    actor_id: str | None = None


class MyTask(ActivityRead):
    """A task with the names of what it is about, for lists that show no record."""

    deal_title: str | None = None
    contact_name: str | None = None
    company_name: str | None = None


class MyTasks(BaseModel):
    """The caller's open tasks: overdue (due before today) and due today, in
    America/Sao_Paulo days."""

    overdue: list[MyTask]
    due_today: list[MyTask]
