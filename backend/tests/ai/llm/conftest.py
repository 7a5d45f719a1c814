"""Router fixtures: providers pointed at per-test fake hosts (respx answers them in each
provider's documented wire format), so breakers and caches never meet across tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import respx

from app.ai.settings import AISettings
from app.config import get_settings
from tests.ai.llm.wire_server import WireServer

MESSAGES = "/v1/messages"


@dataclass
class Hosts:
    anthropic: str
    openai: str
    compatible: str


@pytest.fixture
def ai(monkeypatch) -> AISettings:
    """The process's AI settings, with no provider configured and fast retries; tests set
    the keys they need (restored afterwards)."""
    settings = get_settings().ai
    for name, value in {"anthropic_api_key": "", "openai_api_key": "", "compatible_base_url": "",
                        "compatible_models": "", "max_retries": 2,
                        "retry_backoff_seconds": 0.01, "model_ids": {}}.items():
        monkeypatch.setattr(settings, name, value)
    return settings


@pytest.fixture
def anthropic() -> Iterator[WireServer]:
    """Anthropic's API on a local port (POST /v1/messages)."""
    server = WireServer()
    yield server
    server.close()


@pytest.fixture
def hosts(ai: AISettings, anthropic: WireServer, monkeypatch) -> Hosts:
    """Every provider configured, each on a host of its own for this test."""
    tag = uuid.uuid4().hex[:10]
    found = Hosts(anthropic.url, f"https://openai-{tag}.test/v1",
                  f"https://compat-{tag}.test/v1beta/openai")
    for name, value in {"anthropic_api_key": "sk-ant-test", "anthropic_base_url": found.anthropic,
                        "openai_api_key": "sk-test", "openai_base_url": found.openai,
                        "compatible_api_key": "gm-test",
                        "compatible_base_url": found.compatible}.items():
        monkeypatch.setattr(ai, name, value)
    return found


@pytest.fixture
def http() -> Iterator[respx.MockRouter]:
    """Outside HTTP as respx routes; a request no route expects fails the test."""
    with respx.mock(assert_all_called=False) as router:
        yield router


def anthropic_reply(text: str, input_tokens: int = 12, output_tokens: int = 8) -> dict:
    """POST /v1/messages response, as documented by Anthropic."""
    return {"id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
            "model": "claude-sonnet-4-6", "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens}}


def openai_reply(text: str, prompt_tokens: int = 20, completion_tokens: int = 10,
                 model: str = "gpt-4o") -> dict:
    """POST /chat/completions response, as documented by OpenAI (and compatible servers)."""
    return {"id": "chatcmpl-abc123", "object": "chat.completion", "created": 1763780000,
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "logprobs": None, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}
