"""Agent runs, approvals and sandbox settings (tables ai_agent_run, ai_approval,
ai_agent_sandbox)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class RunStatus(StrEnum):
    queued = "queued"
    running = "running"
    awaiting_approval = "awaiting_approval"
    succeeded = "succeeded"
    failed = "failed"
    cancelled = "cancelled"
    timed_out = "timed_out"
    awaiting_manual_retry = "awaiting_manual_retry"


FINISHED = frozenset({RunStatus.succeeded, RunStatus.failed, RunStatus.cancelled,
                      RunStatus.timed_out})
RETRYABLE = frozenset({RunStatus.failed, RunStatus.awaiting_manual_retry})


class ApprovalStatus(StrEnum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    withdrawn = "withdrawn"  # the run was cancelled before anyone decided


class AgentRun(OrganizationScopedModel):
    """One run of a crew. `input` is the task's context (e.g. the lead); the send tools
    check recipients against it, never against what the model wrote."""

    __tablename__ = "ai_agent_run"

    agent: Mapped[str] = mapped_column(String(60), nullable=False)
    crew: Mapped[str] = mapped_column(String(60), nullable=False)
    status: Mapped[RunStatus] = mapped_column(String(30), nullable=False,
                                              default=RunStatus.queued)
    input: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    progress: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)
    refusals: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    trigger_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    trigger_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    celery_task_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0,
                                          server_default=text("0"))
    time_limit_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    cancel_requested: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                                   server_default=text("false"))
    started_at: Mapped[datetime | None] = mapped_column(nullable=True)
    deadline_at: Mapped[datetime | None] = mapped_column(nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)

    __table_args__ = (
        Index("ix_ai_agent_run_org_created", "organization_id", "created_at", "id"),
    )


class Approval(OrganizationScopedModel):
    """A pause for a human: what the agent wants to do (`payload`), and the decision."""

    __tablename__ = "ai_approval"

    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("ai_agent_run.id", ondelete="CASCADE"), index=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    status: Mapped[ApprovalStatus] = mapped_column(String(20), nullable=False,
                                                   default=ApprovalStatus.pending)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_ai_approval_org_status_created", "organization_id", "status", "created_at",
              "id"),
    )


ORGANIZATION_WIDE = "*"


class AgentSandbox(OrganizationScopedModel):
    """Sandbox switch for one agent of an organization, or for all (`agent` = "*")."""

    __tablename__ = "ai_agent_sandbox"

    agent: Mapped[str] = mapped_column(String(60), nullable=False)
    sandbox: Mapped[bool] = mapped_column(Boolean, nullable=False)

    __table_args__ = (UniqueConstraint("organization_id", "agent"),)
