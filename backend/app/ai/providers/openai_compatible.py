"""OpenAI, and any endpoint speaking its chat-completions wire format (Gemini's OpenAI
compatibility endpoint, Ollama, vLLM): POST {base_url}/chat/completions."""

from __future__ import annotations

from functools import cache

import openai

from app.ai.providers.base import ProviderError, ProviderReply, is_transient_status
from app.ai.types import LLMRequest


@cache
def _client(api_key: str, base_url: str, timeout: float) -> openai.AsyncOpenAI:
    # retries are the router's (backoff, breaker, ledger row per attempt), not the SDK's
    return openai.AsyncOpenAI(api_key=api_key or "none", base_url=base_url or None,
                              timeout=timeout, max_retries=0)


class OpenAICompatibleProvider:
    def __init__(self, name: str, api_key: str, base_url: str, timeout: float) -> None:
        self.name = name
        self.client = _client(api_key, base_url, timeout)

    async def complete(self, model_id: str, request: LLMRequest) -> ProviderReply:
        extra: dict = {"stop": request.stop} if request.stop else {}
        if request.json_output:
            extra["response_format"] = {"type": "json_object"}
        try:
            reply = await self.client.chat.completions.create(
                model=model_id, temperature=request.temperature, max_tokens=request.max_tokens,
                messages=[{"role": m.role, "content": m.content} for m in request.messages],
                **extra)
        except openai.APIStatusError as exc:
            raise ProviderError(self.name, f"HTTP {exc.status_code}",
                                transient=is_transient_status(exc.status_code),
                                status=exc.status_code) from exc
        except openai.APIConnectionError as exc:  # includes APITimeoutError
            raise ProviderError(self.name, type(exc).__name__, transient=True) from exc
        if not reply.choices:
            raise ProviderError(self.name, "no choices in the reply", transient=True)
        usage = reply.usage
        return ProviderReply(reply.choices[0].message.content or "",
                             usage.prompt_tokens if usage else 0,
                             usage.completion_tokens if usage else 0)
