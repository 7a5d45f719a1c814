"""Leads (hunter_lead): a prospect company found by a search, its enrichment with per-field
provenance, its score with the breakdown and the written reason, and the human review."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class LeadStatus(StrEnum):
    new = "new"  # scored, waiting for review
    approved = "approved"
    discarded = "discarded"


class Tier(StrEnum):
    hot = "hot"
    warm = "warm"
    cold = "cold"


class Lead(OrganizationScopedModel):
    __tablename__ = "hunter_lead"
    __table_args__ = (
        Index("ix_hunter_lead_search", "search_id", "score"),
        Index("ix_hunter_lead_list", "organization_id", "status", "score", "id"),
        Index("ix_hunter_lead_match_keys", "match_keys", postgresql_using="gin"),
    )

    search_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("hunter_search.id", ondelete="SET NULL"), nullable=True)
    status: Mapped[LeadStatus] = mapped_column(String(10), nullable=False,
                                               default=LeadStatus.new)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    legal_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    cnpj: Mapped[str | None] = mapped_column(String(14), nullable=True)
    domain: Mapped[str | None] = mapped_column(String(200), nullable=True)
    website: Mapped[str | None] = mapped_column(String(300), nullable=True)
    phones: Mapped[list[str]] = mapped_column(ARRAY(String(20)), nullable=False, default=list)
    emails: Mapped[list[str]] = mapped_column(ARRAY(String(254)), nullable=False, default=list)
    linkedin_url: Mapped[str | None] = mapped_column(String(300), nullable=True)
    social_links: Mapped[list[str]] = mapped_column(JSONB, nullable=False, default=list)
    city: Mapped[str | None] = mapped_column(String(120), nullable=True)
    state: Mapped[str | None] = mapped_column(String(2), nullable=True)
    cnae: Mapped[str | None] = mapped_column(String(7), nullable=True)
    industry: Mapped[str | None] = mapped_column(String(200), nullable=True)
    size: Mapped[str | None] = mapped_column(String(10), nullable=True)
    employees: Mapped[int | None] = mapped_column(Integer, nullable=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    # people found for it: [{name, role, email, phone, linkedin_url}]
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    # per field: {"source": "directory:demo", "at": iso time}
    provenance: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    sources: Mapped[list[str]] = mapped_column(ARRAY(String(40)), nullable=False, default=list)
    # "cnpj:<digits>", "domain:<host>", "phone:<e164>", "linkedin:<path>": how dedup finds it
    match_keys: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, default=list)
    demo: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    score: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    tier: Mapped[Tier] = mapped_column(String(4), nullable=False)
    qualified: Mapped[bool] = mapped_column(Boolean, nullable=False)
    disqualified_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    # [{criterion, label, weight, points, matched, note}]
    breakdown: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    similarity: Mapped[float | None] = mapped_column(Float, nullable=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    reason_prompt: Mapped[str] = mapped_column(String(80), nullable=False)
    reason_offline: Mapped[bool] = mapped_column(Boolean, nullable=False)
    feedback: Mapped[str | None] = mapped_column(Text, nullable=True)
    discard_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    legal_basis: Mapped[str] = mapped_column(String(30), nullable=False,
                                             default="legitimate_interest")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("identity_user.id", ondelete="SET NULL"), nullable=True)
