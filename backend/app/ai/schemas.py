"""API shapes of the router's settings, ledger, usage and prompts."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from app.ai.models import CallStatus
from app.ai.types import TaskKind, TriggerKind


class ModelChoice(BaseModel):
    key: str
    display_name: str
    provider: str
    usd_per_million_in: Decimal
    usd_per_million_out: Decimal


class AgentSettingRead(BaseModel):
    agent: str
    display_name: str
    reason: str = Field(description="Why the default chain (the seed's \"Justificativa\")")
    models: list[ModelChoice] = Field(description="The fallback chain, first model first")
    enabled: bool
    daily_budget_usd: Decimal | None = Field(
        description="Soft budget: staff dashboards are alerted once a day when spend passes "
                    "120% of it")
    daily_limit_usd: Decimal | None = Field(description="Hard stop: no call once reached")
    daily_token_limit: int | None = Field(description="Hard stop on tokens in + out per day")
    customized: bool = Field(description="False while the catalog's defaults apply")


class AgentSettingUpdate(BaseModel):
    models: list[str] = Field(min_length=1, max_length=6,
                              description="Catalog model keys, e.g. [\"gpt-4o\", \"gemini-pro\"]")
    enabled: bool = True
    daily_budget_usd: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=4)
    daily_limit_usd: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=4)
    daily_token_limit: int | None = Field(None, ge=0)


class LLMCallRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    agent: str
    run_id: uuid.UUID | None
    task: TaskKind
    provider: str
    model: str
    prompt_id: str | None
    prompt_version: int | None
    input_tokens: int
    output_tokens: int
    cost_usd: Decimal
    latency_ms: float
    status: CallStatus
    error: str | None
    attempt: int
    trigger_kind: TriggerKind
    trigger_id: str | None


class LLMCallDetail(LLMCallRead):
    input: str = Field(description="The prompt as sent, secrets redacted")
    output: str | None


class UsageRow(BaseModel):
    day: date
    agent: str
    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: Decimal


class PromptVersionCreate(BaseModel):
    template: str = Field(min_length=1, max_length=20_000,
                          description="Same {variables} as the prompt's code version, or fewer")
    description: str = Field("", max_length=300)


class PromptRead(BaseModel):
    id: str
    version: int
    description: str
    variables: list[str]
    template: str
