"""Leads as the review screens show them, their filters and review actions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.modules.hunter.models import LeadStatus, Tier
from app.modules.hunter.schemas.icps import Size


class BreakdownItem(BaseModel):
    criterion: str
    label: str
    weight: float
    points: float = Field(description="Share of the 0-100 score this criterion earned")
    matched: bool
    note: str


class LeadRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    search_id: uuid.UUID | None
    status: LeadStatus
    name: str
    legal_name: str | None
    cnpj: str | None
    domain: str | None
    website: str | None
    phones: list[str]
    emails: list[str]
    linkedin_url: str | None
    social_links: list[str]
    city: str | None
    state: str | None
    cnae: str | None
    industry: str | None
    size: str | None
    employees: int | None
    description: str | None
    contacts: list[dict[str, Any]]
    provenance: dict[str, Any] = Field(description="Per field: the source and when")
    sources: list[str]
    demo: bool = Field(description="Found in the demo directory (not a real company)")
    score: int
    tier: Tier
    qualified: bool
    disqualified_by: str | None
    breakdown: list[BreakdownItem]
    similarity: float | None = Field(description="Closeness to won customers, 0-1")
    reason: str
    reason_prompt: str
    reason_offline: bool
    feedback: str | None
    discard_reason: str | None
    reviewed_by: uuid.UUID | None
    reviewed_at: datetime | None
    legal_basis: str
    owner_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class LeadFilters(BaseModel):
    search_id: uuid.UUID | None = None
    status: LeadStatus | None = None
    tier: Tier | None = None
    qualified: bool | None = None
    min_score: int | None = Field(None, ge=0, le=100)
    state: str | None = Field(None, max_length=2)
    q: str | None = Field(None, max_length=100, description="Words in the name or city")


class Discard(BaseModel):
    reason: str = Field(min_length=3, max_length=500)


class LeadCorrections(BaseModel):
    """Facts the reviewer corrects before the qualifier reruns."""

    employees: int | None = Field(None, ge=0)
    size: Size | None = None
    state: str | None = Field(None, min_length=2, max_length=2)
    city: str | None = Field(None, max_length=120)
    cnae: str | None = Field(None, pattern=r"^\d{7}$")
    industry: str | None = Field(None, max_length=200)


class Rescore(BaseModel):
    feedback: str = Field(min_length=3, max_length=2000, description=(
        "What the reviewer knows: the qualifier reruns with it (and with the ICP's current "
        "version)"))
    corrections: LeadCorrections = Field(default_factory=LeadCorrections)
