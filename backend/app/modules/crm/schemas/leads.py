"""Lead conversion: what the SDR module (or a person) hands over when a lead accepts, and
what it became. `LeadConversion` is the payload of the SDR's `LeadAccepted` event."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.modules.crm.models.contacts import LegalBasis
from app.modules.crm.schemas.common import (
    Address,
    Cnae,
    Cnpj,
    Domain,
    Email,
    Money,
    Name,
    Phone,
    ShortText,
    Website,
)


class LeadCompany(BaseModel):
    legal_name: Name
    trade_name: Name | None = None
    cnpj: Cnpj | None = None
    domain: Domain | None = None
    website: Website | None = None
    industry: ShortText | None = None
    cnae: Cnae | None = None
    address: Address | None = None
    phones: list[Phone] = Field(default_factory=list, max_length=20)


class LeadContact(BaseModel):
    name: Name
    emails: list[Email] = Field(default_factory=list, max_length=10)
    phones: list[Phone] = Field(default_factory=list, max_length=10)
    job_title: ShortText | None = None
    legal_basis: LegalBasis = LegalBasis.legitimate_interest


class LeadDeal(BaseModel):
    title: Name | None = Field(None, description="Default: the company's name")
    value: Money = Field(default=0)
    pipeline_id: uuid.UUID | None = Field(None, description="Default: the default pipeline")


class LeadMessage(BaseModel):
    """A message of the lead's conversation before it became a customer, for the timeline."""

    kind: Literal["whatsapp", "email"]
    direction: Literal["inbound", "outbound"]
    subject: str | None = Field(None, max_length=200)
    body: str = Field(max_length=20000)
    occurred_at: datetime
    external_id: str = Field(min_length=1, max_length=200, description="Logged once per id")


class LeadConversion(BaseModel):
    source: Literal["sdr", "hunter", "manual"] = "sdr"
    source_id: str = Field(min_length=1, max_length=200, description=(
        "The lead's id at its source: converting it again returns the same records"))
    company: LeadCompany
    contact: LeadContact
    deal: LeadDeal = Field(default_factory=LeadDeal)
    hunter_score: int | None = Field(None, ge=0, le=100)
    provenance: dict[str, Any] | None = Field(None, description="Per-field provenance")
    owner_id: uuid.UUID | None = Field(None, description="Default: the caller")
    messages: list[LeadMessage] = Field(default_factory=list, max_length=500, description=(
        "The conversation so far, logged on the contact's and the deal's timelines"))


class LeadConverted(BaseModel):
    company_id: uuid.UUID
    contact_id: uuid.UUID
    deal_id: uuid.UUID
    created: bool = Field(description="False when this lead had been converted before")
