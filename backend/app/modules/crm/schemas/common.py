"""Field types shared by the CRM's schemas: identifiers validated and normalised on input
(a bad CNPJ or phone is a 422 naming the field), contact points, address, money."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, field_validator

from app.core import identifiers

Cnpj = Annotated[str, AfterValidator(identifiers.normalize_cnpj),
                 Field(description="Any formatting; stored and returned as 14 digits")]
PhoneNumber = Annotated[str, Field(max_length=40), AfterValidator(identifiers.normalize_phone)]
Domain = Annotated[str, Field(max_length=253), AfterValidator(identifiers.normalize_domain)]
Website = Annotated[str, Field(max_length=300), AfterValidator(identifiers.normalize_website)]
Cep = Annotated[str, AfterValidator(identifiers.normalize_cep)]
Cnae = Annotated[str, AfterValidator(identifiers.normalize_cnae)]
State = Annotated[str, AfterValidator(identifiers.normalize_state)]
Money = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2,
                                 description="BRL, two decimals")]
Probability = Annotated[int, Field(ge=0, le=100)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
ShortText = Annotated[str, Field(max_length=120)]


class Phone(BaseModel):
    number: PhoneNumber = Field(description="E.164 (`+5511987654321`); Brazilian numbers "
                                            "may come without the country code")
    label: ShortText | None = None
    whatsapp: bool = Field(False, description="This number has WhatsApp")


class PhoneRead(BaseModel):
    number: str = Field(description="E.164")
    label: str | None = None
    whatsapp: bool = False


class EmailRead(BaseModel):
    address: str
    label: str | None = None
    primary: bool = False


class Email(BaseModel):
    address: EmailStr
    label: ShortText | None = None
    primary: bool = False

    @field_validator("address")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


class Address(BaseModel):
    street: ShortText | None = None
    number: Annotated[str, Field(max_length=20)] | None = None
    complement: ShortText | None = None
    district: ShortText | None = None
    city: ShortText | None = None
    state: State | None = None
    cep: Cep | None = None
    country: Annotated[str, Field(min_length=2, max_length=2)] = "BR"


def unique_numbers(phones: list[Phone]) -> list[Phone]:
    seen: dict[str, Phone] = {}
    for phone in phones:
        seen.setdefault(phone.number, phone)
    return list(seen.values())


def unique_addresses(emails: list[Email]) -> list[Email]:
    seen: dict[str, Email] = {}
    for email in emails:
        seen.setdefault(email.address, email)
    result = list(seen.values())
    if result and not any(e.primary for e in result):
        result[0] = result[0].model_copy(update={"primary": True})
    return result


class RecordRead(BaseModel):
    """What every company, contact and deal shows."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    owner_id: uuid.UUID | None
    tag_ids: list[uuid.UUID]
    custom_fields: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class RecordFilters(BaseModel):
    """Filters every list of records takes (also what a saved view stores)."""

    q: str | None = Field(None, min_length=2, max_length=100,
                          description="Text search: name, CNPJ digits, e-mail, phone")
    owner_id: uuid.UUID | None = None
    ids: list[uuid.UUID] = Field(default_factory=list, max_length=200,
                                 description="Only these records (e.g. the names a page needs)")
    tag_ids: list[uuid.UUID] = Field(default_factory=list,
                                     description="Records with any of these tags")
    created_from: datetime | None = None
    created_to: datetime | None = None
    custom: list[str] = Field(default_factory=list, description=(
        "Custom field conditions `key=value` (for multi-select: has the option), "
        "`key>=value` or `key<=value` (number, money, date)"))


class MergeRequest(BaseModel):
    duplicate_ids: list[uuid.UUID] = Field(min_length=1, max_length=20, description=(
        "Records merged into this one and then deleted"))
