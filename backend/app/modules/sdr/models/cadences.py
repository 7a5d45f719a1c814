"""Cadences (sdr_cadence): ordered steps and when they may go out."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import Integer, SmallInteger, String, Time, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class Cadence(OrganizationScopedModel):
    __tablename__ = "sdr_cadence"
    __table_args__ = (UniqueConstraint("organization_id", "name"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    # [{kind, days, subject, needs_approval}] (schemas.CadenceStep)
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    window_start: Mapped[time] = mapped_column(Time, nullable=False)
    window_end: Mapped[time] = mapped_column(Time, nullable=False)
    weekdays: Mapped[list[int]] = mapped_column(ARRAY(SmallInteger), nullable=False)
    daily_cap: Mapped[int] = mapped_column(Integer, nullable=False)
    spacing_min_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    spacing_max_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    archived_at: Mapped[datetime | None] = mapped_column(nullable=True)
