"""The one entry point of every LLM call: `await complete(LLMRequest(...))`.

For the agent's chain (the organization's setting, else the catalog's), in order:
1. limits: the day's spend is checked first; a hard limit raises `SpendLimitReached` and
   no provider is asked (ledger row "limited");
2. the response cache (unless `use_cache=False`): a hit is a ledger row "cached", cost 0;
3. the model's provider, behind its circuit breaker (one per endpoint, app/core/breaker.py),
   with a timeout per call and retries with exponential backoff on transient failures
   (timeouts, connection errors, 429, 5xx); other failures (400, 401) go straight to the
   next model. Every request to a provider is a ledger row with its attempt number.
Models with no configured provider are skipped; when no model of the chain is served, the
offline engine answers (honestly marked). When every served model fails,
`ProvidersExhausted` tells the caller what was tried. Runs in any process: it opens its own
short sessions, never the caller's.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import replace
from decimal import Decimal

from app.ai import agent_settings, cache, limits, spend
from app.ai.errors import Attempt, ProvidersExhausted
from app.ai.ledger import repository as ledger_repository
from app.ai.ledger.service import Outcome, record
from app.ai.models import CallStatus
from app.ai.providers.base import ProviderError, ProviderReply
from app.ai.providers.resolve import OFFLINE_TARGET, Target, targets
from app.ai.settings import AISettings
from app.ai.types import Completion, LLMRequest
from app.config import get_settings
from app.core.breaker import BreakerOpen, CircuitBreaker
from app.core.db import unit_of_work

__all__ = ["ProvidersExhausted", "SpendLimitReached", "complete"]
SpendLimitReached = limits.SpendLimitReached


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _completion(target: Target, reply: ProviderReply, *, cached: bool, cost: Decimal,
                started: float, call_id: uuid.UUID) -> Completion:
    return Completion(text=reply.text, provider=target.provider.name, model=target.spec.model_id,
                      offline=target is OFFLINE_TARGET, cached=cached,
                      input_tokens=reply.input_tokens, output_tokens=reply.output_tokens,
                      cost_usd=cost, latency_ms=_ms_since(started), call_id=call_id)


async def _ask(settings: AISettings, target: Target, request: LLMRequest) -> ProviderReply:
    try:
        async with asyncio.timeout(settings.timeout_seconds):
            return await target.provider.complete(target.spec.model_id, request)
    except TimeoutError as exc:
        raise ProviderError(target.provider.name, "timed out", transient=True) from exc


async def _try(settings: AISettings, target: Target, request: LLMRequest,
               attempts: list[Attempt], started: float) -> Completion | None:
    """The model's answer, or None after recording why it could not give one."""
    provider, model = target.provider.name, target.spec.model_id
    if request.use_cache and (hit := await cache.get(model, request)) is not None:
        call_id = await record(request, Outcome(provider, model, CallStatus.cached,
                                                _ms_since(started), hit.text,
                                                hit.input_tokens, hit.output_tokens))
        return _completion(target, hit, cached=True, cost=Decimal(0), started=started,
                           call_id=call_id)
    breaker = CircuitBreaker(target.breaker) if target.breaker else None
    for attempt in range(1, settings.max_retries + 2):
        sent = time.perf_counter()
        try:
            if breaker:
                await breaker.before_call()
            reply = await _ask(settings, target, request)
        except BreakerOpen as exc:
            await record(request, Outcome(provider, model, CallStatus.breaker_open, 0,
                                          error=str(exc), attempt=attempt))
            attempts.append(Attempt(model, provider, CallStatus.breaker_open, str(exc)))
            return None
        except ProviderError as exc:
            if breaker:  # a 4xx answer still shows the provider is up
                await (breaker.record_failure() if exc.transient else breaker.record_success())
            await record(request, Outcome(provider, model, CallStatus.error, _ms_since(sent),
                                          error=str(exc), attempt=attempt))
            attempts.append(Attempt(model, provider, CallStatus.error, str(exc)))
            if not exc.transient or attempt > settings.max_retries:
                return None
            backoff = settings.retry_backoff_seconds * 2 ** (attempt - 1)
            await asyncio.sleep(backoff * (1 + random.random() / 4))  # noqa: S311 - jitter
            continue
        if breaker:
            await breaker.record_success()
        cost = target.spec.cost(reply.input_tokens, reply.output_tokens)
        call_id = await record(request, Outcome(provider, model, CallStatus.ok, _ms_since(sent),
                                                reply.text, reply.input_tokens,
                                                reply.output_tokens, cost, attempt=attempt))
        await cache.put(model, request, reply)
        return _completion(target, reply, cached=False, cost=cost, started=started,
                           call_id=call_id)
    return None


async def complete(request: LLMRequest) -> Completion:
    """Answer `request` through the agent's chain (see the module docstring).

    Raises `SpendLimitReached` (a daily hard limit, or the agent switched off) and
    `ProvidersExhausted` (every served model failed: queue the run for manual retry)."""
    started = time.perf_counter()
    settings = get_settings().ai
    day = ledger_repository.today()
    async with unit_of_work(read_only=True) as session:
        setting = await agent_settings.effective(session, request.organization_id,
                                                 request.agent)
    spent = await spend.today(request.organization_id, request.agent, day)
    chain = targets(settings, setting.models)
    try:
        limits.ensure_within(setting, spent)
    except limits.SpendLimitReached as exc:
        await record(request, Outcome(chain[0].provider.name, chain[0].spec.model_id,
                                      CallStatus.limited, _ms_since(started), error=str(exc)))
        raise
    attempts: list[Attempt] = []
    for target in chain:
        completion = await _try(settings, target, request, attempts, started)
        if completion is None:
            continue
        tokens = 0 if completion.cached else completion.input_tokens + completion.output_tokens
        if completion.cost_usd or tokens:
            await spend.add(request.organization_id, request.agent, day, completion.cost_usd,
                            tokens)
            now = replace(spent, agent_cost=spent.agent_cost + completion.cost_usd,
                          agent_tokens=spent.agent_tokens + tokens,
                          organization_cost=spent.organization_cost + completion.cost_usd,
                          organization_tokens=spent.organization_tokens + tokens)
            await limits.alert_if_over_budget(request.organization_id, setting, now, day)
        return completion
    raise ProvidersExhausted(request.agent, attempts)
