"""The last check before an approved message leaves: a module whose crew sends registers a
guard for it (the SDR: the address is not suppressed, the lead has not replied or opted out
since the draft). A guard answers None to let the message go, or why it must not; the run
then ends cancelled with that reason and nothing is sent.

    guards.register("sdr_step_whatsapp", sdr_guard)   # in the module's tasks.py
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs.models import AgentRun

SendGuard = Callable[[AsyncSession, AgentRun, dict[str, Any]], Awaitable[str | None]]
_GUARDS: dict[str, SendGuard] = {}


def register(crew: str, guard: SendGuard) -> None:
    _GUARDS[crew] = guard


async def refusal(session: AsyncSession, run: AgentRun, payload: dict[str, Any]) -> str | None:
    guard = _GUARDS.get(run.crew)
    return await guard(session, run, payload) if guard else None
