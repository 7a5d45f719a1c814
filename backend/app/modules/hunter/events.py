"""What the hunter announces (public). `LeadQualified` is for the SDR: an approved lead at
or above its search's threshold. `SearchProgressed` (each stored batch) and `SearchFinished`
reach the organization's staff over /ws (ids and counts only)."""

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


class SearchProgressed(Event):
    """A batch of leads was stored: the search's counters so far."""

    realtime: ClassVar[bool] = True

    search_id: uuid.UUID
    found: int
    duplicates: int
    in_crm: int
    scored: int
    qualified: int


class SearchFinished(Event):
    realtime: ClassVar[bool] = True

    search_id: uuid.UUID
    status: str
    found: int
    qualified: int
    started_by: uuid.UUID | None
