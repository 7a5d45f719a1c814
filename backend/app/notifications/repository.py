"""Every query of notifications and devices; scoped by organization and user first."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.notifications.models import Device, Notification


class NotificationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def inbox_query(self, organization_id: uuid.UUID, user_id: uuid.UUID, *,
                    unread: bool | None) -> Select:
        stmt = select(Notification).where(Notification.organization_id == organization_id,
                                          Notification.user_id == user_id)
        if unread is not None:
            stmt = stmt.where(Notification.read_at.is_(None) if unread
                              else Notification.read_at.is_not(None))
        return stmt

    async def get(self, organization_id: uuid.UUID, user_id: uuid.UUID,
                  notification_id: uuid.UUID) -> Notification | None:
        stmt = self.inbox_query(organization_id, user_id, unread=None).where(
            Notification.id == notification_id)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unread_count(self, organization_id: uuid.UUID, user_id: uuid.UUID) -> int:
        stmt = select(func.count()).select_from(Notification).where(
            Notification.organization_id == organization_id, Notification.user_id == user_id,
            Notification.read_at.is_(None))
        return int(await self.session.scalar(stmt) or 0)

    async def mark_all_read(self, organization_id: uuid.UUID, user_id: uuid.UUID,
                            at: datetime) -> int:
        result = await self.session.execute(
            update(Notification).where(Notification.organization_id == organization_id,
                                       Notification.user_id == user_id,
                                       Notification.read_at.is_(None)).values(read_at=at))
        return result.rowcount or 0


class DeviceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def upsert(self, organization_id: uuid.UUID, user_id: uuid.UUID, *, token: str,
                     platform: str, name: str | None, at: datetime) -> Device:
        """One row per push token: registering it again (any user) takes it over."""
        values = dict(organization_id=organization_id, user_id=user_id, platform=platform,
                      name=name, last_seen_at=at, updated_at=at)
        stmt = (insert(Device).values(id=uuid.uuid4(), expo_push_token=token, created_at=at,
                                      **values)
                .on_conflict_do_update(index_elements=[Device.expo_push_token], set_=values)
                .returning(Device))
        return (await self.session.scalars(stmt, execution_options={"populate_existing": True})
                ).one()

    async def by_token(self, token: str) -> Device | None:
        return (await self.session.scalars(
            select(Device).where(Device.expo_push_token == token))).one_or_none()

    async def of_user(self, organization_id: uuid.UUID, user_id: uuid.UUID) -> list[Device]:
        stmt = (select(Device).where(Device.organization_id == organization_id,
                                     Device.user_id == user_id)
                .order_by(Device.last_seen_at.desc()))
        return list((await self.session.scalars(stmt)).all())

    async def get(self, organization_id: uuid.UUID, user_id: uuid.UUID,
                  device_id: uuid.UUID) -> Device | None:
        stmt = select(Device).where(Device.organization_id == organization_id,
                                    Device.user_id == user_id, Device.id == device_id)
        return (await self.session.scalars(stmt)).one_or_none()

    async def forget_tokens(self, tokens: list[str]) -> int:
        if not tokens:
            return 0
        result = await self.session.execute(
            delete(Device).where(Device.expo_push_token.in_(tokens)))
        return result.rowcount or 0
