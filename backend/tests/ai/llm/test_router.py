"""The router end to end: chains and fallbacks, retries, breakers, the cache and the
offline engine, against providers answering in their documented wire formats (respx)."""

from __future__ import annotations

import uuid
from decimal import Decimal

import httpx
import pytest

from app.ai.models import CallStatus
from app.ai.router import ProvidersExhausted, complete
from app.ai.types import LLMRequest, Message, PromptRef, TaskKind, Trigger
from app.core.breaker import BreakerState, CircuitBreaker
from tests.ai.llm.conftest import MESSAGES, anthropic_reply, openai_reply
from tests.ai.llm.ledger_rows import calls_of


def request(org_id: uuid.UUID, agent: str = "sdr_whatsapp", **kwargs) -> LLMRequest:
    kwargs.setdefault("messages", [Message("system", "Você é SDR."),
                                   Message("user", f"Escreva para Ana ({uuid.uuid4().hex})")])
    return LLMRequest(organization_id=org_id, agent=agent, task=TaskKind.message,
                      facts={"lead_name": "Ana"}, **kwargs)


class TestFallbackChain:
    async def test_primary_failing_falls_back_to_the_next_model_after_retries(
            self, org, hosts, http, anthropic):
        # sdr_whatsapp: Claude 3.5 Sonnet -> GPT-4o (seed), Claude overloaded
        anthropic.reply(MESSAGES, 529, {"type": "error", "error": {
            "type": "overloaded_error", "message": "Overloaded"}})
        gpt = http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("Olá Ana!", 20, 10)))

        completion = await complete(request(org.id, run_id=(run := uuid.uuid4()),
                                            prompt=PromptRef("sdr.first_message", 1)))

        assert (completion.provider, completion.model, completion.text) == (
            "openai", "gpt-4o", "Olá Ana!")
        assert anthropic.count(MESSAGES) == 3  # first try + AI__MAX_RETRIES=2
        assert gpt.call_count == 1
        rows = await calls_of(org.id)
        assert [(r.provider, r.status, r.attempt) for r in rows] == [
            ("anthropic", CallStatus.error, 1), ("anthropic", CallStatus.error, 2),
            ("anthropic", CallStatus.error, 3), ("openai", CallStatus.ok, 1)]
        assert all(r.run_id == run and r.prompt_id == "sdr.first_message" for r in rows)
        assert rows[-1].id == completion.call_id
        # GPT-4o at the seed's USD 5 / 15 per million tokens in / out
        assert completion.cost_usd == rows[-1].cost_usd == Decimal(5 * 20 + 15 * 10) / 1_000_000

    async def test_a_bad_request_is_not_retried(self, org, hosts, http, anthropic):
        anthropic.reply(MESSAGES, 400, {"type": "error", "error": {
            "type": "invalid_request_error", "message": "max_tokens too large"}})
        http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("ok")))

        assert (await complete(request(org.id))).provider == "openai"
        assert anthropic.count(MESSAGES) == 1

    async def test_every_model_failing_raises_providers_exhausted_with_what_was_tried(
            self, org, hosts, http, ai, anthropic):
        ai.max_retries = 0
        anthropic.reply(MESSAGES, 503, {})
        for url in (f"{hosts.openai}/chat/completions", f"{hosts.compatible}/chat/completions"):
            http.post(url).mock(return_value=httpx.Response(503, json={}))

        with pytest.raises(ProvidersExhausted) as exhausted:
            await complete(request(org.id))

        # the seed's "Tabela de Fallbacks": Claude -> GPT-4o -> Gemini Pro -> manual retry
        assert [(a.model, a.provider) for a in exhausted.value.attempts] == [
            ("claude-sonnet-4-6", "anthropic"), ("gpt-4o", "openai"),
            ("gemini-2.5-pro", "compatible")]
        assert [r.status for r in await calls_of(org.id)] == [CallStatus.error] * 3

    async def test_unconfigured_providers_are_skipped(self, org, ai, http, monkeypatch):
        monkeypatch.setattr(ai, "openai_api_key", "sk-test")
        monkeypatch.setattr(ai, "openai_base_url", f"https://openai-{uuid.uuid4().hex}.test/v1")
        gpt = http.post(f"{ai.openai_base_url}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("via GPT-4o")))

        completion = await complete(request(org.id))

        assert (completion.provider, completion.text, gpt.call_count) == (
            "openai", "via GPT-4o", 1)
        assert [r.provider for r in await calls_of(org.id)] == ["openai"]


class TestOfflineWhenNothingIsConfigured:
    async def test_the_offline_engine_answers_and_says_so(self, org, ai, http):
        completion = await complete(request(org.id, trigger=Trigger.user(uuid.uuid4())))

        assert (completion.provider, completion.model, completion.offline) == (
            "offline", "offline-v1", True)
        assert "Ana" in completion.text and "sem modelo de IA" in completion.text
        assert completion.cost_usd == 0
        assert not http.calls
        [row] = await calls_of(org.id)
        assert (row.provider, row.status, row.trigger_kind) == ("offline", CallStatus.ok, "user")


class TestLogs:
    async def test_one_line_per_call_without_the_prompt_or_answer(self, org, ai, info_logs):
        secret = f"Marina Sigilosa {uuid.uuid4().hex}"
        await complete(LLMRequest(organization_id=org.id, agent="sdr_email",
                                  task=TaskKind.message, messages=[Message("user", secret)],
                                  facts={"lead_name": secret}))
        lines = [line for line in info_logs.readouterr().out.splitlines() if "llm_call" in line]
        assert len(lines) == 1
        assert "sdr_email" in lines[0] and "offline-v1" in lines[0]
        assert "Sigilosa" not in lines[0]


class TestCircuitBreaker:
    async def test_five_failures_open_it_then_a_half_open_trial_closes_it(
            self, org, hosts, http, ai, redis, anthropic):
        ai.max_retries = 0
        anthropic.reply(MESSAGES, 500, {})
        http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("fallback")))
        breaker = CircuitBreaker(f"llm:anthropic:{httpx.URL(hosts.anthropic).netloc.decode()}")

        for _ in range(5):
            assert (await complete(request(org.id))).provider == "openai"
        assert anthropic.count(MESSAGES) == 5
        assert (await breaker.status()).state is BreakerState.open

        assert (await complete(request(org.id))).provider == "openai"
        assert anthropic.count(MESSAGES) == 5  # skipped: no request while open
        assert (await calls_of(org.id))[-2].status is CallStatus.breaker_open

        await redis.hset(breaker.key, "open_until", 1)  # the 60 s are over: half-open
        anthropic.reply(MESSAGES, 200, anthropic_reply("Claude de volta"))
        completion = await complete(request(org.id))

        assert (completion.provider, anthropic.count(MESSAGES)) == ("anthropic", 6)
        assert (await breaker.status()).state is BreakerState.closed

    async def test_a_failed_half_open_trial_opens_it_again(
            self, org, hosts, http, ai, redis, anthropic):
        ai.max_retries = 0
        anthropic.reply(MESSAGES, 502, {})
        http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("fallback")))
        breaker = CircuitBreaker(f"llm:anthropic:{httpx.URL(hosts.anthropic).netloc.decode()}")
        for _ in range(5):
            await complete(request(org.id))
        await redis.hset(breaker.key, "open_until", 1)

        await complete(request(org.id))  # the trial fails
        await complete(request(org.id))  # refused at once

        assert anthropic.count(MESSAGES) == 6
        assert (await breaker.status()).state is BreakerState.open


