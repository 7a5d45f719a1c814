"""CRM fixtures: members of each role in one organization, and small factories that go
through the API (so every record is made the way users make them)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from app.config import get_settings
from app.core.events import relay
from app.identity.roles import Role

CRM = "/api/v1/crm"
# Valid CNPJs (check digits computed), in the forms people type them.
CNPJ_A = "11.222.333/0001-81"
CNPJ_A_DIGITS = "11222333000181"
CNPJ_B = "45.723.174/0001-10"
CNPJ_B_DIGITS = "45723174000110"


@pytest.fixture(autouse=True)
def unthrottled(monkeypatch) -> None:
    """These tests make dozens of requests a second as one member; the rate limit has its
    own tests and would answer 429 here."""
    monkeypatch.setattr(get_settings().rate_limit, "enabled", False)


@pytest.fixture
def eager(monkeypatch) -> None:
    """Celery tasks run in-process when the relay delivers their event."""
    monkeypatch.setattr(get_settings().worker, "eager", True)


async def settle() -> None:
    await relay.drain(30)


@pytest.fixture
async def comercial(org, make_member):
    return await make_member(org, Role.comercial)


@pytest.fixture
async def diretor(org, make_member):
    return await make_member(org, Role.diretor)


class Api:
    """The CRM over HTTP as one member."""

    def __init__(self, client: httpx.AsyncClient, member) -> None:
        self.client, self.member = client, member

    async def call(self, method: str, path: str, expect: int | None = None, **kwargs: Any
                   ) -> httpx.Response:
        r = await self.client.request(method, f"{CRM}{path}", headers=self.member.headers,
                                      **kwargs)
        if expect is not None:
            assert r.status_code == expect, (r.status_code, r.text)
        return r

    async def create(self, resource: str, **body: Any) -> dict[str, Any]:
        return (await self.call("POST", f"/{resource}", 201, json=body)).json()

    async def company(self, legal_name: str = "Produtora Alfa Ltda", **body: Any) -> dict:
        return await self.create("companies", legal_name=legal_name, **body)

    async def contact(self, name: str = "Ana Souza", **body: Any) -> dict:
        return await self.create("contacts", name=name, **body)

    async def deal(self, title: str = "Vídeo institucional", **body: Any) -> dict:
        return await self.create("deals", title=title, **body)

    async def default_pipeline(self) -> dict:
        pipelines = (await self.call("GET", "/pipelines", 200)).json()
        return next(p for p in pipelines if p["is_default"])

    async def move(self, deal: dict, stage_id: str, position: int, **extra: Any
                   ) -> httpx.Response:
        return await self.call("POST", f"/deals/{deal['id']}/move",
                               json={"stage_id": stage_id, "position": position,
                                     "version": deal["version"], **extra})


@pytest.fixture
def api(client):
    def make(member) -> Api:
        return Api(client, member)

    return make


def fields_of(problem: httpx.Response) -> set[str]:
    return {e["field"] for e in problem.json().get("errors", [])}


def new_id() -> str:
    return str(uuid.uuid4())
