"""Hunter fixtures: members of each role, the API as one of them, searches run in-process
by the real runner (eager tasks), lookups at the HTTP level (respx) in their documented
formats."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from app.ai.runs.models import AgentRun
from app.config import get_settings
from app.core.db import get_sessionmaker
from app.core.events import relay
from app.identity.roles import Role

HUNTER = "/api/v1/hunter"
AGENCIES_SP = {"industries": ["publicidade"], "states": ["SP"], "sizes": ["medium", "large"],
               "keywords": ["campanhas", "marcas"], "disqualifiers": ["governo"]}


@pytest.fixture(autouse=True)
def hunter_settings(monkeypatch, redis) -> None:
    """Searches run in the test (eager), no rate limit, no waiting between retries, CNPJ
    data at a respx host, no SerpAPI key (sandbox)."""
    settings = get_settings()
    monkeypatch.setattr(settings.rate_limit, "enabled", False)
    monkeypatch.setattr(settings.worker, "eager", True)
    monkeypatch.setattr(settings.integrations, "retry_base_seconds", 0.01)
    monkeypatch.setattr(settings.integrations, "cnpj_data_base_url", "http://cnpj.test/cnpj/v1")
    monkeypatch.setattr(settings.integrations, "serpapi_api_key", "")


@pytest.fixture
async def clean_breakers(redis):
    keys = [k async for k in redis.scan_iter(match="breaker:integration:*")]
    if keys:
        await redis.delete(*keys)


@pytest.fixture
async def diretor(org, make_member):
    return await make_member(org, Role.diretor)


@pytest.fixture
async def comercial(org, make_member):
    return await make_member(org, Role.comercial)


async def settle() -> None:
    await relay.drain(60)


async def run_of(run_id: str) -> AgentRun:
    async with get_sessionmaker()() as session:
        run = await session.get(AgentRun, uuid.UUID(run_id))
        assert run is not None
        return run


class Api:
    def __init__(self, client: httpx.AsyncClient, member) -> None:
        self.client, self.member = client, member

    async def call(self, method: str, path: str, expect: int | None = None, **kwargs: Any
                   ) -> httpx.Response:
        r = await self.client.request(method, f"{HUNTER}{path}", headers=self.member.headers,
                                      **kwargs)
        if expect is not None:
            assert r.status_code == expect, (r.status_code, r.text)
        return r

    async def icp(self, name: str = "Agências SP", criteria: dict | None = None,
                  threshold: int = 70) -> dict:
        return (await self.call("POST", "/icps", 201, json={
            "name": name, "criteria": criteria or AGENCIES_SP, "threshold": threshold})).json()

    async def search(self, **body: Any) -> dict:
        """Start a search, let it run, return the finished search."""
        started = (await self.call("POST", "/search", 202, json=body)).json()
        await settle()
        return (await self.call("GET", f"/searches/{started['search_id']}", 200)).json()

    async def leads(self, **params: Any) -> list[dict]:
        return (await self.call("GET", "/leads", 200, params={"limit": 200, **params})
                ).json()["items"]


@pytest.fixture
def api(client):
    def make(member) -> Api:
        return Api(client, member)

    return make


def fields_of(problem: httpx.Response) -> set[str]:
    return {e["field"] for e in problem.json().get("errors", [])}
