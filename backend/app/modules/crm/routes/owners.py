"""Who can own CRM records (/crm/owners): for owner pickers and names on cards."""

from __future__ import annotations

from fastapi import APIRouter

from app.core.db import DbSession
from app.identity import service as identity
from app.identity.actor import Actor
from app.identity.roles import Permission, Role, role_allows
from app.identity.schemas import Colleague
from app.modules.crm.routes.access import READ

router = APIRouter()
OWNER_ROLES = frozenset(r for r in Role if role_allows(r, Permission.CRM_WRITE))


@router.get("/owners", response_model=list[Colleague], operation_id="crm:list_owners",
            summary="Active members who can own CRM records (Admin, Diretor, Comercial), "
            "by name")
async def list_owners(session: DbSession, actor: Actor = READ) -> list[Colleague]:
    return await identity.users.colleagues(session, actor.organization_id, OWNER_ROLES)
