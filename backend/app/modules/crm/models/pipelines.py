"""Pipelines (crm_pipeline) and their ordered stages (crm_stage)."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy import text as sql
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class Pipeline(OrganizationScopedModel):
    """Several per organization; exactly one is the default (seeded on first use)."""

    __tablename__ = "crm_pipeline"
    __table_args__ = (
        Index("uq_crm_pipeline_default", "organization_id", unique=True,
              postgresql_where=sql("is_default")),
    )

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    is_default: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Stage(OrganizationScopedModel):
    __tablename__ = "crm_stage"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        CheckConstraint("NOT (is_won AND is_lost)", name="won_or_lost"),
        Index("ix_crm_stage_pipeline", "pipeline_id", "position"),
    )

    pipeline_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_pipeline.id", ondelete="CASCADE"), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    probability: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    is_won: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    is_lost: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
