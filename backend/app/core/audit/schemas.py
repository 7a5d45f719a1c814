"""Audit log output."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from app.core.audit.models import ActorType


class AuditEntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    seq: int
    occurred_at: datetime
    actor_type: ActorType
    actor_id: str | None
    action: str
    entity_type: str
    entity_id: str | None
    before: dict | None
    after: dict | None
    ip: str | None
    user_agent: str | None
    request_id: str | None
