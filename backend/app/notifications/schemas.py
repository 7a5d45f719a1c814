"""Notifications and devices as the API shows and takes them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EXPO_TOKEN_PATTERN = r"^(ExponentPushToken|ExpoPushToken)\[[A-Za-z0-9_-]{10,120}\]$"


class NotificationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: str = Field(description="What it is about, e.g. `agents.approval_requested`")
    title: str
    body: str
    link: str | None = Field(description="Where the dashboard opens it (a path)")
    data: dict[str, Any]
    created_at: datetime
    read_at: datetime | None


class UnreadCount(BaseModel):
    count: int


class MarkedRead(BaseModel):
    count: int = Field(description="How many notifications were unread and are read now")


class DeviceRegister(BaseModel):
    expo_push_token: str = Field(pattern=EXPO_TOKEN_PATTERN, max_length=200,
                                 description="From expo-notifications' getExpoPushTokenAsync")
    platform: Literal["android", "ios", "web"]
    name: str | None = Field(None, max_length=120, description="e.g. the phone's model")


class DeviceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    platform: str
    name: str | None
    created_at: datetime
    last_seen_at: datetime
