"""What goes into the LLM router and what comes out (the contract every agent codes against).

    completion = await router.complete(LLMRequest(
        organization_id=org_id, agent="sdr_whatsapp", task=TaskKind.message,
        messages=[Message("system", system_prompt), Message("user", user_prompt)],
        facts={"lead_name": "Ana", "company": "Agencia X"},
        prompt=PromptRef("sdr.first_message", 3), run_id=run.id, trigger=Trigger.user(uid)))

`facts` is the structured data the prompt was built from: the offline engine writes its
answer from it (a model reads the prompt). Scoring, ranking and arithmetic never come from a
model: modules compute them and pass the results in `facts` for the model to explain.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

Role = Literal["system", "user", "assistant"]


class TaskKind(StrEnum):
    """What the caller wants back; the offline engine picks its template by it."""

    message = "message"  # an outreach message to a lead or client (pt-BR)
    reason = "reason"  # the explanation of a score or decision from its breakdown
    classify = "classify"  # one label out of `facts["labels"]`
    summary = "summary"  # a summary of the given text or data
    extract = "extract"  # JSON fields extracted from the given text
    draft = "draft"  # longer prose: a post, a contract clause, a report section
    agent_step = "agent_step"  # a CrewAI agent's next step (ReAct text)


class TriggerKind(StrEnum):
    user = "user"
    api_key = "api_key"
    schedule = "schedule"
    webhook = "webhook"
    system = "system"


@dataclass(frozen=True)
class Trigger:
    kind: TriggerKind
    id: str | None = None

    @classmethod
    def user(cls, user_id: uuid.UUID | str) -> Trigger:
        return cls(TriggerKind.user, str(user_id))

    @classmethod
    def system(cls) -> Trigger:
        return cls(TriggerKind.system)


@dataclass(frozen=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True)
class PromptRef:
    id: str
    version: int


@dataclass
class LLMRequest:
    organization_id: uuid.UUID
    agent: str  # a key of the agent catalog, e.g. "qualificador", "sdr_whatsapp"
    messages: list[Message]
    task: TaskKind = TaskKind.draft
    facts: dict[str, Any] = field(default_factory=dict)
    prompt: PromptRef | None = None
    run_id: uuid.UUID | None = None  # the agent run this call belongs to (ledger)
    trigger: Trigger = field(default_factory=Trigger.system)
    temperature: float = 0.2
    max_tokens: int = 1024
    stop: list[str] = field(default_factory=list)
    use_cache: bool = True
    json_output: bool = False  # ask for a JSON object (providers that support it enforce it)


@dataclass(frozen=True)
class Completion:
    text: str
    provider: str  # "anthropic", "openai", "compatible", "offline"
    model: str
    offline: bool  # True when the offline engine wrote it (never presented as a model's)
    cached: bool
    input_tokens: int
    output_tokens: int
    cost_usd: Decimal
    latency_ms: float
    call_id: uuid.UUID | None = None  # the ledger row of this call
