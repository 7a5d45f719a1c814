"""Routes of the signed-in user's notifications (/notifications) and push devices
(/devices)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.identity.deps import Authenticated, Require
from app.identity.roles import Permission
from app.notifications import service as notifications
from app.notifications.models import Device, Notification
from app.notifications.schemas import (
    DeviceRead,
    DeviceRegister,
    MarkedRead,
    NotificationRead,
    UnreadCount,
)

router = APIRouter(tags=["notifications"])


@router.get("/notifications", response_model=Page[NotificationRead],
            operation_id="notifications:list", summary="The signed-in user's notifications, "
            "newest first")
async def list_notifications(session: DbSession, unread: bool | None = None,
                             limit: int = Query(50, ge=1, le=200), cursor: str | None = None,
                             actor: Actor = Authenticated()) -> Page[NotificationRead]:
    items, next_cursor = await notifications.inbox(session, actor, unread=unread,
                                                   page=PageParams(limit, cursor))
    return Page(items=[NotificationRead.model_validate(n) for n in items],
                next_cursor=next_cursor)


@router.get("/notifications/unread-count", response_model=UnreadCount,
            operation_id="notifications:unread_count")
async def unread_count(session: DbSession, actor: Actor = Authenticated()) -> UnreadCount:
    return UnreadCount(count=await notifications.unread_count(session, actor))


@router.post("/notifications/read-all", response_model=MarkedRead,
             operation_id="notifications:read_all")
async def read_all(session: DbSession, actor: Actor = Authenticated()) -> MarkedRead:
    return MarkedRead(count=await notifications.mark_all_read(session, actor))


@router.post("/notifications/test", response_model=NotificationRead, status_code=201,
             operation_id="notifications:send_test",
             summary="Send yourself a test notification (live and to your phones)")
async def send_test(session: DbSession, actor: Actor = Authenticated()) -> Notification:
    return await notifications.send_test(session, actor)


@router.post("/notifications/{notification_id}/read", response_model=NotificationRead,
             operation_id="notifications:read")
async def read(notification_id: uuid.UUID, session: DbSession,
               actor: Actor = Authenticated()) -> Notification:
    return await notifications.mark_read(session, actor, notification_id)


@router.post("/devices", response_model=DeviceRead, operation_id="notifications:register_device",
             summary="Register this phone's Expo push token for the signed-in user "
             "(again: refreshed)")
async def register_device(body: DeviceRegister, session: DbSession,
                          actor: Actor = Require(Permission.MOBILE_WRITE)) -> Device:
    return await notifications.register_device(session, actor, body)


@router.get("/devices", response_model=list[DeviceRead], operation_id="notifications:list_devices")
async def list_devices(session: DbSession,
                       actor: Actor = Require(Permission.MOBILE_READ)) -> list[Device]:
    return await notifications.devices(session, actor)


@router.delete("/devices/{device_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="notifications:remove_device")
async def remove_device(device_id: uuid.UUID, session: DbSession,
                        actor: Actor = Require(Permission.MOBILE_WRITE)) -> Response:
    await notifications.remove_device(session, actor, device_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
