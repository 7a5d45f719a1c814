"""Anthropic through its SDK (Messages API: POST /v1/messages)."""

from __future__ import annotations

from functools import cache

import anthropic

from app.ai.providers.base import ProviderError, ProviderReply, is_transient_status
from app.ai.types import LLMRequest


@cache
def _client(api_key: str, base_url: str, timeout: float) -> anthropic.AsyncAnthropic:
    # retries are the router's (backoff, breaker, ledger row per attempt), not the SDK's
    return anthropic.AsyncAnthropic(api_key=api_key, base_url=base_url or None,
                                    timeout=timeout, max_retries=0)


class AnthropicProvider:
    name = "anthropic"

    def __init__(self, api_key: str, base_url: str, timeout: float) -> None:
        self.client = _client(api_key, base_url, timeout)

    async def complete(self, model_id: str, request: LLMRequest) -> ProviderReply:
        system = "\n\n".join(m.content for m in request.messages if m.role == "system")
        turns = [{"role": m.role, "content": m.content}
                 for m in request.messages if m.role != "system"]
        extra = {"system": system} if system else {}
        if request.stop:
            extra["stop_sequences"] = request.stop
        try:
            # no temperature: the Messages API of SDK 2.x (current models) does not take one
            reply = await self.client.messages.create(
                model=model_id, messages=turns, max_tokens=request.max_tokens, **extra)
        except anthropic.APIStatusError as exc:
            raise ProviderError(self.name, f"HTTP {exc.status_code}",
                                transient=is_transient_status(exc.status_code),
                                status=exc.status_code) from exc
        except anthropic.APIConnectionError as exc:  # includes APITimeoutError
            raise ProviderError(self.name, type(exc).__name__, transient=True) from exc
        text = "".join(block.text for block in reply.content if block.type == "text")
        return ProviderReply(text, reply.usage.input_tokens, reply.usage.output_tokens)
