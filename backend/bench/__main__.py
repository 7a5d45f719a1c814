"""`python -m bench [--only all|http|ai|crm|hunter|sdr] [--seconds N] [--router-calls N]
[--search-queries N] [--write ../docs/benchmarks.md]`

Measures, in one run on this machine, against a freshly migrated `somos_bench` database:

- http (`--seconds` per cell): GET /api/v1/auth/me and GET /api/v1/admin/audit
  (organization-scoped, keyset-paginated, 10,000 rows of the caller's organization plus 10,000
  of another, 50 per page, walking every page) at 1, 16 and 64 connections, next to the same
  page query served by a raw ASGI + asyncpg app (bench/baseline.py);
- ai, after the HTTP servers are stopped: the LLM router's overhead per call on the offline
  engine (bench/router.py, in this process, `--router-calls` per case), then, in a subprocess
  so the Qdrant data stays out of this process, `python -m bench.vectors` (offline embedder
  texts/s, local store open + close, local-mode search over 100,000 points with
  `--search-queries` queries: each takes seconds, hence fewer than its standalone default).

- crm (bench/crm.py): 30,000 companies, 100,000 contacts and 20,000 deals in one organization
  (COPY), then search, board and list pages at 16 connections and a 10,000-row CSV import run
  by a real Celery worker.

- hunter (bench/hunter.py): a search of 1,000 demo-directory candidates end to end (API, a
  Celery worker on the `agents` queue, the offline engine writing the reasons).

- sdr (bench/sdr.py): the scheduler's tick over 10,000 due enrollments in 50 campaigns.

`--only http|ai|crm|hunter|sdr` runs one part (each is ~1-3 minutes on 2 cores). With
`--write`, each part replaces its own block of the file: `<!-- bench:results -->` (HTTP),
`<!-- bench:ai -->` (router and vectors tables), `<!-- bench:crm -->`,
`<!-- bench:hunter -->` and `<!-- bench:sdr -->`, so running one part keeps the others'
figures.
Needs DATABASE_URL and REDIS_URL (`make bench` provides them, starting the embedded servers
when they are missing).
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


def _machine() -> str:
    return (f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node()} "
            f"({os.cpu_count()} cores, Python {platform.python_version()})")


async def main(seconds: float, write: Path | None, only: str = "all", router_calls: int = 2000,
               search_queries: int = 20) -> int:
    admin_dsn, raw_dsn, db_url = _urls()
    # the API's pool holds 20 connections and no more, as the raw baseline's asyncpg pool
    # (max_size=20) does: past its pool_size SQLAlchemy would open overflow connections and
    # close them again on return, and that churn, not the endpoint, would be measured
    env = {**os.environ, "DATABASE_URL": db_url, "APP_ENV": "test", "LOG_LEVEL": "WARNING",
           "RATE_LIMIT__API_PER_SECOND": "1000000", "DB_POOL_SIZE": "20",
           "DB_MAX_OVERFLOW": "0"}
    await _prepare_database(admin_dsn, raw_dsn, env)
    if only in ("all", "http"):
        results = await _http(seconds, raw_dsn, env)
        print(f"\n{results}", flush=True)
        if write:
            _record(write, results)
    if only in ("all", "ai"):
        results = await _ai(env, router_calls, search_queries)
        print(f"\n{results}", flush=True)
        if write:
            _record(write, results, marker="bench:ai")
    if only in ("all", "crm"):
        from bench import crm

        results = await crm.run(seconds, raw_dsn, env, _start, _uvicorn, _free_port,
                                _machine())
        print(f"\n{results}", flush=True)
        if write:
            _record(write, results, marker="bench:crm")
    if only in ("all", "hunter"):
        from bench import hunter

        results = await hunter.run(env, _start, _uvicorn, _free_port, _machine())
        print(f"\n{results}", flush=True)
        if write:
            _record(write, results, marker="bench:hunter")
    if only in ("all", "sdr"):
        from bench import sdr

        results = await sdr.run(env, _machine())
        print(f"\n{results}", flush=True)
        if write:
            _record(write, results, marker="bench:sdr")
    return 0


async def _http(seconds: float, raw_dsn: str, env: dict[str, str]) -> str:
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
    header = (f"{_machine()}, {seconds:g} s per cell, {len(api_paths)} pages of 50 walked in "
              "turn.")
    return f"{header}\n\n" + "\n".join(lines)


async def _ai(env: dict[str, str], router_calls: int, search_queries: int) -> str:
    """The router in this process, pointed at the bench database like the servers were; the
    vectors benchmark in a subprocess (its 100,000 points stay out of this process)."""
    os.environ.update(env)
    from app.config import get_settings
    from app.core.db import dispose_engine
    from app.core.redis import close_redis
    from bench import router

    get_settings.cache_clear()  # settings from the bench environment, as in the servers
    print(f"router: {router_calls:,} calls per case", flush=True)
    try:
        router_rows = await router.measure(router_calls)
    finally:
        await dispose_engine()
        await close_redis()
    print(router.markdown(router_rows), flush=True)
    vectors = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "bench.vectors",  # noqa: S603
                         "--queries", str(search_queries)],
        cwd=BACKEND, env=env, check=True, stdout=subprocess.PIPE, text=True)
    header = (f"{_machine()}. Router: offline engine, providers off, {router_calls:,} calls per "
              f"case, one after another. Vectors: `python -m bench.vectors --queries "
              f"{search_queries}`.")
    return f"{header}\n\n{router.markdown(router_rows)}\n\n{vectors.stdout.strip()}"


def _record(path: Path, results: str, marker: str = "bench:results") -> None:
    """Put the results between the `<!-- {marker} -->` markers of docs/benchmarks.md (appended
    if missing)."""
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    text = path.read_text() if path.exists() else ""
    block = f"{start}\n{results}\n{end}"
    if start in text:
        before, _, rest = text.partition(start)
        path.write_text(before + block + rest.split(end, 1)[-1])
    else:
        path.write_text(f"{text}\n{block}\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", choices=("all", "http", "ai", "crm", "hunter", "sdr"),
                        default="all")
    parser.add_argument("--seconds", type=float, default=5.0, help="per HTTP cell")
    parser.add_argument("--router-calls", type=int, default=2000, help="per router case")
    parser.add_argument("--search-queries", type=int, default=20,
                        help="for the 100,000-point local search")
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.seconds, args.write, args.only, args.router_calls,
                              args.search_queries)))
