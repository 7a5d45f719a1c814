"""The pool survives PostgreSQL dropping its connections (restart, failover, idle kill)."""

from __future__ import annotations

import asyncio

import asyncpg

from tests.conftest import TEST_DB_NAME, TEST_DB_URL


async def _terminate_app_connections() -> int:
    conn = await asyncpg.connect(TEST_DB_URL)
    try:
        return await conn.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()", TEST_DB_NAME)
    finally:
        await conn.close()


class TestDroppedConnections:
    async def test_requests_after_postgres_killed_the_pool_all_succeed(self, client, admin):
        warm = await asyncio.gather(*[client.get("/api/v1/auth/me", headers=admin.headers)
                                      for _ in range(5)])
        assert all(r.status_code == 200 for r in warm)
        assert await _terminate_app_connections() >= 1
        await asyncio.sleep(1.2)  # pooled connections are now idle past the ping threshold
        codes = [(await client.get(f"/api/v1/admin/users/{admin.user_id}",
                                   headers=admin.headers)).status_code for _ in range(10)]
        assert codes == [200] * 10
