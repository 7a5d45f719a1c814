"""Pipelines, stages and the board."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.modules.crm.schemas.common import Probability


class StageFields(BaseModel):
    probability: Probability | None = None
    is_won: bool | None = None
    is_lost: bool | None = None

    @model_validator(mode="after")
    def _won_or_lost(self) -> StageFields:
        if self.is_won and self.is_lost:
            raise ValueError("a stage is won or lost, not both")
        return self


class StageCreate(StageFields):
    name: str = Field(min_length=1, max_length=120)
    position: int | None = Field(None, ge=0, description="Default: last")


class StageUpdate(StageFields):
    name: str | None = Field(None, min_length=1, max_length=120)


class StageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool


class PipelineCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    is_default: bool = False
    stages: list[StageCreate] = Field(min_length=1, max_length=30)


class PipelineUpdate(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    is_default: bool | None = Field(None, description="Only true: make this the default")


class PipelineRead(BaseModel):
    id: uuid.UUID
    name: str
    is_default: bool
    position: int
    stages: list[StageRead]


class StageOrder(BaseModel):
    stage_ids: list[uuid.UUID] = Field(min_length=1, description="Every stage, in order")


class DealCard(BaseModel):
    """A deal as a board card."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str
    value: Decimal
    stage_id: uuid.UUID
    position: int
    version: int
    status: str
    probability: int
    probability_override: int | None
    owner_id: uuid.UUID | None
    company_id: uuid.UUID | None
    expected_close_date: date | None
    tag_ids: list[uuid.UUID]
    updated_at: datetime


class BoardColumn(BaseModel):
    stage: StageRead
    count: int
    total_value: Decimal
    weighted_value: Decimal
    deals: list[DealCard]
    next_cursor: str | None = Field(description=(
        "More deals of this stage: GET /crm/deals?stage_id=...&sort=position&cursor=..."))


class BoardRead(BaseModel):
    pipeline: PipelineRead
    columns: list[BoardColumn]
    total_value: Decimal
    weighted_value: Decimal
