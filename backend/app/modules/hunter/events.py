"""What the hunter announces (public). `LeadQualified` is for the SDR: an approved lead at
or above its search's threshold. `SearchFinished` reaches the organization's staff over /ws
(ids and counts only)."""

from __future__ import annotations

import uuid
from typing import ClassVar

from app.core.events import Event


class LeadQualified(Event):
    lead_id: uuid.UUID
    search_id: uuid.UUID | None
    name: str
    score: int
    tier: str
    owner_id: uuid.UUID | None
    approved_by: uuid.UUID | None


class SearchFinished(Event):
    realtime: ClassVar[bool] = True

    search_id: uuid.UUID
    status: str
    found: int
    qualified: int
    started_by: uuid.UUID | None
