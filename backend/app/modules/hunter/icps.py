"""ICP profiles: create, read, list, update (a change of criteria or threshold is the next
version; every version is kept), archive."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, FieldError, NotFound
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.hunter.models import Icp, IcpVersion
from app.modules.hunter.repository import IcpRepository
from app.modules.hunter.schemas.icps import IcpCreate, IcpUpdate


async def _unique_name(session: AsyncSession, actor: Actor, name: str,
                       besides: uuid.UUID | None = None) -> None:
    existing = await IcpRepository(session).by_name(actor.organization_id, name)
    if existing is not None and existing.id != besides:
        raise Conflict("An ICP with this name exists", errors=[
            FieldError(field="name", message="already exists", type="duplicate")])


def _version(icp: Icp, actor: Actor) -> IcpVersion:
    return IcpVersion(organization_id=icp.organization_id, icp_id=icp.id, version=icp.version,
                      criteria=icp.criteria, threshold=icp.threshold, created_by=actor.user_id)


async def create(session: AsyncSession, actor: Actor, body: IcpCreate) -> Icp:
    await _unique_name(session, actor, body.name)
    icp = Icp(organization_id=actor.organization_id, name=body.name,
              description=body.description, version=1,
              criteria=body.criteria.model_dump(mode="json"), threshold=body.threshold)
    session.add(icp)
    await session.flush()
    session.add(_version(icp, actor))
    await audit.record(session, actor, "hunter.icp.created", "hunter_icp", icp.id,
                       after=audit.snapshot(icp))
    return icp


async def get(session: AsyncSession, actor: Actor, icp_id: uuid.UUID, *,
              for_update: bool = False) -> Icp:
    icp = await IcpRepository(session).get(actor.organization_id, icp_id,
                                           for_update=for_update)
    if icp is None:
        raise NotFound("ICP not found")
    return icp


async def update(session: AsyncSession, actor: Actor, icp_id: uuid.UUID, body: IcpUpdate
                 ) -> Icp:
    icp = await get(session, actor, icp_id, for_update=True)
    before = audit.snapshot(icp)
    if body.name is not None and body.name != icp.name:
        await _unique_name(session, actor, body.name, icp.id)
        icp.name = body.name
    if "description" in body.model_fields_set:
        icp.description = body.description
    criteria = body.criteria.model_dump(mode="json") if body.criteria else icp.criteria
    threshold = body.threshold if body.threshold is not None else icp.threshold
    if (criteria, threshold) != (icp.criteria, icp.threshold):
        icp.criteria, icp.threshold, icp.version = criteria, threshold, icp.version + 1
        session.add(_version(icp, actor))
    await session.flush()
    await audit.record(session, actor, "hunter.icp.updated", "hunter_icp", icp.id,
                       before=before, after=audit.snapshot(icp))
    return icp


async def archive(session: AsyncSession, actor: Actor, icp_id: uuid.UUID) -> Icp:
    icp = await get(session, actor, icp_id, for_update=True)
    if icp.archived_at is None:
        before = audit.snapshot(icp)
        icp.archived_at = datetime.now(UTC)
        await audit.record(session, actor, "hunter.icp.archived", "hunter_icp", icp.id,
                           before=before, after=audit.snapshot(icp))
    return icp


async def versions(session: AsyncSession, actor: Actor, icp_id: uuid.UUID
                   ) -> list[IcpVersion]:
    await get(session, actor, icp_id)
    return await IcpRepository(session).versions(actor.organization_id, icp_id)


async def list_icps(session: AsyncSession, actor: Actor, archived: bool, page: PageParams
                    ) -> tuple[list[Icp], str | None]:
    stmt = IcpRepository(session).list_query(actor.organization_id, archived)
    return await paginate(session, stmt, sort=Icp.name, tiebreaker=Icp.id, params=page,
                          descending=False)
