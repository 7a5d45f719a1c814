"""Events published by identity."""

from __future__ import annotations

import uuid

from app.core.events import Event


class UserInvited(Event):
    """Someone was invited; the mail channel delivers `invite_url` to `email`."""

    invitation_id: uuid.UUID
    email: str
    full_name: str
    role: str
    invite_url: str
