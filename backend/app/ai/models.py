"""Tables of the LLM router: per-organization agent settings and the ledger of LLM calls."""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ARRAY, Boolean, Enum, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.ai.types import TaskKind, TriggerKind
from app.core.models import OrganizationScopedModel


class CallStatus(StrEnum):
    ok = "ok"
    error = "error"  # the provider failed (the router retries or falls back)
    cached = "cached"  # answered from the response cache, cost 0
    limited = "limited"  # refused before any provider was called (spend limit, agent off)
    breaker_open = "breaker_open"  # the provider's breaker was open: skipped, no request


class AgentSetting(OrganizationScopedModel):
    """An organization's choices for one agent; absent, the catalog's defaults apply."""

    __tablename__ = "ai_agent_setting"
    __table_args__ = (UniqueConstraint("organization_id", "agent"),)

    agent: Mapped[str] = mapped_column(String(64), nullable=False)
    models: Mapped[list[str]] = mapped_column(ARRAY(String(64)), nullable=False)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    daily_budget_usd: Mapped[Decimal | None] = mapped_column(Numeric(12, 4))  # alert at 120%
    daily_limit_usd: Mapped[Decimal | None] = mapped_column(Numeric(12, 4))  # hard stop
    daily_token_limit: Mapped[int | None] = mapped_column(Integer)  # hard stop


class PromptVersion(OrganizationScopedModel):
    """An organization's own wording of a registered prompt, numbered after the code's
    versions so the ledger tells which text an answer came from."""

    __tablename__ = "ai_prompt_version"
    __table_args__ = (UniqueConstraint("organization_id", "prompt_id", "version"),)

    prompt_id: Mapped[str] = mapped_column(String(120), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    template: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(String(300), nullable=False, default="")


class LLMCall(OrganizationScopedModel):
    """One request to a provider (or the cache, or a refusal): the truth for spend."""

    __tablename__ = "ai_llm_call"
    __table_args__ = (
        Index("ix_ai_llm_call_org_created", "organization_id", "created_at", "id"),
        Index("ix_ai_llm_call_org_agent_created", "organization_id", "agent", "created_at"),
    )

    agent: Mapped[str] = mapped_column(String(64), nullable=False)
    run_id: Mapped[uuid.UUID | None] = mapped_column(index=True)  # ai_agent_run, no FK
    task: Mapped[TaskKind] = mapped_column(Enum(TaskKind, name="ai_task_kind",
                                                native_enum=False, length=32), nullable=False)
    provider: Mapped[str] = mapped_column(String(32), nullable=False)
    model: Mapped[str] = mapped_column(String(120), nullable=False)
    prompt_id: Mapped[str | None] = mapped_column(String(120))
    prompt_version: Mapped[int | None] = mapped_column(Integer)
    input: Mapped[str] = mapped_column(Text, nullable=False)
    output: Mapped[str | None] = mapped_column(Text)
    input_tokens: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(12, 6), nullable=False, default=0)
    latency_ms: Mapped[float] = mapped_column(nullable=False, default=0)
    status: Mapped[CallStatus] = mapped_column(Enum(CallStatus, name="ai_call_status",
                                                    native_enum=False, length=16),
                                               nullable=False)
    error: Mapped[str | None] = mapped_column(Text)
    attempt: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    trigger_kind: Mapped[TriggerKind] = mapped_column(
        Enum(TriggerKind, name="ai_trigger_kind", native_enum=False, length=16), nullable=False)
    trigger_id: Mapped[str | None] = mapped_column(String(64))
