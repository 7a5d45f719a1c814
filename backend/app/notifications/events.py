"""What notifications announce: a new notification reaches its user's sockets (the payload
carries the notification as `GET /notifications` shows it) and the push task."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from app.core.events import Audience, Event


class NotificationCreated(Event):
    realtime: ClassVar[bool] = True
    audience: ClassVar[tuple[Audience, ...]] = (Audience.user,)

    user_id: uuid.UUID
    id: uuid.UUID
    kind: str
    title: str
    body: str
    link: str | None
    data: dict[str, Any]
    created_at: datetime
    read_at: datetime | None = None
