"""The hunter at size (`python -m bench --only hunter`): a search of 1,000 candidate
companies from the demo directory, end to end through the real API and a real Celery
worker on the `agents` queue (solo pool), the offline engine writing every reason: from
`POST /hunter/search` to the search's `finished` status, with the qualifier's ledger rows
and the leads stored. Target: < 60 s."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

import httpx

CANDIDATES = 1_000
REDIS_DB = 12  # its own broker database: no other worker on this machine takes its tasks
PASSWORD = "bench-pass-123"  # noqa: S105
TARGET_SECONDS = 60.0

SEED = """
import asyncio, sys
from app.core.db import unit_of_work
from app.identity import service as identity
from app.identity.roles import Role

async def main():
    async with unit_of_work() as s:
        org = await identity.organizations.create(s, name="bench-hunter", slug="bench-hunter")
        await identity.users.create_member(s, organization_id=org.id,
            email="diretor@bench-hunter.test", full_name="Bench Diretor", password=sys.argv[1],
            role=Role.diretor)

asyncio.run(main())
"""


def _worker(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "celery", "-A",  # noqa: S603
                             "app.worker.celery_app", "worker", "--pool", "solo", "-Q",
                             "agents,default", "--loglevel", "WARNING"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def _search(c: httpx.AsyncClient) -> tuple[float, dict]:
    # no segment or place (those narrow the directory's answer): size, staff and words
    # decide, so some qualify and most do not
    body = {"criteria": {"sizes": ["medium", "large"], "employees_min": 20,
                         "keywords": ["marcas", "eventos", "campanhas"]},
            "sources": [{"type": "directory"}], "limit": CANDIDATES, "threshold": 70}
    started = time.perf_counter()
    search = (await c.post("/api/v1/hunter/search", json=body)).raise_for_status().json()
    while time.perf_counter() - started < 600:
        state = (await c.get(f"/api/v1/hunter/searches/{search['search_id']}")).json()
        if state["status"] in ("finished", "failed"):
            return time.perf_counter() - started, state
        await asyncio.sleep(0.25)
    raise RuntimeError("the search did not finish in 10 minutes")


async def run(env: dict[str, str], start, uvicorn, free_port, machine: str) -> str:
    """Seed, measure, return the markdown block (start/uvicorn/free_port/machine are
    bench/__main__.py's helpers)."""
    parts = urlsplit(env.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    env = {**env, "REDIS_URL": urlunsplit(parts._replace(path=f"/{REDIS_DB}")),
           "EVENTS__INLINE_BUDGET_SECONDS": "0"}
    await asyncio.to_thread(subprocess.run, [sys.executable, "-c", SEED, PASSWORD], env=env,
                            check=True, capture_output=True)
    port = free_port()
    procs = [start(uvicorn("app.main:app", port), env, port), _worker(env)]
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
            login = await c.post("/api/v1/auth/login", json={
                "email": "diretor@bench-hunter.test", "password": PASSWORD})
            c.headers["Authorization"] = f"Bearer {login.raise_for_status().json()['access_token']}"
            took, state = await _search(c)
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)
    per_lead = took / max(state["scored"], 1) * 1000
    return (f"{machine}. A search of the demo directory scored on size, staff and words (no "
            "segment or place, which would narrow the directory's answer), offline engine, "
            "one worker (solo pool).\n\n"
            "| search | candidates | status | scored | qualified | seconds | ms per lead | "
            "target |\n|---|---|---|---|---|---|---|---|\n"
            f"| demo directory, API + Celery worker | {state['found']:,} | {state['status']} | "
            f"{state['scored']:,} | {state['qualified']:,} | {took:.1f} | {per_lead:.1f} | "
            f"< {TARGET_SECONDS:.0f} s: {'yes' if took < TARGET_SECONDS else 'no'} |")
