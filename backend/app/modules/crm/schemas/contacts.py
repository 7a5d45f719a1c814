"""Contacts as the API takes and shows them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator

from app.modules.crm.models.contacts import LeadSource, LegalBasis
from app.modules.crm.schemas.common import (
    Email,
    EmailRead,
    Name,
    Phone,
    PhoneRead,
    RecordFilters,
    RecordRead,
    ShortText,
    unique_addresses,
    unique_numbers,
)


class ContactFields(BaseModel):
    emails: list[Email] | None = Field(None, max_length=10)
    phones: list[Phone] | None = Field(None, max_length=10)
    job_title: ShortText | None = None
    company_id: uuid.UUID | None = None
    lead_source: LeadSource | None = None
    hunter_score: int | None = Field(None, ge=0, le=100,
                                     description="When the contact came from hunter")
    hunter_provenance: dict[str, Any] | None = Field(
        None, description="Per-field provenance from hunter: {field: {source, at, ...}}")
    legal_basis: LegalBasis | None = Field(None, description="LGPD basis for processing")
    opted_out: bool | None = Field(None, description="The contact asked not to be contacted")
    tag_ids: list[uuid.UUID] | None = Field(None, max_length=50)
    custom_fields: dict[str, Any] | None = None
    owner_id: uuid.UUID | None = Field(None, description="Default: the caller")

    @field_validator("emails")
    @classmethod
    def _unique_emails(cls, emails: list[Email] | None) -> list[Email] | None:
        return unique_addresses(emails) if emails is not None else None

    @field_validator("phones")
    @classmethod
    def _unique_phones(cls, phones: list[Phone] | None) -> list[Phone] | None:
        return unique_numbers(phones) if phones is not None else None


class ContactCreate(ContactFields):
    name: Name


class ContactUpdate(ContactFields):
    name: Name | None = None


class ContactRead(RecordRead):
    name: str
    emails: list[EmailRead]
    phones: list[PhoneRead]
    job_title: str | None
    company_id: uuid.UUID | None
    lead_source: LeadSource
    hunter_score: int | None
    hunter_provenance: dict[str, Any] | None
    legal_basis: LegalBasis | None
    opted_out_at: datetime | None


class ContactFilters(RecordFilters):
    company_id: uuid.UUID | None = None
    lead_source: LeadSource | None = None
    opted_out: bool | None = None
    hunter_score_min: int | None = Field(None, ge=0, le=100)
