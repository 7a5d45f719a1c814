"""The SDR scheduler at size (`python -m bench --only sdr`): 10,000 active enrollments due
now, in 50 campaigns (50 senders: a daily cap of 40 and 60-300 s spacing each), and one
`scheduler.tick` on the real database: plan every enrollment (a slot today, or the next
business morning past the cap), write the plan, start the steps whose slot is now (agent
runs). Then a second tick, with nothing new due (the steady state, every minute). Measured
in a subprocess with the app's own engine. Target: the first tick < 5 s."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

ENROLLMENTS = 10_000
CAMPAIGNS = 50
TARGET_SECONDS = 5.0
REDIS_DB = 12  # the benchmarks' broker database (bench/hunter.py)


async def _measure() -> dict:
    from sqlalchemy import text

    from app.core.db import get_engine, unit_of_work
    from app.core.events import load_handlers
    from app.identity import service as identity
    from app.modules.sdr import scheduler
    from app.modules.sdr.calendar import SAO_PAULO

    load_handlers()  # as a worker does at start, not inside the measured tick
    now = datetime(2027, 3, 9, 10, tzinfo=SAO_PAULO)  # a Tuesday, the window open
    async with unit_of_work() as s:
        org = await identity.organizations.create(s, name="bench-sdr",
                                                  slug=f"bench-sdr-{uuid.uuid4().hex[:6]}")
        org_id = org.id
    steps = json.dumps([{"kind": "whatsapp", "needs_approval": True},
                        {"kind": "whatsapp", "needs_approval": False}])
    async with get_engine().begin() as conn:
        cadence = uuid.uuid4()
        await conn.execute(text(
            "INSERT INTO sdr_cadence (id, organization_id, name, steps, window_start, "
            "window_end, weekdays, daily_cap, spacing_min_seconds, spacing_max_seconds) "
            "VALUES (:id, :org, 'bench', CAST(:steps AS jsonb), '09:00', '18:00', "
            "'{0,1,2,3,4}', 40, 60, 300)"), {"id": cadence, "org": org_id, "steps": steps})
        campaigns = [uuid.uuid4() for _ in range(CAMPAIGNS)]
        await conn.execute(text(
            "INSERT INTO sdr_campaign (id, organization_id, name, cadence_id, status) "
            "SELECT id, :org, 'bench', :cadence, 'active' FROM unnest(CAST(:ids AS uuid[])) id"),
            {"org": org_id, "cadence": cadence, "ids": campaigns})
        await conn.execute(text(
            "INSERT INTO sdr_enrollment (id, organization_id, campaign_id, lead_id, status, "
            "step_index, next_at, name, company, phone, email) "
            "SELECT gen_random_uuid(), :org, (CAST(:ids AS uuid[]))[1 + g % :n], "
            "gen_random_uuid(), 'active', 1, "
            "CAST(:due AS timestamptz) - (g || ' seconds')::interval, "
            "'Pessoa ' || g, 'Empresa ' || g, '+5511' || lpad(g::text, 9, '0'), "
            "'p' || g || '@bench.test' FROM generate_series(1, :rows) g"),
            {"org": org_id, "ids": campaigns, "n": CAMPAIGNS, "rows": ENROLLMENTS,
             "due": now - timedelta(minutes=1)})
        await conn.execute(text("ANALYZE sdr_enrollment"))
    ticks = []
    for _ in range(2):
        started = time.perf_counter()
        async with unit_of_work() as s:
            result = await scheduler.tick(s, now, organization_id=org_id)
        ticks.append({"seconds": time.perf_counter() - started, "planned": result.planned,
                      "deferred": result.deferred, "started": result.started})
    return {"ticks": ticks}


async def run(env: dict[str, str], machine: str) -> str:
    parts = urlsplit(env.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    env = {**env, "EVENTS__INLINE_BUDGET_SECONDS": "0",  # the started runs' tasks stay in
           "REDIS_URL": urlunsplit(parts._replace(path=f"/{REDIS_DB}"))}  # its own broker db
    measured = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "bench.sdr"], env=env, check=True,
        capture_output=True, text=True)
    first, second = json.loads(measured.stdout.strip().splitlines()[-1])["ticks"]
    rows = "\n".join(
        f"| {name} | {t['planned'] + t['deferred']:,} | {t['planned']:,} | {t['deferred']:,} | "
        f"{t['started']:,} | {t['seconds']:.2f} |" for name, t in
        (("first tick (all due)", first), ("next tick (nothing new)", second)))
    return (f"{machine}. {ENROLLMENTS:,} active enrollments due in {CAMPAIGNS} campaigns "
            "(one sender each: cap 40 a day, 60-300 s spacing), one tick in-process on the "
            "real database (plan, one UPDATE for the plan, start the steps due now as agent "
            "runs).\n\n| tick | due | planned today | deferred (cap) | started | seconds |\n"
            f"|---|---|---|---|---|---|\n{rows}\n\nTarget: the first tick < "
            f"{TARGET_SECONDS:.0f} s: {'yes' if first['seconds'] < TARGET_SECONDS else 'no'} "
            f"({first['seconds']:.2f} s).")


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_measure())))
