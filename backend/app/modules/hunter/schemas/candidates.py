"""A company as a source finds it (before dedup, enrichment and scoring)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class PersonFound(BaseModel):
    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    linkedin_url: str | None = None


class Candidate(BaseModel):
    """Every field optional but the name; phones E.164 (+55...), CNPJ as 14 digits.
    `source` names where it came from (`directory:demo`, `web`, `serpapi:google_maps`)."""

    name: str = Field(min_length=1, max_length=200)
    source: str
    demo: bool = False
    legal_name: str | None = None
    cnpj: str | None = None
    domain: str | None = None
    website: str | None = None
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    linkedin_url: str | None = None
    social_links: list[str] = Field(default_factory=list)
    city: str | None = None
    state: str | None = None
    cnae: str | None = None
    industry: str | None = None
    size: str | None = None
    employees: int | None = None
    description: str | None = None
    contacts: list[PersonFound] = Field(default_factory=list)

    def fields_set(self) -> dict[str, Any]:
        """The enrichment fields it carries (what provenance is kept for)."""
        return {k: v for k, v in self.model_dump(exclude={"name", "source", "demo"}).items()
                if v not in (None, "", [])}
