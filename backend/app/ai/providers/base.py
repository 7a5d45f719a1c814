"""What every provider adapter implements, and the one error type the router understands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.ai.types import LLMRequest


@dataclass(frozen=True)
class ProviderReply:
    text: str
    input_tokens: int
    output_tokens: int


class ProviderError(Exception):
    """A provider call that failed. `transient` failures (timeouts, connection errors, 429,
    5xx) are retried with backoff and count against the provider's circuit breaker; the
    others (bad request, bad key) move straight on to the next model of the chain."""

    def __init__(self, provider: str, message: str, *, transient: bool,
                 status: int | None = None) -> None:
        super().__init__(f"{provider}: {message}")
        self.provider = provider
        self.transient = transient
        self.status = status


def is_transient_status(status: int) -> bool:
    return status == 429 or status == 408 or status >= 500


class Provider(Protocol):
    name: str

    async def complete(self, model_id: str, request: LLMRequest) -> ProviderReply: ...
