"""Every query of the integrations package; reads take the organization first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import PageParams, paginate
from app.identity.repository import IdentityRepository
from app.integrations.models import OutboundMessage, SandboxRequest, WebhookDelivery


@dataclass(frozen=True)
class SandboxFilter:
    service: str | None = None
    operation: str | None = None
    since: datetime | None = None
    until: datetime | None = None


class IntegrationsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def organization_id(self, slug: str) -> uuid.UUID | None:
        org = await IdentityRepository(self.session).organization_by_slug(slug)
        return org.id if org is not None else None

    async def add_delivery(self, organization_id: uuid.UUID, source: str, external_id: str,
                           event_type: str, payload: dict[str, Any]) -> uuid.UUID | None:
        """Store a delivery; None when (source, external id) is stored already. Concurrent
        duplicates wait on the unique index and then find the row there."""
        stmt = (insert(WebhookDelivery)
                .values(id=uuid.uuid4(), organization_id=organization_id, source=source,
                        external_id=external_id, event_type=event_type, payload=payload)
                .on_conflict_do_nothing(index_elements=["source", "external_id"])
                .returning(WebhookDelivery.id))
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def delivery(self, organization_id: uuid.UUID,
                       delivery_id: uuid.UUID) -> WebhookDelivery | None:
        return await self.session.scalar(select(WebhookDelivery).where(
            WebhookDelivery.organization_id == organization_id,
            WebhookDelivery.id == delivery_id))

    async def outbound_for_update(self, organization_id: uuid.UUID, provider: str,
                                  external_id: str) -> OutboundMessage | None:
        return await self.session.scalar(select(OutboundMessage).where(
            OutboundMessage.organization_id == organization_id,
            OutboundMessage.provider == provider,
            OutboundMessage.external_id == external_id).with_for_update())

    async def sandbox_page(self, organization_id: uuid.UUID, where: SandboxFilter,
                           params: PageParams) -> tuple[list[dict[str, Any]], str | None]:
        stmt = select(SandboxRequest.id, SandboxRequest.service, SandboxRequest.operation,
                      SandboxRequest.request, SandboxRequest.context,
                      SandboxRequest.created_at).where(
            SandboxRequest.organization_id == organization_id)
        if where.service:
            stmt = stmt.where(SandboxRequest.service == where.service)
        if where.operation:
            stmt = stmt.where(SandboxRequest.operation == where.operation)
        if where.since:
            stmt = stmt.where(SandboxRequest.created_at >= where.since)
        if where.until:
            stmt = stmt.where(SandboxRequest.created_at < where.until)
        return await paginate(self.session, stmt, sort=SandboxRequest.created_at,
                              tiebreaker=SandboxRequest.id, params=params, plain_rows=True)