class TestResponseCache:
    async def test_the_same_prompt_is_answered_from_the_cache_unless_bypassed(
            self, org, hosts, http, anthropic):
        anthropic.reply(MESSAGES, 200, anthropic_reply("Olá, Ana!", 30, 12))
        same = request(org.id)

        first = await complete(same)
        second = await complete(same)
        bypassed = await complete(LLMRequest(**{**same.__dict__, "use_cache": False}))

        assert anthropic.count(MESSAGES) == 2
        assert (first.cached, second.cached, bypassed.cached) == (False, True, False)
        assert second.text == first.text and second.cost_usd == 0
        assert [(r.status, r.cost_usd > 0) for r in await calls_of(org.id)] == [
            (CallStatus.ok, True), (CallStatus.cached, False), (CallStatus.ok, True)]

    async def test_offline_answers_are_cached_per_facts(self, org, ai):
        base = request(org.id)
        first = await complete(base)
        again = await complete(base)
        other = await complete(LLMRequest(**{**base.__dict__, "facts": {"lead_name": "Bia"}}))
        assert again.cached and again.text == first.text
        assert not other.cached and "Bia" in other.text and "Ana" not in other.text

    async def test_a_different_temperature_is_a_different_prompt(
            self, org, hosts, http, anthropic):
        anthropic.reply(MESSAGES, 200, anthropic_reply("texto"))
        base = request(org.id)
        await complete(base)
        await complete(LLMRequest(**{**base.__dict__, "temperature": 0.9}))
        assert anthropic.count(MESSAGES) == 2
