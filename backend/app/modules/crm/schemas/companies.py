"""Companies as the API takes and shows them."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, Field, field_validator

from app.modules.crm.models.companies import CompanySize
from app.modules.crm.schemas.common import (
    Address,
    Cnae,
    Cnpj,
    Domain,
    Name,
    Phone,
    PhoneRead,
    RecordFilters,
    RecordRead,
    ShortText,
    Website,
    unique_numbers,
)


class CompanyFields(BaseModel):
    trade_name: Name | None = None
    cnpj: Cnpj | None = None
    industry: ShortText | None = None
    cnae: Cnae | None = None
    size: CompanySize | None = None
    website: Website | None = None
    domain: Domain | None = Field(None, description="Taken from the website when not given")
    address: Address | None = None
    phones: list[Phone] | None = Field(None, max_length=20)
    tag_ids: list[uuid.UUID] | None = Field(None, max_length=50)
    custom_fields: dict[str, Any] | None = None
    owner_id: uuid.UUID | None = Field(None, description="Default: the caller")

    @field_validator("phones")
    @classmethod
    def _unique_phones(cls, phones: list[Phone] | None) -> list[Phone] | None:
        return unique_numbers(phones) if phones is not None else None


class CompanyCreate(CompanyFields):
    legal_name: Name = Field(description="Razão social")


class CompanyUpdate(CompanyFields):
    legal_name: Name | None = None


class CompanyRead(RecordRead):
    legal_name: str
    trade_name: str | None
    cnpj: str | None
    industry: str | None
    cnae: str | None
    size: CompanySize | None
    website: str | None
    domain: str | None
    address: dict[str, Any]
    phones: list[PhoneRead]


class CompanyFilters(RecordFilters):
    size: CompanySize | None = None
    industry: str | None = None
    state: str | None = Field(None, min_length=2, max_length=2)
    city: str | None = None
