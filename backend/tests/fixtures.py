"""Shared fixtures: the app, an HTTP client over it, a session, Redis, and identity factories."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core.db import dispose_engine, get_sessionmaker
from app.core.logging import configure_logging
from app.core.redis import close_redis, get_redis
from app.identity.roles import Role

PASSWORD = "s3nha-de-teste"


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory) -> Iterator[Path]:
    """Every test run has a Qdrant local-mode folder of its own (a temporary DATA_DIR), even
    when QDRANT_URL is set, so runs never share or lock each other's vectors (the hunter
    remembers won customers whenever a test wins a deal)."""
    settings = get_settings()
    saved = settings.data_dir, settings.qdrant_url
    settings.data_dir, settings.qdrant_url = tmp_path_factory.mktemp("data"), ""
    yield settings.data_dir
    settings.data_dir, settings.qdrant_url = saved


@pytest.fixture(scope="session")
async def app():
    from app.main import create_app

    application = create_app()
    yield application
    await dispose_engine()
    await close_redis()


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def session() -> AsyncIterator[AsyncSession]:
    async with get_sessionmaker()() as s:
        yield s
        await s.rollback()


@pytest.fixture
def redis():
    return get_redis()


@dataclass
class Member:
    user_id: uuid.UUID
    organization_id: uuid.UUID
    email: str
    password: str
    role: Role
    access_token: str = ""
    refresh_token: str = ""

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


@dataclass
class Org:
    id: uuid.UUID
    slug: str


@pytest.fixture
def info_logs(capsys) -> Iterator[pytest.CaptureFixture[str]]:
    """Logs at INFO for one test (the suite runs at LOG_LEVEL=WARNING), captured from here on;
    read them with `info_logs.readouterr().out`."""
    capsys.readouterr()
    configure_logging("INFO")
    yield capsys
    configure_logging(os.environ["LOG_LEVEL"])


@pytest.fixture
def make_org():
    from app.identity import service as identity

    async def make(name: str = "Produtora Teste") -> Org:
        slug = f"org-{uuid.uuid4().hex[:10]}"
        async with get_sessionmaker()() as s:
            org = await identity.organizations.create(s, name=name, slug=slug)
            await s.commit()
            return Org(org.id, slug)

    return make


@pytest.fixture
def make_member(client: httpx.AsyncClient):
    from app.identity import service as identity

    async def make(org: Org, role: Role = Role.admin, *, login: bool = True,
                   client_company_id: uuid.UUID | None = None) -> Member:
        email = f"{role.value.lower()}-{uuid.uuid4().hex[:8]}@example.test"
        async with get_sessionmaker()() as s:
            user = await identity.users.create_member(
                s, organization_id=org.id, email=email, full_name=f"Teste {role.value}",
                password=PASSWORD, role=role, client_company_id=client_company_id)
            await s.commit()
        member = Member(user.id, org.id, email, PASSWORD, role)
        if login:
            r = await client.post("/api/v1/auth/login",
                                  json={"email": email, "password": PASSWORD})
            assert r.status_code == 200, r.text
            member.access_token = r.json()["access_token"]
            member.refresh_token = r.json()["refresh_token"]
        return member

    return make


@pytest.fixture
async def org(make_org) -> Org:
    return await make_org()


@pytest.fixture
async def admin(org, make_member) -> Member:
    return await make_member(org, Role.admin)
