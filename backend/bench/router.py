"""Router overhead per call on the offline engine: everything `complete()` adds around an
answer (agent setting and day's spend read, cache lookup, ledger row written, log line),
with the cache bypassed and with a cache hit, next to the offline engine alone.

    rows = await bench.router.measure(calls=2000)   # needs DATABASE_URL and REDIS_URL
    print(bench.router.markdown(rows))

Providers are switched off in this process for the run, so no outside call is made. The
ledger's log line is rendered as in production (JSON, INFO) and written to /dev/null, so its
cost is counted without flooding the terminal. `python -m bench` runs this against its
migrated bench database.
"""

from __future__ import annotations

import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import redirect_stdout
from dataclasses import dataclass

from app.ai.offline.engine import answer
from app.ai.router import complete
from app.ai.types import LLMRequest, Message, TaskKind
from app.config import get_settings
from app.core.db import unit_of_work
from app.core.logging import configure_logging
from app.identity import service as identity


@dataclass(frozen=True)
class RouterRow:
    case: str
    calls: int
    p50_us: float
    p99_us: float
    mean_us: float


def _row(case: str, samples: list[float]) -> RouterRow:
    ordered = sorted(samples)
    return RouterRow(case, len(samples), ordered[len(ordered) // 2],
                     ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
                     statistics.fmean(samples))


async def _timed(calls: int, one: Callable[[int], Awaitable[object]]) -> list[float]:
    samples = []
    for i in range(calls):
        started = time.perf_counter()
        await one(i)
        samples.append((time.perf_counter() - started) * 1_000_000)
    return samples


async def measure(calls: int = 2000) -> list[RouterRow]:
    settings = get_settings()
    saved = settings.ai
    settings.ai = saved.model_copy(update={"anthropic_api_key": "", "openai_api_key": "",
                                           "compatible_base_url": ""})
    configure_logging("INFO")
    # opening /dev/null does not block; every log line is rendered, then dropped
    with open(os.devnull, "w") as devnull, redirect_stdout(devnull):  # noqa: ASYNC230
        try:
            return await _measure(calls)
        finally:
            settings.ai = saved


async def _measure(calls: int) -> list[RouterRow]:
    async with unit_of_work() as session:
        org = await identity.organizations.create(
            session, name="bench router", slug=f"bench-router-{uuid.uuid4().hex[:8]}")
    tag = uuid.uuid4().hex

    def request(i: int, use_cache: bool) -> LLMRequest:
        return LLMRequest(organization_id=org.id, agent="sdr_whatsapp",
                          task=TaskKind.message, use_cache=use_cache,
                          messages=[Message("user", f"Mensagem {tag} {i}")],
                          facts={"lead_name": "Ana", "company": "Agencia X"})

    engine_alone = await _timed(calls, lambda i: _engine(request(i, False)))
    bypassed = await _timed(calls, lambda i: complete(request(i, False)))
    await complete(request(0, True))  # warm the cache entry
    hits = await _timed(calls, lambda i: complete(request(0, True)))
    return [_row("offline engine alone", engine_alone),
            _row("router, cache bypassed", bypassed),
            _row("router, cache hit", hits)]


async def _engine(request: LLMRequest) -> str:
    return answer(request)


def markdown(rows: list[RouterRow]) -> str:
    """The rows as a table; the last column is the p50 added over the offline engine alone."""
    alone = next((r.p50_us for r in rows if r.case == "offline engine alone"), None)
    lines = ["| case | calls | p50 µs | p99 µs | mean µs | p50 over engine alone |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        extra = "-" if alone is None or r.case == "offline engine alone" else (
            f"+{r.p50_us - alone:,.0f} µs")
        lines.append(f"| {r.case} | {r.calls:,} | {r.p50_us:,.0f} | {r.p99_us:,.0f} |"
                     f" {r.mean_us:,.0f} | {extra} |")
    return "\n".join(lines)
