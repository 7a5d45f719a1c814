"""`python -m bench [--seconds N] [--write ../docs/benchmarks.md]`

Measures, in one run on this machine: GET /api/v1/auth/me and GET /api/v1/admin/audit
(organization-scoped, keyset-paginated, 10,000 rows of the caller's organization plus 10,000 of
another, 50 per page, walking every page) at 1, 16 and 64 connections, next to the same page
query served by a raw ASGI + asyncpg app (bench/baseline.py). Needs DATABASE_URL and REDIS_URL
(`make bench` provides them, starting the embedded servers when they are missing).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

from bench import loadgen

BACKEND = Path(__file__).resolve().parent.parent
CONNECTIONS = (1, 16, 64)
ROWS = 10_000
PASSWORD = "bench-pass-123"  # noqa: S105


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _urls() -> tuple[str, str, str]:
    base = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/somos")
    parts = urlsplit(base.replace("postgresql+asyncpg://", "postgresql://"))
    admin = urlunsplit(parts._replace(path="/postgres"))
    raw = urlunsplit(parts._replace(path="/somos_bench"))
    return admin, raw, raw.replace("postgresql://", "postgresql+asyncpg://", 1)


async def _prepare_database(admin_dsn: str, raw_dsn: str, env: dict[str, str]) -> None:
    conn = await asyncpg.connect(admin_dsn)
    await conn.execute("DROP DATABASE IF EXISTS somos_bench WITH (FORCE)")
    await conn.execute("CREATE DATABASE somos_bench")
    await conn.close()
    await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "alembic", "upgrade", "head"], cwd=BACKEND,
        env=env, check=True, capture_output=True)


SEED = """
import asyncio, sys
from app.core.db import unit_of_work
from app.identity import service as identity
from app.identity.roles import Role

async def main():
    ids = []
    for slug in ("bench", "bench-other"):
        async with unit_of_work() as s:
            org = await identity.organizations.create(s, name=slug, slug=slug)
            await identity.users.create_member(s, organization_id=org.id,
                email=f"admin@{slug}.test", full_name="Bench Admin", password=sys.argv[1],
                role=Role.admin)
            ids.append(str(org.id))
    print(" ".join(ids))

asyncio.run(main())
"""

FILL = """
INSERT INTO core_audit_entry (id, organization_id, occurred_at, actor_type, actor_id, action,
    entity_type, entity_id, after, ip, user_agent, request_id)
SELECT gen_random_uuid(), $1::uuid, now() - (g || ' seconds')::interval, 'agent', 'hunter-bot',
    'hunter.lead.scored', 'lead', gen_random_uuid()::text,
    json_build_object('score', g % 100, 'tier', 'warm'), '10.0.0.1', 'bench', md5(g::text)
