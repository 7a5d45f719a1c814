"""Test harness: a real PostgreSQL database migrated by Alembic, a real Redis, the real app.

DATABASE_URL / REDIS_URL point at the servers (CI's local ones, or the embedded ones
that scripts/test.sh starts). Tests run in their own database (`<name>_test_<pid>`,
created and migrated at the start, dropped at the end, so parallel runs never meet) and Redis
database 9 (or TEST_REDIS_DB). Each test works inside organizations it
creates, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

BACKEND = Path(__file__).resolve().parent.parent


def _test_urls() -> tuple[str, str, str]:
    base = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
    base = base.replace("postgresql+asyncpg://", "postgresql://")
    parts = urlsplit(base)
    default = f"{parts.path.lstrip('/') or 'somos'}_test_{os.getpid()}"
    name = os.environ.get("TEST_DB_NAME") or default
    admin = urlunsplit(parts._replace(path="/postgres" if parts.path else "/postgres"))
    test = urlunsplit(parts._replace(path=f"/{name}"))
    return admin, test, name


ADMIN_DB_URL, TEST_DB_URL, TEST_DB_NAME = _test_urls()
_redis_parts = urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
TEST_REDIS_URL = urlunsplit(_redis_parts._replace(path=f"/{os.environ.get('TEST_REDIS_DB', '9')}"))

os.environ["APP_ENV"] = "test"
os.environ["DATABASE_URL"] = TEST_DB_URL.replace("postgresql://", "postgresql+asyncpg://", 1)
os.environ["REDIS_URL"] = TEST_REDIS_URL
os.environ.setdefault("LOG_LEVEL", "WARNING")


def _admin(statements: list[str]) -> None:
    import asyncio

    async def go() -> None:
        try:
            conn = await asyncpg.connect(ADMIN_DB_URL)
        except Exception:  # some servers have no `postgres` database; use the one given
            conn = await asyncpg.connect(ADMIN_DB_URL.rsplit("/", 1)[0] + "/template1")
        try:
            for statement in statements:
                await conn.execute(statement)
        finally:
            await conn.close()

    asyncio.run(go())


def migrate(target: str = "head", direction: str = "upgrade") -> None:
    subprocess.run([sys.executable, "-m", "alembic", direction, target], cwd=BACKEND,
                   check=True, env=os.environ.copy(), capture_output=True)


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    _admin([f'DROP DATABASE IF EXISTS "{TEST_DB_NAME}" WITH (FORCE)',
            f'CREATE DATABASE "{TEST_DB_NAME}"'])
    migrate()


def pytest_unconfigure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput") or os.environ.get("KEEP_TEST_DB"):
        return
    _admin([f'DROP DATABASE IF EXISTS "{TEST_DB_NAME}" WITH (FORCE)'])


pytest_plugins = ["tests.fixtures"]
