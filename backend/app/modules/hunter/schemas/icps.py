"""ICP criteria, versioned profiles."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from app.core.identifiers import STATES

Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class Criterion(StrEnum):
    industry = "industry"  # the segment's words in the industry or description
    cnae = "cnae"  # the CNAE code starts with one of the codes
    size = "size"
    employees = "employees"
    location = "location"  # state, and city when cities are given
    keywords = "keywords"  # words in the name, description or site text
    contactable = "contactable"  # a phone or e-mail to reach it
    web_presence = "web_presence"  # a site or social profile


class Size(StrEnum):
    mei = "mei"
    micro = "micro"
    small = "small"
    medium = "medium"
    large = "large"


DEFAULT_WEIGHTS = {Criterion.industry: 3, Criterion.cnae: 3, Criterion.size: 2,
                   Criterion.employees: 2, Criterion.location: 3, Criterion.keywords: 2,
                   Criterion.contactable: 2, Criterion.web_presence: 1}


class IcpCriteria(BaseModel):
    """What a good prospect looks like. A criterion with nothing set (no states, no sizes...)
    is left out of the score; `required` ones must match or the lead is not qualified;
    a disqualifying word anywhere in the lead's text puts its score at 0."""

    industries: list[Term] = Field(default_factory=list, max_length=30)
    cnae_codes: list[str] = Field(default_factory=list, max_length=50,
                                  description="CNAE codes or prefixes, e.g. 7311-4/00 or 73")
    sizes: list[Size] = Field(default_factory=list)
    employees_min: int | None = Field(None, ge=0)
    employees_max: int | None = Field(None, ge=0)
    states: list[str] = Field(default_factory=list, max_length=27, description="UFs, e.g. SP")
    cities: list[Term] = Field(default_factory=list, max_length=50)
    keywords: list[Term] = Field(default_factory=list, max_length=50)
    required: list[Criterion] = Field(default_factory=list)
    disqualifiers: list[Term] = Field(default_factory=list, max_length=50)
    weights: dict[Criterion, int] = Field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    @field_validator("cnae_codes")
    @classmethod
    def _cnae(cls, codes: list[str]) -> list[str]:
        digits = ["".join(c for c in code if c.isdigit()) for code in codes]
        if any(not 2 <= len(d) <= 7 for d in digits):
            raise ValueError("each CNAE code has 2 to 7 digits")
        return list(dict.fromkeys(digits))

    @field_validator("states")
    @classmethod
    def _states(cls, states: list[str]) -> list[str]:
        upper = [s.strip().upper() for s in states]
        if unknown := [s for s in upper if s not in STATES]:
            raise ValueError(f"unknown UF: {', '.join(unknown)}")
        return list(dict.fromkeys(upper))

    @field_validator("weights")
    @classmethod
    def _weights(cls, weights: dict[Criterion, int]) -> dict[Criterion, int]:
        if any(not 0 <= w <= 10 for w in weights.values()):
            raise ValueError("weights go from 0 to 10")
        return {**DEFAULT_WEIGHTS, **weights}

    @model_validator(mode="after")
    def _consistent(self) -> IcpCriteria:
        if (self.employees_min is not None and self.employees_max is not None
                and self.employees_min > self.employees_max):
            raise ValueError("employees_min: above employees_max")
        if unset := [c.value for c in self.required if not self.is_set(c)]:
            raise ValueError(f"required: nothing set for {', '.join(unset)}")
        return self

    def is_set(self, criterion: Criterion) -> bool:
        """Whether the ICP says anything about this criterion (else it is not scored)."""
        return {
            Criterion.industry: bool(self.industries), Criterion.cnae: bool(self.cnae_codes),
            Criterion.size: bool(self.sizes),
            Criterion.employees: self.employees_min is not None or self.employees_max is not None,
            Criterion.location: bool(self.states or self.cities),
            Criterion.keywords: bool(self.keywords),
            Criterion.contactable: True, Criterion.web_presence: True,
        }[criterion]


class IcpCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    description: str | None = Field(None, max_length=2000)
    criteria: IcpCriteria
    threshold: int = Field(70, ge=0, le=100, description="Score from which a lead qualifies")


class IcpUpdate(BaseModel):
    """A change of `criteria` or `threshold` makes a new version."""

    name: str | None = Field(None, min_length=1, max_length=120)
    description: str | None = Field(None, max_length=2000)
    criteria: IcpCriteria | None = None
    threshold: int | None = Field(None, ge=0, le=100)


class IcpRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    description: str | None
    version: int
    criteria: IcpCriteria
    threshold: int
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


class IcpVersionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    criteria: IcpCriteria
    threshold: int
    created_by: uuid.UUID | None
    created_at: datetime