FROM generate_series(1, $2) AS g
"""


def _start(cmd: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, cwd=BACKEND, env=env, stdout=subprocess.DEVNULL,  # noqa: S603
                            stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()[-2000:]) from None
            time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start")


def _uvicorn(app: str, port: int) -> list[str]:
    return [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
            "--no-access-log", "--log-level", "warning", "--loop", "uvloop",
            "--http", "httptools"]


async def _walk_pages(api: str, token: str) -> tuple[list[str], list[str]]:
    api_paths, raw_paths = ["/api/v1/admin/audit?limit=50"], ["/page"]
    async with httpx.AsyncClient(base_url=api,
                                 headers={"Authorization": f"Bearer {token}"}) as c:
        url = api_paths[0]
        while True:
            page = (await c.get(url)).raise_for_status().json()
            if not page["next_cursor"]:
                break
            url = f"/api/v1/admin/audit?limit=50&cursor={page['next_cursor']}"
            api_paths.append(url)
            raw_paths.append(f"/page?after_seq={page['items'][-1]['seq']}")
    return api_paths, raw_paths


def _row(name: str, conc: int, r: loadgen.Result, base: loadgen.Result | None) -> str:
    ratio = f"{r.rps / base.rps:.0%}" if base else "-"
    return (f"| {name} | {conc} | {r.rps:,.0f} | {r.percentile(50):.1f} | {r.percentile(95):.1f}"
            f" | {r.percentile(99):.1f} | {r.errors} | {ratio} |")


async def main(seconds: float, write: Path | None) -> int:
    admin_dsn, raw_dsn, db_url = _urls()
    env = {**os.environ, "DATABASE_URL": db_url, "APP_ENV": "test", "LOG_LEVEL": "WARNING",
           "RATE_LIMIT__API_PER_SECOND": "1000000", "DB_POOL_SIZE": "20"}
    await _prepare_database(admin_dsn, raw_dsn, env)
    seeded = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-c", SEED, PASSWORD], cwd=BACKEND, env=env,
        check=True, capture_output=True, text=True)
    org_id, other_id = seeded.stdout.split()
    conn = await asyncpg.connect(raw_dsn)
    await conn.execute(FILL, org_id, ROWS)
    await conn.execute(FILL, other_id, ROWS)
    await conn.execute("ANALYZE")
    await conn.close()

    api_port, raw_port = _free_port(), _free_port()
    procs = [
        _start(_uvicorn("app.main:app", api_port), env, api_port),
        _start(_uvicorn("bench.baseline:app", raw_port),
               {**env, "BENCH_RAW_DSN": raw_dsn, "BENCH_ORG_ID": org_id}, raw_port),
    ]
    try:
        api = f"http://127.0.0.1:{api_port}"
        async with httpx.AsyncClient(base_url=api) as c:
            login = await c.post("/api/v1/auth/login",
                                 json={"email": "admin@bench.test", "password": PASSWORD})
            token = login.raise_for_status().json()["access_token"]
        api_paths, raw_paths = await _walk_pages(api, token)
        auth = {"Authorization": f"Bearer {token}"}
        lines = ["| endpoint | connections | req/s | p50 ms | p95 ms | p99 ms | errors |"
                 " vs raw |", "|---|---|---|---|---|---|---|---|"]
        for conc in CONNECTIONS:
            await loadgen.run("127.0.0.1", raw_port, raw_paths, connections=conc, seconds=1)
            raw = await loadgen.run("127.0.0.1", raw_port, raw_paths, connections=conc,
                                    seconds=seconds)
            await loadgen.run("127.0.0.1", api_port, api_paths, connections=conc, seconds=1,
                              headers=auth)
            listed = await loadgen.run("127.0.0.1", api_port, api_paths, connections=conc,
                                       seconds=seconds, headers=auth)
            me = await loadgen.run("127.0.0.1", api_port, ["/api/v1/auth/me"],
                                   connections=conc, seconds=seconds, headers=auth)
            lines += [_row("raw ASGI + asyncpg page", conc, raw, None),
                      _row("GET /api/v1/admin/audit (50/page)", conc, listed, raw),
                      _row("GET /api/v1/auth/me", conc, me, None)]
            print("\n".join(lines[-3:]), flush=True)
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)
    header = (f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node()} "
              f"({os.cpu_count()} cores, Python {platform.python_version()}), {seconds:g} s per "
              f"cell, {len(api_paths)} pages of 50 walked in turn.")
    table = "\n".join(lines)
    print(f"\n{header}\n\n{table}")
    if write:
        _record(write, f"{header}\n\n{table}")
    return 0


def _record(path: Path, results: str) -> None:
    """Put the results between the markers of docs/benchmarks.md (appended if missing)."""
    start, end = "<!-- bench:results -->", "<!-- /bench:results -->"
    text = path.read_text() if path.exists() else ""
    block = f"{start}\n{results}\n{end}"
    if start in text:
        before, _, rest = text.partition(start)
        path.write_text(before + block + rest.split(end, 1)[-1])
    else:
        path.write_text(f"{text}\n{block}\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.seconds, args.write)))
