"""The demo organization of the embedded stack: one user per role and one agent API key.

Only for APP_ENV development or demo; production refuses to start with demo users.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.identity.api_key_service import api_key_service
from app.identity.models import Organization
from app.identity.repository import IdentityRepository
from app.identity.roles import Role
from app.identity.schemas import ApiKeyCreate
from app.identity.user_service import organizations, users

DEMO_PASSWORD = "demo12345"  # noqa: S105 - documented demo password, never in production
DEMO_ORG_SLUG = "demo"
# Stable id of the demo client company, so the CRM seed can create the company with this id.
DEMO_CLIENT_COMPANY_ID = uuid.UUID("00000000-0000-4000-8000-00000000c11e")
DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("admin@demo.local", "Ana Admin", Role.admin),
    ("diretor@demo.local", "Diego Diretor", Role.diretor),
    ("comercial@demo.local", "Carla Comercial", Role.comercial),
    ("campo@demo.local", "Caio Campo", Role.campo),
    ("cliente@demo.local", "Clara Cliente", Role.cliente),
)


@dataclass
class DemoSeed:
    organization: Organization
    created_users: list[str]
    api_key: str | None


async def seed_demo(session: AsyncSession) -> DemoSeed:
    """Idempotent: creates what is missing, returns the new API key only when it made one."""
    if not get_settings().demo_users_allowed:
        raise RuntimeError("demo users exist only when APP_ENV is development or demo")
    repo = IdentityRepository(session)
    org = await repo.organization_by_slug(DEMO_ORG_SLUG)
    fresh_org = org is None
    if org is None:
        org = await organizations.create(session, name="Somos Produtora (demo)",
                                         slug=DEMO_ORG_SLUG)
    created = []
    for email, name, role in DEMO_USERS:
        if await repo.user_by_email(email) is None:
            await users.create_member(
                session, organization_id=org.id, email=email, full_name=name,
                password=DEMO_PASSWORD, role=role,
                client_company_id=DEMO_CLIENT_COMPANY_ID if role is Role.cliente else None)
            created.append(email)
    key = None
    if fresh_org:
        made = await api_key_service.create_for_seed(
            session, org.id, ApiKeyCreate(name="Demo agent", role=Role.agente_ia))
        key = made.key
    return DemoSeed(org, created, key)
