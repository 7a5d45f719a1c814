"""Writing ledger rows (each in its own short transaction: calls happen inside tasks and
crews, not inside the caller's unit of work) and reading them for the API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.ledger import repository
from app.ai.ledger.redaction import redact_secrets
from app.ai.models import CallStatus, LLMCall
from app.ai.types import LLMRequest
from app.core.errors import NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate

log = structlog.get_logger("app.ai.ledger")
MAX_USAGE_DAYS = 366


@dataclass(frozen=True)
class Outcome:
    provider: str
    model: str
    status: CallStatus
    latency_ms: float
    output: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: Decimal = Decimal(0)
    error: str | None = None
    attempt: int = 1


def prompt_text(request: LLMRequest) -> str:
    return "\n\n".join(f"[{m.role}]\n{m.content}" for m in request.messages)


async def record(request: LLMRequest, outcome: Outcome) -> uuid.UUID:
    """Store one call and log one line about it (never its text)."""
    call_id = uuid.uuid4()
    row = dict(
        id=call_id, organization_id=request.organization_id, agent=request.agent,
        run_id=request.run_id,
        task=request.task, provider=outcome.provider, model=outcome.model,
        prompt_id=request.prompt.id if request.prompt else None,
        prompt_version=request.prompt.version if request.prompt else None,
        input=redact_secrets(prompt_text(request)),
        output=redact_secrets(outcome.output) if outcome.output is not None else None,
        input_tokens=outcome.input_tokens, output_tokens=outcome.output_tokens,
        cost_usd=outcome.cost_usd, latency_ms=round(outcome.latency_ms, 3),
        status=outcome.status, error=outcome.error, attempt=outcome.attempt,
        trigger_kind=request.trigger.kind, trigger_id=request.trigger.id)
    await repository.insert_call(row)
    # "tok_*": the log redactor blanks any key containing "token"
    log.info("llm_call", agent=request.agent, provider=outcome.provider, model=outcome.model,
             status=outcome.status.value, attempt=outcome.attempt, tok_in=outcome.input_tokens,
             tok_out=outcome.output_tokens, cost_usd=str(outcome.cost_usd),
             latency_ms=round(outcome.latency_ms, 1), run_id=str(request.run_id or ""))
    return call_id


async def list_calls(session: AsyncSession, organization_id: uuid.UUID,
                     filters: repository.CallFilter, page: PageParams
                     ) -> tuple[list[LLMCall], str | None]:
    return await paginate(session, repository.calls_query(organization_id, filters),
                          sort=LLMCall.created_at, tiebreaker=LLMCall.id, params=page)


async def get_call(session: AsyncSession, organization_id: uuid.UUID, call_id: uuid.UUID
                   ) -> LLMCall:
    call = await repository.get_call(session, organization_id, call_id)
    if call is None:
        raise NotFound("No such LLM call")
    return call


async def usage(session: AsyncSession, organization_id: uuid.UUID, first: date | None,
                last: date | None) -> list[dict]:
    last = last or repository.today()
    first = first or last
    if first > last:
        raise ValidationFailed.on("from", "`from` is after `to`")
    if (last - first).days >= MAX_USAGE_DAYS:
        raise ValidationFailed.on("from", f"At most {MAX_USAGE_DAYS} days at a time")
    return await repository.daily_usage(session, organization_id, first, last)
