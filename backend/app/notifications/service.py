"""The notifications package's interface: what handlers, routes and tasks call.

    await notifications.notify(session, organization_id=org_id, user_ids=[admin_id],
                               kind="agents.approval_requested", title="Aprovar mensagem",
                               body="...", link="/agents/approvals", data={"approval_id": ...})

A notification is a row in its user's inbox plus `NotificationCreated`, which reaches the
user's sockets after the commit and makes the push task send it to the user's devices.
Notifications are the users' own inbox, not business records: reading them is not audited;
registering and removing devices is.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.audit.service import snapshot
from app.core.errors import Forbidden, NotFound
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.integrations import service as integrations
from app.notifications.events import NotificationCreated
from app.notifications.models import Device, Notification
from app.notifications.repository import DeviceRepository, NotificationRepository
from app.notifications.schemas import DeviceRegister

MAX_TITLE_CHARS = 200


def _user_id(actor: Actor) -> uuid.UUID:
    if actor.user_id is None:
        raise Forbidden("Notifications and devices belong to users; an API key has none")
    return actor.user_id


async def notify(session: AsyncSession, *, organization_id: uuid.UUID,
                 user_ids: Iterable[uuid.UUID], kind: str, title: str, body: str = "",
                 link: str | None = None, data: dict[str, Any] | None = None
                 ) -> list[Notification]:
    created = []
    for user_id in dict.fromkeys(user_ids):  # each user once, in order
        row = Notification(organization_id=organization_id, user_id=user_id, kind=kind,
                           title=title[:MAX_TITLE_CHARS], body=body, link=link,
                           data=data or {}, created_at=datetime.now(UTC))
        session.add(row)
        await session.flush()
        await events.publish(session, NotificationCreated(
            organization_id=organization_id, user_id=user_id, id=row.id, kind=kind,
            title=row.title, body=body, link=link, data=row.data, created_at=row.created_at))
        created.append(row)
    return created


async def send_test(session: AsyncSession, actor: Actor) -> Notification:
    """A notification to the caller only, to check that it reaches their dashboard and
    phones (the "send a test notification" of the settings screens)."""
    [row] = await notify(session, organization_id=actor.organization_id,
                         user_ids=[_user_id(actor)], kind="notifications.test",
                         title="Notificação de teste",
                         body="Se você está vendo isto, as notificações chegam até você.")
    return row


async def inbox(session: AsyncSession, actor: Actor, *, unread: bool | None,
                page: PageParams) -> tuple[list[Notification], str | None]:
    stmt = NotificationRepository(session).inbox_query(actor.organization_id, _user_id(actor),
                                                       unread=unread)
    return await paginate(session, stmt, sort=Notification.created_at,
                          tiebreaker=Notification.id, params=page)


async def unread_count(session: AsyncSession, actor: Actor) -> int:
    return await NotificationRepository(session).unread_count(actor.organization_id,
                                                              _user_id(actor))


async def mark_read(session: AsyncSession, actor: Actor,
                    notification_id: uuid.UUID) -> Notification:
    row = await NotificationRepository(session).get(actor.organization_id, _user_id(actor),
                                                    notification_id)
    if row is None:
        raise NotFound("Notification not found")
    if row.read_at is None:
        row.read_at = datetime.now(UTC)
    return row


async def mark_all_read(session: AsyncSession, actor: Actor) -> int:
    return await NotificationRepository(session).mark_all_read(
        actor.organization_id, _user_id(actor), datetime.now(UTC))


async def register_device(session: AsyncSession, actor: Actor, body: DeviceRegister) -> Device:
    repo = DeviceRepository(session)
    before = await repo.by_token(body.expo_push_token)
    before_state = snapshot(before)
    device = await repo.upsert(actor.organization_id, _user_id(actor),
                               token=body.expo_push_token, platform=body.platform,
                               name=body.name, at=datetime.now(UTC))
    if before_state is None or before_state["user_id"] != str(device.user_id):
        await audit.record(session, actor, "notifications.device.registered",
                           "notifications_device", device.id, before=before_state,
                           after=snapshot(device))
    return device


async def devices(session: AsyncSession, actor: Actor) -> list[Device]:
    return await DeviceRepository(session).of_user(actor.organization_id, _user_id(actor))


async def remove_device(session: AsyncSession, actor: Actor, device_id: uuid.UUID) -> None:
    device = await DeviceRepository(session).get(actor.organization_id, _user_id(actor),
                                                 device_id)
    if device is None:
        raise NotFound("Device not found")
    await audit.record(session, actor, "notifications.device.removed", "notifications_device",
                       device.id, before=snapshot(device))
    await session.delete(device)


async def push(session: AsyncSession, event: NotificationCreated) -> integrations.PushResult:
    """Send a new notification to its user's devices (the app opens what `kind` and `data`
    point to); forget the devices Expo says are gone."""
    repo = DeviceRepository(session)
    tokens = [d.expo_push_token for d in await repo.of_user(event.organization_id,
                                                            event.user_id)]
    if not tokens:
        return integrations.PushResult(devices=0, status="sent")
    result = await integrations.send_push(
        session, organization_id=event.organization_id, tokens=tokens, title=event.title,
        body=event.body, data={"notification_id": str(event.id), "link": event.link,
                               "kind": event.kind, "data": event.data},
        context={"notification_id": str(event.id), "user_id": str(event.user_id)})
    await repo.forget_tokens(result.unregistered)
    return result
