"""Search sessions (hunter_search): one run of the prospecting crew over some sources with
an ICP version, its counters, per-source report and cost."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Numeric, SmallInteger, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class SearchStatus(StrEnum):
    queued = "queued"
    running = "running"
    finished = "finished"
    cancelled = "cancelled"
    failed = "failed"


class Search(OrganizationScopedModel):
    __tablename__ = "hunter_search"
    __table_args__ = (Index("ix_hunter_search_created", "organization_id", "created_at", "id"),)

    icp_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("hunter_icp.id", ondelete="SET NULL"), nullable=True)
    icp_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    criteria: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    threshold: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    limit: Mapped[int] = mapped_column(Integer, nullable=False)
    enrich_cnpj: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    status: Mapped[SearchStatus] = mapped_column(String(10), nullable=False,
                                                 default=SearchStatus.queued)
    run_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    started_by: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    found: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # leads
    in_crm: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    scored: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    qualified: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(12, 6), nullable=False, default=0)
    # per source: {source, found, cost_usd, sandboxed, error}
    report: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
