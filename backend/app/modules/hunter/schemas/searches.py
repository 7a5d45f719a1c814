"""Search sessions: what to search with, and what came of it."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, model_validator

from app.modules.hunter.schemas.icps import IcpCriteria


class DirectorySource(BaseModel):
    """The organization's uploaded lists (one, or all) and, in demo and development, the
    shipped demo directory."""

    type: Literal["directory"] = "directory"
    list_name: str | None = Field(None, max_length=120, description="Only this uploaded list")
    include_demo: bool = Field(True, description="Also the demo directory (demo data)")


class WebSource(BaseModel):
    """Research on given sites: each page is read and its name, contacts, description and
    social links extracted."""

    type: Literal["web"] = "web"
    urls: list[AnyHttpUrl] = Field(min_length=1, max_length=20)


class SerpApiSource(BaseModel):
    """Google Maps places (or Google results) for a query; sandbox without a SerpAPI key."""

    type: Literal["serpapi"] = "serpapi"
    query: str = Field(min_length=2, max_length=200)
    location: str | None = Field(None, max_length=120)
    engine: Literal["google_maps", "google"] = "google_maps"


SourceSpec = Annotated[DirectorySource | WebSource | SerpApiSource, Field(discriminator="type")]


class SearchCreate(BaseModel):
    """An ICP (its current version) or inline criteria, and the sources to search."""

    icp_id: uuid.UUID | None = None
    criteria: IcpCriteria | None = None
    threshold: int = Field(70, ge=0, le=100, description="With inline criteria")
    sources: list[SourceSpec] = Field(min_length=1, max_length=10)
    limit: int = Field(200, ge=1, le=2000, description="At most this many candidates")
    enrich_cnpj: bool = Field(True, description="Complete leads with open CNPJ data")

    @model_validator(mode="after")
    def _one_profile(self) -> SearchCreate:
        if (self.icp_id is None) == (self.criteria is None):
            raise ValueError("icp_id: give an ICP or inline criteria (one of them)")
        return self


class SourceReport(BaseModel):
    source: str
    found: int
    cost_usd: Decimal
    sandboxed: bool = False
    error: str | None = None


class SearchRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    icp_id: uuid.UUID | None
    icp_version: int | None
    criteria: IcpCriteria
    threshold: int
    sources: list[SourceSpec]
    limit: int
    status: str
    run_id: uuid.UUID | None
    started_by: uuid.UUID | None
    found: int = Field(description="Candidates the sources gave")
    duplicates: int = Field(description="Already leads (CNPJ, domain, phone, LinkedIn)")
    in_crm: int = Field(description="Already companies or contacts in the CRM")
    scored: int
    qualified: int = Field(description="Scored at or above the threshold, not disqualified")
    cost_usd: Decimal = Field(description="Sources and model calls")
    cost_per_qualified_usd: Decimal | None
    report: list[SourceReport]
    error: str | None
    created_at: datetime
    finished_at: datetime | None


class SearchStarted(BaseModel):
    search_id: uuid.UUID
    task_id: uuid.UUID = Field(description="The agent run: GET /api/v1/agents/tasks/{id}")
    status: str
