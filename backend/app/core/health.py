"""Health probes: `/health/live` says the process answers, `/health` says whether it can
do its work (database, Redis, a live worker, object storage, the vector store).

Checks run concurrently, each bounded by a timeout, so one dead dependency makes the
answer 503 in about two seconds instead of hanging the probe. The vector check queries
Qdrant when it is a server; in local mode it checks the folder without taking its lock (a
probe must never hold the store other processes are waiting for; see core.vector).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Literal

import anyio.to_thread
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from app.config import get_settings
from app.core import vector
from app.core.db import get_engine
from app.core.redis import get_redis
from app.core.storage import ObjectStorage, get_storage
from app.identity.deps import Public
from app.worker.heartbeat import worker_heartbeat_ok

CHECK_TIMEOUT_SECONDS = 2.0
VECTOR_OPEN_TIMEOUT_SECONDS = 20.0  # first use imports qdrant-client
NO_STORE = {"Cache-Control": "no-store"}

router = APIRouter(tags=["health"])


class CheckResult(BaseModel):
    status: Literal["ok", "down"]
    latency_ms: float
    error: str | None = None


class HealthReport(BaseModel):
    status: Literal["ok", "down"]
    checks: dict[str, CheckResult]


class Live(BaseModel):
    status: Literal["ok"] = "ok"


class Down(Exception):
    """A check that ran and found its dependency unusable."""


# -- the checks: each returns when healthy and raises otherwise ----------------


async def check_database() -> None:
    async with get_engine().connect() as conn:
        await conn.execute(text("SELECT 1"))


async def check_redis() -> None:
    if not await get_redis().ping():
        raise Down("PING not answered")


async def check_worker() -> None:
    if not await worker_heartbeat_ok(get_redis()):
        raise Down("no recent worker heartbeat")


async def check_vector() -> None:
    if not get_settings().qdrant_url:
        await anyio.to_thread.run_sync(vector.local_folder_usable)
        return
    # opening is bounded separately: a cold process imports qdrant-client (seconds)
    client = await asyncio.wait_for(anyio.to_thread.run_sync(vector.get_qdrant),
                                    VECTOR_OPEN_TIMEOUT_SECONDS)
    await asyncio.wait_for(anyio.to_thread.run_sync(client.get_collections),
                           CHECK_TIMEOUT_SECONDS)


def _short(exc: BaseException) -> str:
    if isinstance(exc, Down):
        return str(exc)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text_ = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return text_[:160]


async def run_check(check: Callable[[], Awaitable[None]],
                    limit_seconds: float = CHECK_TIMEOUT_SECONDS) -> CheckResult:
    started = time.perf_counter()
    error: str | None = None
    try:
        await asyncio.wait_for(check(), limit_seconds)
    except TimeoutError:
        error = f"no answer within {limit_seconds:g} s"
    except Exception as exc:  # any failure is the check's answer, never the probe's crash
        error = _short(exc)
    latency = round((time.perf_counter() - started) * 1000, 1)
    return CheckResult(status="down" if error else "ok", latency_ms=latency, error=error)


async def run_checks(storage: ObjectStorage) -> HealthReport:
    checks: dict[str, tuple[Callable[[], Awaitable[None]], float]] = {
        "database": (check_database, CHECK_TIMEOUT_SECONDS),
        "redis": (check_redis, CHECK_TIMEOUT_SECONDS),
        "worker": (check_worker, CHECK_TIMEOUT_SECONDS),
        "storage": (storage.ping, CHECK_TIMEOUT_SECONDS),
        "vector": (check_vector, VECTOR_OPEN_TIMEOUT_SECONDS + CHECK_TIMEOUT_SECONDS),
    }
    results = await asyncio.gather(*(run_check(fn, t) for fn, t in checks.values()))
    by_name = dict(zip(checks, results, strict=True))
    overall = "ok" if all(r.status == "ok" for r in results) else "down"
    return HealthReport(status=overall, checks=by_name)


# -- routes -----------------------------------------------------------------------


@router.get(
    "/health", response_model=HealthReport, operation_id="health:check",
    summary="Readiness: every dependency answers",
    description="Checks the database, Redis, the worker heartbeat, object storage and the "
                "vector store concurrently (about 2 s timeout each). 200 when all are ok, "
                "503 with the failing checks otherwise.",
    responses={503: {"model": HealthReport, "description": "At least one check is down"}},
)
async def health(_: None = Public("load balancer and uptime probes"),
                 storage: ObjectStorage = Depends(get_storage)) -> JSONResponse:
    report = await run_checks(storage)
    return JSONResponse(report.model_dump(), status_code=200 if report.status == "ok" else 503,
                        headers=NO_STORE)


@router.get("/health/live", response_model=Live, operation_id="health:live",
            summary="Liveness: the process answers (no dependency is checked)")
async def live(_: None = Public("load balancer and uptime probes")) -> JSONResponse:
    return JSONResponse({"status": "ok"}, headers=NO_STORE)
