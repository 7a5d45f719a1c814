"""What the runs, approvals and sandbox routes take and return."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.ai.runs.models import ApprovalStatus, RunStatus


class AgentRunRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    agent: str
    crew: str
    status: RunStatus
    input: dict[str, Any]
    progress: dict[str, Any]
    result: dict[str, Any] | None
    refusals: list[dict[str, Any]]
    error: str | None
    trigger_kind: str
    trigger_id: str | None
    attempts: int
    time_limit_seconds: int
    cancel_requested: bool
    created_at: datetime
    started_at: datetime | None
    deadline_at: datetime | None
    finished_at: datetime | None


class LLMCallsSummary(BaseModel):
    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: Decimal


class AgentRunDetail(AgentRunRead):
    """A run with what its model calls cost (the ledger's rows for it)."""

    llm_calls: LLMCallsSummary


class AgentTaskRead(BaseModel):
    """The short form a 202 response points to: where a run is and what it produced."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: RunStatus
    progress: dict[str, Any]
    result: dict[str, Any] | None
    error: str | None


class RunFilters(BaseModel):
    agent: str | None = None
    status: RunStatus | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None


class ApprovalRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    run_id: uuid.UUID
    kind: str
    title: str
    payload: dict[str, Any]
    status: ApprovalStatus
    decided_by: uuid.UUID | None
    decided_at: datetime | None
    note: str | None
    created_at: datetime


class ApprovalDecision(BaseModel):
    """Approve as proposed, or with the reviewer's edits (only `text`/`subject` change:
    the recipient always comes from the run's context)."""

    payload: dict[str, Any] | None = None
    note: str | None = Field(None, max_length=2000)


class ApprovalRejection(BaseModel):
    reason: str = Field(min_length=1, max_length=2000)


class SandboxRead(BaseModel):
    organization: bool
    agents: dict[str, bool]


class SandboxUpdate(BaseModel):
    agent: str | None = Field(None, min_length=1, max_length=60,
                              description="An agent key; omit for the organization default")
    sandbox: bool
