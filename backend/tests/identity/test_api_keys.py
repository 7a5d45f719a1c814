"""API keys: shown once, hashed, scoped, rate limited, last used, revocable."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from app.identity.models import ApiKey


async def _create(client, admin, **body):
    r = await client.post("/api/v1/admin/api-keys", json={"name": "Robo SDR", **body},
                          headers=admin.headers)
    assert r.status_code == 201, r.text
    return r.json()


class TestApiKeys:
    async def test_secret_is_shown_once_and_stored_hashed(self, client, admin, session):
        created = await _create(client, admin)
        assert created["key"].startswith(f"sk_{created['prefix']}_")
        listed = await client.get("/api/v1/admin/api-keys", headers=admin.headers)
        item = next(i for i in listed.json()["items"] if i["id"] == created["id"])
        assert "key" not in item and item["prefix"] == created["prefix"]
        row = await session.scalar(select(ApiKey).where(ApiKey.prefix == created["prefix"]))
        secret = created["key"].split("_", 2)[2]
        assert secret not in row.secret_hash and len(row.secret_hash) == 64

    async def test_key_works_as_bearer_and_x_api_key(self, client, admin):
        key = (await _create(client, admin))["key"]
        for headers in ({"Authorization": f"Bearer {key}"}, {"X-API-Key": key}):
            r = await client.get("/api/v1/auth/me", headers=headers)
            assert r.status_code == 200
            assert r.json()["kind"] == "api_key" and r.json()["role"] == "Agente_IA"

    async def test_scopes_narrow_the_role(self, client, admin):
        key = (await _create(client, admin, scopes=["hunter:read"]))["key"]
        me = await client.get("/api/v1/auth/me", headers={"X-API-Key": key})
        assert me.json()["permissions"] == ["hunter:read"]

    async def test_scope_outside_the_role_is_refused(self, client, admin):
        r = await client.post("/api/v1/admin/api-keys",
                              json={"name": "x-bot", "scopes": ["finance:write"]},
                              headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["errors"][0]["field"] == "scopes"

    async def test_agent_key_cannot_reach_admin_routes(self, client, admin):
        key = (await _create(client, admin))["key"]
        r = await client.get("/api/v1/admin/users", headers={"X-API-Key": key})
        assert r.status_code == 403

    async def test_revoked_key_is_rejected(self, client, admin):
        created = await _create(client, admin)
        r = await client.delete(f"/api/v1/admin/api-keys/{created['id']}",
                                headers=admin.headers)
        assert r.status_code == 200 and r.json()["revoked_at"]
        r = await client.get("/api/v1/auth/me", headers={"X-API-Key": created["key"]})
        assert r.status_code == 401

    async def test_wrong_secret_with_a_real_prefix_is_rejected(self, client, admin):
        created = await _create(client, admin)
        forged = f"sk_{created['prefix']}_{'A' * 43}"
        r = await client.get("/api/v1/auth/me", headers={"X-API-Key": forged})
        assert r.status_code == 401

    async def test_last_used_is_recorded(self, client, admin):
        created = await _create(client, admin)
        await client.get("/api/v1/auth/me", headers={"X-API-Key": created["key"]})
        listed = await client.get("/api/v1/admin/api-keys", headers=admin.headers)
        item = next(i for i in listed.json()["items"] if i["id"] == created["id"])
        assert item["last_used_at"] is not None

    async def test_per_key_rate_limit_answers_429(self, client, admin):
        key = (await _create(client, admin, rate_limit_per_second=3))["key"]
        results = await asyncio.gather(*[
            client.get("/api/v1/auth/me", headers={"X-API-Key": key}) for _ in range(12)])
        codes = [r.status_code for r in results]
        assert 429 in codes and codes.count(200) <= 6  # at most two 1-second windows
        limited = next(r for r in results if r.status_code == 429)
        assert int(limited.headers["retry-after"]) >= 1
