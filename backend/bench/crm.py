"""The CRM at size (`python -m bench --only crm`): one organization with 30,000 companies,
100,000 contacts and 20,000 deals, bulk-loaded with COPY, then measured through the real API
(one uvicorn process, bench/loadgen.py) at 16 connections: the CRM-wide search, the board's
first load, a contacts list page (walking pages of 50); then a 10,000-row CSV of contacts
(a tenth of them already in the CRM by e-mail) uploaded, started and run by a real Celery
worker, timed from the start to the `finished` status.

Targets: search p95 < 50 ms, board p95 < 100 ms, list page p95 < 50 ms, import < 60 s.
"""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import quote, urlsplit, urlunsplit

import asyncpg
import httpx

from bench import loadgen

COMPANIES, CONTACTS, DEALS, IMPORT_ROWS = 30_000, 100_000, 20_000, 10_000
CONNECTIONS = 16
REDIS_DB = 11  # its own broker database: no other worker on this machine takes its tasks
PASSWORD = "bench-pass-123"  # noqa: S105
TARGETS = {"search": 50.0, "board": 100.0, "list": 50.0}

FIRST = ("Ana", "Bruno", "Carla", "Diego", "Eduarda", "Felipe", "Gabriela", "Heitor", "Isabela",
         "João", "Larissa", "Marcos", "Natália", "Otávio", "Paula", "Rafael", "Sofia", "Tiago",
         "Valéria", "Wagner", "Yasmin", "Zeca", "Beatriz", "Caio", "Daniela", "Enzo")
LAST = ("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
        "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
        "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Moreira")
WORDS = ("Aurora", "Brisa", "Cerrado", "Delta", "Estrela", "Farol", "Girassol", "Horizonte",
         "Ipê", "Jangada", "Lume", "Maré", "Norte", "Oásis", "Pampa", "Quasar", "Raiz", "Sertão",
         "Trilha", "Urbano", "Vértice", "Xingu")
KINDS = ("Produções", "Filmes", "Comunicação", "Eventos", "Varejo", "Alimentos", "Turismo")

SEED = """
import asyncio, sys
from app.core.db import unit_of_work
from app.identity import service as identity
from app.identity.roles import Role
from app.modules.crm import service as crm

async def main():
    async with unit_of_work() as s:
        org = await identity.organizations.create(s, name="bench-crm", slug="bench-crm")
        user = await identity.users.create_member(s, organization_id=org.id,
            email="admin@bench-crm.test", full_name="Bench Admin", password=sys.argv[1],
            role=Role.admin)
        pipeline = await crm.pipelines.default_pipeline(s, org.id)
        stages = await crm.pipelines.stages_of(s, pipeline)
    print(org.id, user.id, pipeline.id, *[st.id for st in stages])

asyncio.run(main())
"""


def _cnpj(n: int) -> str:
    from app.core.identifiers import cnpj_check_digits

    base = f"{n:08d}0001"
    return base + cnpj_check_digits(base)


def _phone(n: int) -> str:
    return f"+55119{n:08d}"


def _email(n: int) -> str:
    return f"contato{n}@empresa{n % COMPANIES}.com.br"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"


