"""The SDR's shapes of its setup: cadences, the suppression list, accepting a lead."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from decimal import Decimal
from enum import StrEnum

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.core.identifiers import normalize_phone
from app.modules.sdr.models import SuppressionKind, SuppressionReason


class Acceptance(BaseModel):
    deal_title: str | None = Field(None, min_length=2, max_length=200,
                                   description="Default: '<company>: primeiro projeto'")
    deal_value: Decimal = Field(Decimal(0), ge=0, max_digits=14, decimal_places=2,
                                description="Expected value in BRL")


class Accepted(BaseModel):
    lead_id: uuid.UUID
    source_id: str = Field(description="The CRM converts the lead once per this id; the "
                                       "company, contact and deal appear on its timeline")


class SuppressionCreate(BaseModel):
    kind: SuppressionKind
    value: str = Field(min_length=3, max_length=254, description="An e-mail or a phone")
    reason: SuppressionReason = SuppressionReason.manual
    note: str | None = Field(None, max_length=500)

    @field_validator("value")
    @classmethod
    def _normalised(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("kind") is SuppressionKind.phone:
            return normalize_phone(value)
        value = value.strip().lower()
        local, _, domain = value.partition("@")
        if not local or "." not in domain:
            raise ValueError("not an e-mail address")
        return value


class SuppressionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: SuppressionKind
    value: str
    reason: SuppressionReason
    note: str | None
    added_by: uuid.UUID | None
    created_at: datetime


class ReplyClass(StrEnum):
    interested = "interested"
    objection = "objection"
    not_now = "not_now"
    unsubscribe = "unsubscribe"
    out_of_office = "out_of_office"
    other = "other"


class StepKind(StrEnum):
    whatsapp = "whatsapp"
    email = "email"
    linkedin_task = "linkedin_task"  # a person sends it on LinkedIn
    call_task = "call_task"
    wait = "wait"


MESSAGE_STEPS = frozenset({StepKind.whatsapp, StepKind.email})


class CadenceStep(BaseModel):
    kind: StepKind
    days: int | None = Field(None, ge=1, le=60, description="For a wait: business days")
    subject: str | None = Field(None, max_length=200, description="For an e-mail")
    needs_approval: bool = Field(False, description="The first message always needs one")

    @model_validator(mode="after")
    def _days(self) -> CadenceStep:
        if (self.kind is StepKind.wait) != (self.days is not None):
            raise ValueError("days: a wait step has days, other steps none")
        return self


class CadenceCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    steps: list[CadenceStep] = Field(min_length=1, max_length=20)
    window_start: time = time(9)
    window_end: time = time(18)
    weekdays: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4], min_length=1,
                                max_length=7, description="0 Monday ... 6 Sunday")
    daily_cap: int = Field(40, ge=1, le=1000, description="Messages a sender sends a day")
    spacing_min_seconds: int = Field(60, ge=0, le=3600)
    spacing_max_seconds: int = Field(300, ge=0, le=7200)

    @field_validator("steps")
    @classmethod
    def _first_is_a_message(cls, steps: list[CadenceStep]) -> list[CadenceStep]:
        if steps[0].kind not in MESSAGE_STEPS:
            raise ValueError("the first step is a WhatsApp message or an e-mail")
        steps[0].needs_approval = True  # nothing goes out before a person approves it
        return steps

    @field_validator("weekdays")
    @classmethod
    def _weekdays(cls, days: list[int]) -> list[int]:
        if any(not 0 <= d <= 6 for d in days):
            raise ValueError("weekdays go from 0 (Monday) to 6 (Sunday)")
        return sorted(set(days))

    @model_validator(mode="after")
    def _ranges(self) -> CadenceCreate:
        if not self.window_start < self.window_end:
            raise ValueError("window_end: must come after window_start")
        if self.spacing_min_seconds > self.spacing_max_seconds:
            raise ValueError("spacing_max_seconds: below spacing_min_seconds")
        return self


class CadenceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    steps: list[CadenceStep]
    window_start: time
    window_end: time
    weekdays: list[int]
    daily_cap: int
    spacing_min_seconds: int
    spacing_max_seconds: int
    archived_at: datetime | None
    created_at: datetime
