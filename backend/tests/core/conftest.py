"""Core fixtures: the effect table the sample handlers write to, and helpers to run
real subprocesses (worker, API server, scripts) against the test database and Redis."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.db import get_sessionmaker
from tests.core.sample_events import EFFECT_TABLE_DDL

BACKEND = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
async def effect_table() -> None:
    async with get_sessionmaker()() as session:
        await session.execute(text(EFFECT_TABLE_DDL))
        await session.commit()


async def count_effects(event_id: uuid.UUID, handler: str | None = None) -> int:
    sql = "SELECT count(*) FROM test_event_effect WHERE event_id = :event_id"
    params: dict = {"event_id": event_id}
    if handler is not None:
        sql += " AND handler = :handler"
        params["handler"] = handler
    async with get_sessionmaker()() as session:
        return (await session.execute(text(sql), params)).scalar_one()


def child_env(**extra: str) -> dict[str, str]:
    env = os.environ.copy()
    env.update(extra)
    env["PYTHONPATH"] = str(BACKEND)
    return env


def run_script(code: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess:
    """Run Python `code` in a fresh interpreter (another process, as a second API replica
    or a crashed one would be)."""
    return subprocess.run([sys.executable, "-c", code], cwd=BACKEND, env=child_env(**env),
                          capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
