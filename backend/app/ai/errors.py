"""What `router.complete` raises besides `SpendLimitReached` (app/ai/limits.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attempt:
    model: str
    provider: str
    status: str  # "error" or "breaker_open"
    error: str


class ProvidersExhausted(Exception):
    """Every model of the agent's chain failed: errors after retries, or open breakers.

    This is the seed's final step of "Tabela de Fallbacks" ("Fila para retry manual"): the
    agent runner catches it, puts the run into "queued for manual retry" and notifies
    Admins (app/ai/runs owns that state). `attempts` lists what was tried, in order; each
    attempt is also a ledger row.
    """

    def __init__(self, agent: str, attempts: list[Attempt]) -> None:
        tried = ", ".join(f"{a.model}@{a.provider}: {a.status}" for a in attempts) or "nothing"
        super().__init__(f"{agent}: every model failed ({tried})")
        self.agent = agent
        self.attempts = attempts
