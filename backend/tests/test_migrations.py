"""One Alembic history: upgrade to head, down to base, up again, and no drift from the models."""

from __future__ import annotations

import os
import subprocess
import sys

import asyncpg
import pytest

from tests.conftest import ADMIN_DB_URL, BACKEND, TEST_DB_URL

SCRATCH = f"somos_migrations_check_{os.getpid()}"


@pytest.fixture
async def scratch_url():
    conn = await asyncpg.connect(ADMIN_DB_URL)
    await conn.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}"')
    await conn.execute(f'CREATE DATABASE "{SCRATCH}"')
    await conn.close()
    url = TEST_DB_URL.rsplit("/", 1)[0] + f"/{SCRATCH}"
    yield url.replace("postgresql://", "postgresql+asyncpg://", 1)
    conn = await asyncpg.connect(ADMIN_DB_URL)
    await conn.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
    await conn.close()


def _alembic(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alembic", *args], cwd=BACKEND, text=True,
                          capture_output=True, env={**os.environ, "DATABASE_URL": url})


async def _tables(url: str) -> set[str]:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    types = await conn.fetch("SELECT typname FROM pg_type t JOIN pg_namespace n "
                             "ON n.oid = t.typnamespace WHERE n.nspname = 'public' "
                             "AND t.typtype = 'e'")
    await conn.close()
    return {r[0] for r in rows} | {f"type:{r[0]}" for r in types}


class TestMigrations:
    async def test_single_head(self):
        heads = _alembic(TEST_DB_URL, "heads")
        assert heads.returncode == 0, heads.stderr
        assert len(heads.stdout.strip().splitlines()) == 1, heads.stdout

    async def test_up_down_up_and_no_drift(self, scratch_url):
        for step in (("upgrade", "head"), ("downgrade", "base"), ("upgrade", "head")):
            result = _alembic(scratch_url, *step)
            assert result.returncode == 0, f"{step}: {result.stderr[-2000:]}"
            if step[0] == "downgrade":
                assert await _tables(scratch_url) <= {"alembic_version"}
        assert {"identity_user", "core_audit_entry"} <= await _tables(scratch_url)
        check = _alembic(scratch_url, "check")
        assert check.returncode == 0, check.stdout + check.stderr
