"""A user's notifications and push devices (tables notifications_notification and
notifications_device)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class Notification(OrganizationScopedModel):
    __tablename__ = "notifications_notification"
    __table_args__ = (
        Index("ix_notifications_notification_user_created", "organization_id", "user_id",
              "created_at", "id"),
        Index("ix_notifications_notification_unread", "organization_id", "user_id",
              postgresql_where=text("read_at IS NULL")),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("identity_user.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(60), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    read_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Device(OrganizationScopedModel):
    """A phone (or browser) that receives the user's pushes. The Expo push token names the
    app install: registering it again, even by another user, moves it to that user."""

    __tablename__ = "notifications_device"
    __table_args__ = (Index("ix_notifications_device_user", "organization_id", "user_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("identity_user.id", ondelete="CASCADE"), nullable=False)
    expo_push_token: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    platform: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    last_seen_at: Mapped[datetime] = mapped_column(nullable=False)
