"""CSV imports (crm_import) and the outcome of each of their rows (crm_import_row)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import Base, OrganizationScopedModel
from app.modules.crm.models.settings import Entity


class ImportStatus(StrEnum):
    uploaded = "uploaded"
    queued = "queued"
    running = "running"
    finished = "finished"
    failed = "failed"


class RowAction(StrEnum):
    created = "created"
    updated = "updated"
    skipped = "skipped"
    rejected = "rejected"


class ImportJob(OrganizationScopedModel):
    __tablename__ = "crm_import"

    entity: Mapped[Entity] = mapped_column(String(10), nullable=False)
    status: Mapped[ImportStatus] = mapped_column(String(10), nullable=False,
                                                 default=ImportStatus.uploaded)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    storage_key: Mapped[str] = mapped_column(String(400), nullable=False)
    encoding: Mapped[str] = mapped_column(String(20), nullable=False)
    delimiter: Mapped[str] = mapped_column(String(1), nullable=False)
    columns: Mapped[list[str]] = mapped_column(JSONB, nullable=False)
    total_rows: Mapped[int] = mapped_column(Integer, nullable=False)
    mapping: Mapped[dict[str, str]] = mapped_column(JSONB, nullable=False, default=dict)
    merge_policy: Mapped[str] = mapped_column(String(20), nullable=False, default="fill_empty")
    processed_rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    counts: Mapped[dict[str, int]] = mapped_column(JSONB, nullable=False, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("identity_user.id", ondelete="SET NULL"), nullable=True)
    created_by_role: Mapped[str] = mapped_column(String(20), nullable=False)  # its scope
    started_at: Mapped[datetime | None] = mapped_column(nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ImportRow(Base):
    """What happened to one data row (numbered from 1, the header not counted)."""

    __tablename__ = "crm_import_row"

    import_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_import.id", ondelete="CASCADE"), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[RowAction] = mapped_column(String(10), nullable=False)
    record_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    messages: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
