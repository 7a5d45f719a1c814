"""The SDR's request and response shapes (public)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

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
