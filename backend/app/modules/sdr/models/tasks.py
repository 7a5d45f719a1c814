"""Manual steps of a cadence (sdr_task): a LinkedIn message or a call a person makes. The
enrollment waits at the step until the task is done or skipped."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class TaskKind(StrEnum):
    linkedin = "linkedin"
    call = "call"


class TaskOutcome(StrEnum):
    done = "done"
    skipped = "skipped"


class Task(OrganizationScopedModel):
    __tablename__ = "sdr_task"
    __table_args__ = (UniqueConstraint("enrollment_id", "step_index"),
                      Index("ix_sdr_task_open", "organization_id", "due_at",
                            postgresql_where=text("done_at IS NULL")))

    enrollment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sdr_enrollment.id", ondelete="CASCADE"), nullable=False)
    step_index: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[TaskKind] = mapped_column(String(10), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    due_at: Mapped[datetime] = mapped_column(nullable=False)
    done_at: Mapped[datetime | None] = mapped_column(nullable=True)
    outcome: Mapped[TaskOutcome | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
