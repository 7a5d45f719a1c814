"""Deals as the API takes and shows them, and the move of a deal on the board."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from app.modules.crm.models.contacts import LeadSource
from app.modules.crm.models.deals import DealStatus
from app.modules.crm.schemas.common import Money, Name, Probability, RecordFilters, RecordRead


class DealFields(BaseModel):
    value: Money | None = None
    company_id: uuid.UUID | None = None
    contact_ids: list[uuid.UUID] | None = Field(None, max_length=50)
    expected_close_date: date | None = None
    probability_override: Probability | None = Field(
        None, description="Instead of the stage's probability; null: the stage's")
    source: LeadSource | None = None
    tag_ids: list[uuid.UUID] | None = Field(None, max_length=50)
    custom_fields: dict[str, Any] | None = None
    owner_id: uuid.UUID | None = Field(None, description="Default: the caller")


class DealCreate(DealFields):
    title: Name
    pipeline_id: uuid.UUID | None = Field(None, description="Default: the default pipeline")
    stage_id: uuid.UUID | None = Field(None, description="Default: the pipeline's first stage")
    lost_reason: str | None = Field(None, max_length=2000,
                                    description="Required when the stage is a lost one")


class DealUpdate(DealFields):
    """Moving between stages is `POST /deals/{id}/move`."""

    title: Name | None = None
    version: int | None = Field(None, description="When sent, a stale version is a 409")


class DealMove(BaseModel):
    stage_id: uuid.UUID = Field(description="A stage of the deal's pipeline")
    position: int = Field(ge=0, description=(
        "Index in the target stage as the caller sees it (0: top); past the end: last"))
    version: int = Field(description="The version the caller saw; a stale one is a 409")
    lost_reason: str | None = Field(None, min_length=1, max_length=2000,
                                    description="Required when moving to a lost stage")


class DealRead(RecordRead):
    title: str
    value: Decimal
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    position: int
    version: int
    status: DealStatus
    company_id: uuid.UUID | None
    contact_ids: list[uuid.UUID]
    expected_close_date: date | None
    probability: int = Field(description="Effective: the override, else the stage's")
    probability_override: int | None
    weighted_value: Decimal
    source: LeadSource
    lost_reason: str | None
    won_at: datetime | None
    lost_at: datetime | None


class DealFilters(RecordFilters):
    pipeline_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    status: DealStatus | None = None
    company_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    value_min: Decimal | None = Field(None, ge=0)
    value_max: Decimal | None = Field(None, ge=0)
    expected_close_from: date | None = None
    expected_close_to: date | None = None


class StaleDealProblem(BaseModel):
    """The 409 of a move or update with a stale version: the deal as it is now."""

    type: str
    title: str
    status: int
    detail: str | None = None
    code: str
    request_id: str | None = None
    current: DealRead