async def _copy(conn: asyncpg.Connection, org: uuid.UUID, owner: uuid.UUID,
                pipeline: uuid.UUID, stages: list[uuid.UUID]) -> list[uuid.UUID]:
    """Bulk rows built with the models' own search-text rule; returns the company ids."""
    from app.modules.crm.models import Company, Contact, Deal

    rng = random.Random(7)  # noqa: S311 - reproducible data, not security
    now = datetime.now(UTC)
    company_ids = [uuid.uuid4() for _ in range(COMPANIES)]
    rows = []
    for i, cid in enumerate(company_ids):
        c = Company(legal_name=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(KINDS)} "
                               f"Ltda {i}", trade_name=None, cnpj=_cnpj(i + 1),
                    domain=f"empresa{i}.com.br", phones=[{"number": _phone(i), "label": None,
                                                          "whatsapp": False}])
        c.refresh_lookups()
        rows.append((cid, org, owner, now - timedelta(minutes=i), now, c.legal_name, c.cnpj,
                     c.domain, "{}", json.dumps(c.phones), [], "{}", c.search_text))
    await conn.copy_records_to_table("crm_company", records=rows, columns=[
        "id", "organization_id", "owner_id", "created_at", "updated_at", "legal_name", "cnpj",
        "domain", "address", "phones", "tag_ids", "custom_fields", "search_text"])
    rows = []
    for i in range(CONTACTS):
        p = Contact(name=_person(rng), emails=[{"address": _email(i), "label": None,
                                                 "primary": True}],
                    phones=[{"number": _phone(COMPANIES + i), "label": None,
                             "whatsapp": i % 3 == 0}])
        p.refresh_lookups()
        rows.append((uuid.uuid4(), org, owner, now - timedelta(seconds=i), now, p.name,
                     json.dumps(p.emails), json.dumps(p.phones), company_ids[i % COMPANIES],
                     "import", [], "{}", p.search_text, p.match_keys))
    await conn.copy_records_to_table("crm_contact", records=rows, columns=[
        "id", "organization_id", "owner_id", "created_at", "updated_at", "name", "emails",
        "phones", "company_id", "lead_source", "tag_ids", "custom_fields", "search_text",
        "match_keys"])
    rows, places = [], dict.fromkeys(stages, 0)
    probabilities = (10, 20, 40, 60, 80, 100, 0)
    for i in range(DEALS):
        s = rng.randrange(len(stages))
        d = Deal(title=f"Projeto {rng.choice(WORDS)} {i}")
        d.refresh_lookups()
        status = "won" if s == 5 else "lost" if s == 6 else "open"
        rows.append((uuid.uuid4(), org, owner, now - timedelta(seconds=i), now, d.title,
                     Decimal(rng.randrange(1_000, 500_000)), pipeline, stages[s],
                     places[stages[s]], 1, status, company_ids[i % COMPANIES],
                     probabilities[s], "manual", [], "{}", d.search_text,
                     "Preço" if status == "lost" else None))
        places[stages[s]] += 1
    await conn.copy_records_to_table("crm_deal", records=rows, columns=[
        "id", "organization_id", "owner_id", "created_at", "updated_at", "title", "value",
        "pipeline_id", "stage_id", "position", "version", "status", "company_id",
        "probability", "source", "tag_ids", "custom_fields", "search_text", "lost_reason"])
    return company_ids


def _import_csv() -> bytes:
    """Contacts; every tenth row's e-mail is one the CRM has already (in upper case)."""
    rng = random.Random(11)  # noqa: S311
    lines = ["Nome;E-mail;Celular;Cargo"]
    for i in range(IMPORT_ROWS):
        email = _email(i * 10).upper() if i % 10 == 0 else f"novo{i}@importado.com.br"
        lines.append(f"{_person(rng)};{email};(21) 9{i:08d};Marketing")
    return ("\n".join(lines) + "\n").encode()


def _queries(rng: random.Random) -> list[str]:
    terms = [*LAST, *(w.lower() for w in WORDS)]
    terms += [_cnpj(rng.randrange(1, COMPANIES))[:8] for _ in range(20)]
    terms += [f"contato{rng.randrange(CONTACTS)}@" for _ in range(20)]
    terms += [f"(11) 9{rng.randrange(COMPANIES, COMPANIES + CONTACTS):08d}" for _ in range(20)]
    terms += [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(20)]
    rng.shuffle(terms)
    return [f"/api/v1/crm/search?q={quote(t)}" for t in terms]


async def _list_pages(c: httpx.AsyncClient, pages: int = 40) -> list[str]:
    paths, url = [], "/api/v1/crm/contacts?limit=50"
    for _ in range(pages):
        paths.append(url)
        page = (await c.get(url)).raise_for_status().json()
        if not page["next_cursor"]:
            break
        url = f"/api/v1/crm/contacts?limit=50&cursor={page['next_cursor']}"
    return paths


async def _import(c: httpx.AsyncClient) -> tuple[float, dict]:
    job = (await c.post("/api/v1/crm/imports", data={"entity": "contact"},
                        files={"file": ("contatos.csv", _import_csv(), "text/csv")}))
    job = job.raise_for_status().json()
    started = time.perf_counter()
    (await c.post(f"/api/v1/crm/imports/{job['id']}/start",
                  json={"mapping": job["suggested_mapping"]})).raise_for_status()
    while time.perf_counter() - started < 600:
        state = (await c.get(f"/api/v1/crm/imports/{job['id']}")).json()
        if state["status"] in ("finished", "failed"):
            return time.perf_counter() - started, state
        await asyncio.sleep(0.25)
    raise RuntimeError("the import did not finish in 10 minutes")


