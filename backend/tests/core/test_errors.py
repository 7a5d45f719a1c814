"""Errors are problem+json with a stable code and the request id; a crashing request never
takes the process down; log lines carry the request id and no personal data."""

from __future__ import annotations

import json

import httpx
import pytest
import structlog

from app.core.db import DbSession
from app.identity.deps import Public
from app.identity.models import Organization
from app.main import create_app


@pytest.fixture
async def crashing_client():
    app = create_app()

    @app.get("/boom", operation_id="test:boom")
    async def boom(_: None = Public("test")) -> dict:
        raise RuntimeError("database password is hunter2")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


class TestProblems:
    async def test_unhandled_error_is_a_500_problem_without_internals(self, crashing_client):
        r = await crashing_client.get("/boom", headers={"X-Request-ID": "req-test-0001"})
        assert r.status_code == 500
        assert r.headers["content-type"] == "application/problem+json"
        body = r.json()
        assert body["code"] == "internal_error" and body["request_id"] == "req-test-0001"
        assert "hunter2" not in r.text
        # the process keeps serving
        again = await crashing_client.get("/health/live")
        assert again.status_code == 200

    async def test_unknown_route_is_a_404_problem(self, client):
        r = await client.get("/api/v1/nothing-here")
        assert r.status_code == 404 and r.json()["code"] == "not_found"

    async def test_request_id_is_generated_or_echoed(self, client):
        generated = await client.get("/health/live")
        assert len(generated.headers["x-request-id"]) == 32
        echoed = await client.get("/health/live", headers={"X-Request-ID": "abc-12345678"})
        assert echoed.headers["x-request-id"] == "abc-12345678"
        junk = await client.get("/health/live", headers={"X-Request-ID": "bad id\\n"})
        assert junk.headers["x-request-id"] != "bad id\\n"

    async def test_wrong_types_name_the_field(self, client, admin):
        r = await client.get("/api/v1/admin/users?limit=0&active=maybe", headers=admin.headers)
        assert r.status_code == 422
        assert {e["field"] for e in r.json()["errors"]} == {"limit", "active"}


class TestLogs:
    async def test_log_lines_are_json_with_request_id_and_no_personal_data(
            self, client, org, make_member, info_logs):
        member = await make_member(org, login=False)
        info_logs.readouterr()
        await client.post("/api/v1/auth/login", headers={"X-Request-ID": "req-log-0001"},
                          json={"email": member.email, "password": "wrong-password-1"})
        structlog.get_logger("test").info("contact", email=member.email,
                                          phone="+5511987654321", cpf="123.456.789-09",
                                          note=f"write to {member.email}")
        lines = [json.loads(line) for line in info_logs.readouterr().out.splitlines()
                 if line.startswith("{")]
        access = [entry for entry in lines if entry.get("path") == "/api/v1/auth/login"]
        assert access and access[0]["request_id"] == "req-log-0001"
        assert access[0]["status"] == 401
        text = json.dumps(lines)
        for secret in (member.email, "5511987654321", "123.456.789-09", "wrong-password-1"):
            assert secret not in text


class TestUnitOfWork:
    async def test_a_failing_commit_is_never_answered_with_success(self, org):
        app = create_app()

        @app.post("/dup", operation_id="test:dup")
        async def dup(session: DbSession, _: None = Public("test")) -> dict:
            session.add(Organization(name="again", slug=org.slug, settings={}))  # flushed at commit
            return {"ok": True}

        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            r = await c.post("/dup")
        assert r.status_code == 500
        assert r.json()["code"] == "internal_error"
