"""Provider adapters speak each provider's documented wire format: what we send, and how
the answer and its token usage are read back."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

import httpx

from app.ai.router import complete
from app.ai.types import LLMRequest, Message, TaskKind
from tests.ai.llm.conftest import MESSAGES, anthropic_reply, openai_reply


def request(org_id: uuid.UUID, agent: str, **kwargs) -> LLMRequest:
    return LLMRequest(organization_id=org_id, agent=agent, task=TaskKind.draft,
                      messages=[Message("system", "Seja breve."),
                                Message("user", f"Escreva um post ({uuid.uuid4().hex})")],
                      max_tokens=300, **kwargs)


class TestAnthropic:
    async def test_messages_api_request_and_usage(self, org, hosts, anthropic):
        anthropic.reply(MESSAGES, 200, anthropic_reply("Post pronto.", 12, 8))

        completion = await complete(request(org.id, "content_writer", stop=["FIM"]))

        [sent] = anthropic.received
        assert sent.headers["authorization"] == "Bearer sk-ant-test"  # SDK 2.x, not x-api-key
        assert sent.headers["anthropic-version"]
        assert sent.body["model"] == "claude-sonnet-4-6"
        assert sent.body["system"] == "Seja breve."
        assert [m["role"] for m in sent.body["messages"]] == ["user"]
        assert (sent.body["max_tokens"], sent.body["stop_sequences"]) == (300, ["FIM"])
        assert (completion.text, completion.input_tokens, completion.output_tokens) == (
            "Post pronto.", 12, 8)
        assert completion.cost_usd == Decimal(3 * 12 + 15 * 8) / 1_000_000


class TestOpenAI:
    async def test_chat_completions_request_and_usage(self, org, hosts, http):
        route = http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply('{"ok": true}', 40, 5,
                                                               "gpt-4o-mini")))

        completion = await complete(request(org.id, "news_curator", json_output=True))

        sent = route.calls.last.request
        body = json.loads(sent.content)
        assert sent.headers["authorization"] == "Bearer sk-test"
        assert body["model"] == "gpt-4o-mini"
        assert [m["role"] for m in body["messages"]] == ["system", "user"]
        assert body["response_format"] == {"type": "json_object"}
        assert (body["max_tokens"], body["temperature"]) == (300, 0.2)
        assert (completion.provider, completion.text) == ("openai", '{"ok": true}')
        assert (completion.input_tokens, completion.output_tokens) == (40, 5)
        assert completion.cost_usd == (Decimal("0.15") * 40 + Decimal("0.60") * 5) / 1_000_000

    async def test_a_model_id_can_be_replaced_per_deployment(self, org, hosts, http, ai,
                                                             monkeypatch):
        monkeypatch.setattr(ai, "model_ids", {"gpt-4o-mini": "gpt-4.1-mini"})
        route = http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("ok")))
        completion = await complete(request(org.id, "news_curator"))
        assert json.loads(route.calls.last.request.content)["model"] == "gpt-4.1-mini"
        assert completion.model == "gpt-4.1-mini"


class TestOpenAICompatible:
    async def test_gemini_through_its_openai_compatible_endpoint(self, org, hosts, http):
        route = http.post(f"{hosts.compatible}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("Tendências", 100, 20,
                                                               "gemini-2.5-pro")))

        completion = await complete(request(org.id, "trend_analyzer"))  # Gemini Pro first

        sent = route.calls.last.request
        assert sent.headers["authorization"] == "Bearer gm-test"
        assert json.loads(sent.content)["model"] == "gemini-2.5-pro"
        assert (completion.provider, completion.model) == ("compatible", "gemini-2.5-pro")
        assert completion.cost_usd == (Decimal("1.25") * 100 + 5 * 20) / Decimal(1_000_000)

    async def test_an_endpoint_serves_only_the_models_it_lists(self, org, ai, http,
                                                               monkeypatch):
        base = f"https://ollama-{uuid.uuid4().hex[:8]}.test/v1"
        monkeypatch.setattr(ai, "compatible_base_url", base)
        monkeypatch.setattr(ai, "compatible_models", "gemini-flash")
        route = http.post(f"{base}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("rápido")))

        # trend_analyzer: Gemini Pro -> GPT-4o -> ...: nobody serves them here
        assert (await complete(request(org.id, "trend_analyzer"))).provider == "offline"
        # competitor_watcher: Gemini Flash first
        assert (await complete(request(org.id, "competitor_watcher"))).provider == "compatible"
        assert route.call_count == 1