def _worker(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "celery", "-A",  # noqa: S603
                             "app.worker.celery_app", "worker", "--pool", "solo", "-Q",
                             "default", "--loglevel", "WARNING"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _redis_db(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{REDIS_DB}"))


def _row(name: str, r: loadgen.Result, target: float | None) -> str:
    p95 = r.percentile(95)
    verdict = "-" if target is None else f"< {target:.0f} ms: {'yes' if p95 < target else 'no'}"
    return (f"| {name} | {CONNECTIONS} | {r.rps:,.0f} | {r.percentile(50):.1f} | {p95:.1f} | "
            f"{r.percentile(99):.1f} | {r.errors} | {verdict} |")


async def run(seconds: float, raw_dsn: str, env: dict[str, str], start, uvicorn, free_port,
              machine: str) -> str:
    """Seed, measure, and return the markdown block (start/uvicorn/free_port/machine are
    bench/__main__.py's helpers, so both benches start servers the same way)."""
    env = {**env, "REDIS_URL": _redis_db(env.get("REDIS_URL", "redis://127.0.0.1:6379/0")),
           "EVENTS__INLINE_BUDGET_SECONDS": "0"}
    seeded = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-c", SEED, PASSWORD], env=env, check=True,
        capture_output=True, text=True)
    org, owner, pipeline, *stages = [uuid.UUID(v) for v in seeded.stdout.split()]
    began = time.perf_counter()
    conn = await asyncpg.connect(raw_dsn)
    try:
        await _copy(conn, org, owner, pipeline, stages)
        await conn.execute("VACUUM ANALYZE")  # as autovacuum leaves a table at rest
    finally:
        await conn.close()
    seeding = time.perf_counter() - began
    print(f"crm: seeded in {seeding:.1f} s", flush=True)

    port = free_port()
    procs = [start(uvicorn("app.main:app", port), env, port), _worker(env)]
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
            login = await c.post("/api/v1/auth/login", json={"email": "admin@bench-crm.test",
                                                             "password": PASSWORD})
            auth = {"Authorization": f"Bearer {login.raise_for_status().json()['access_token']}"}
            c.headers.update(auth)
            cases = [("GET /api/v1/crm/search?q=…", _queries(random.Random(3)),  # noqa: S311
                      "search"),
                     (f"GET /api/v1/crm/pipelines/{{id}}/board ({DEALS:,} deals)",
                      [f"/api/v1/crm/pipelines/{pipeline}/board"], "board"),
                     ("GET /api/v1/crm/contacts (50/page, walking)", await _list_pages(c),
                      "list"),
                     ("GET /api/v1/auth/me (the floor)", ["/api/v1/auth/me"], "")]
            lines = ["| endpoint | connections | req/s | p50 ms | p95 ms | p99 ms | errors | "
                     "target |", "|---|---|---|---|---|---|---|---|"]
            for name, paths, target in cases:
                await loadgen.run("127.0.0.1", port, paths, connections=CONNECTIONS,
                                  seconds=1, headers=auth)
                result = await loadgen.run("127.0.0.1", port, paths, connections=CONNECTIONS,
                                           seconds=seconds, headers=auth)
                lines.append(_row(name, result, TARGETS.get(target)))
                print(lines[-1], flush=True)
            took, state = await _import(c)
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)
    counts = state["counts"]
    lines += ["", "| import | rows | status | created | updated | skipped | rejected | seconds "
              "| target |", "|---|---|---|---|---|---|---|---|---|",
              f"| CSV of contacts, Celery worker (solo) | {IMPORT_ROWS:,} | {state['status']} | "
              f"{counts['created']:,} | {counts['updated']:,} | {counts['skipped']:,} | "
              f"{counts['rejected']:,} | {took:.1f} | < 60 s: {'yes' if took < 60 else 'no'} |"]
    header = (f"{machine}, {seconds:g} s per cell at {CONNECTIONS} connections. One organization "
              f"with {COMPANIES:,} companies, {CONTACTS:,} contacts and {DEALS:,} deals "
              f"(COPY, {seeding:.0f} s); search over {len(cases[0][1])} queries (surnames, "
              f"words, CNPJ roots, e-mail and phone fragments, names).")
    return f"{header}\n\n" + "\n".join(lines)
