"""Notification fixtures: a way to put notifications in an inbox, push tokens, and the push
task run in-process (eager) after the relay delivers `NotificationCreated`."""

from __future__ import annotations

import uuid

import pytest

from app.config import get_settings
from app.core.db import unit_of_work
from app.notifications import service as notifications


def push_token() -> str:
    return f"ExponentPushToken[{uuid.uuid4().hex[:22]}]"


@pytest.fixture
def eager(monkeypatch) -> None:
    monkeypatch.setattr(get_settings().worker, "eager", True)


async def notify(member, *, title: str = "Aprovação pendente", kind: str = "test.kind",
                 **extra) -> uuid.UUID:
    """A committed notification (the relay delivers its event, as after a real handler)."""
    async with unit_of_work() as session:
        [row] = await notifications.notify(session, organization_id=member.organization_id,
                                           user_ids=[member.user_id], kind=kind, title=title,
                                           **extra)
    return row.id
