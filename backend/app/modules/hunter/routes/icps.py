"""Routes of ICP profiles (/hunter/icps)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.hunter import service as hunter
from app.modules.hunter.models import Icp
from app.modules.hunter.routes.access import READ, WRITE, Limit
from app.modules.hunter.schemas import IcpCreate, IcpRead, IcpUpdate, IcpVersionRead

router = APIRouter(prefix="/icps")


@router.get("", response_model=Page[IcpRead], operation_id="hunter:list_icps")
async def list_icps(session: DbSession, archived: bool = False, limit: Limit = 50,
                    cursor: str | None = None, actor: Actor = READ) -> Page[IcpRead]:
    items, next_cursor = await hunter.icps.list_icps(session, actor, archived,
                                                     PageParams(limit, cursor))
    return Page(items=[IcpRead.model_validate(i) for i in items], next_cursor=next_cursor)


@router.post("", response_model=IcpRead, status_code=201, operation_id="hunter:create_icp")
async def create_icp(body: IcpCreate, session: DbSession, actor: Actor = WRITE) -> Icp:
    return await hunter.icps.create(session, actor, body)


@router.get("/{icp_id}", response_model=IcpRead, operation_id="hunter:get_icp")
async def get_icp(icp_id: uuid.UUID, session: DbSession, actor: Actor = READ) -> Icp:
    return await hunter.icps.get(session, actor, icp_id)


@router.patch("/{icp_id}", response_model=IcpRead, operation_id="hunter:update_icp",
              summary="Rename, or change the criteria or threshold (the next version)")
async def update_icp(icp_id: uuid.UUID, body: IcpUpdate, session: DbSession,
                     actor: Actor = WRITE) -> Icp:
    return await hunter.icps.update(session, actor, icp_id, body)


@router.post("/{icp_id}/archive", response_model=IcpRead, operation_id="hunter:archive_icp",
             summary="Archive (past searches keep it; no new search uses it)")
async def archive_icp(icp_id: uuid.UUID, session: DbSession, actor: Actor = WRITE) -> Icp:
    return await hunter.icps.archive(session, actor, icp_id)


@router.get("/{icp_id}/versions", response_model=list[IcpVersionRead],
            operation_id="hunter:icp_versions", summary="Every version, newest first")
async def icp_versions(icp_id: uuid.UUID, session: DbSession, actor: Actor = READ
                       ) -> list[IcpVersionRead]:
    return [IcpVersionRead.model_validate(v)
            for v in await hunter.icps.versions(session, actor, icp_id)]
