"""ICP profiles (hunter_icp) and their versions (hunter_icp_version): every change of the
criteria is a new version, and a search records the version it ran with."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class Icp(OrganizationScopedModel):
    __tablename__ = "hunter_icp"
    __table_args__ = (UniqueConstraint("organization_id", "name"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    criteria: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    threshold: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=70)
    archived_at: Mapped[datetime | None] = mapped_column(nullable=True)


class IcpVersion(OrganizationScopedModel):
    __tablename__ = "hunter_icp_version"
    __table_args__ = (UniqueConstraint("icp_id", "version"),)

    icp_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("hunter_icp.id", ondelete="CASCADE"), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    criteria: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    threshold: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    created_by: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
