"""The SDR's request and response shapes (public)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from pydantic import BaseModel, Field


class Acceptance(BaseModel):
    deal_title: str | None = Field(None, min_length=2, max_length=200,
                                   description="Default: '<company>: primeiro projeto'")
    deal_value: Decimal = Field(Decimal(0), ge=0, max_digits=14, decimal_places=2,
                                description="Expected value in BRL")


class Accepted(BaseModel):
    lead_id: uuid.UUID
    source_id: str = Field(description="The CRM converts the lead once per this id; the "
                                       "company, contact and deal appear on its timeline")
