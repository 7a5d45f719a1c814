"""What the SDR announces (public). `LeadAccepted` carries the CRM's own conversion payload,
so the CRM's handler converts it without reading the SDR's or the hunter's tables."""

from __future__ import annotations

import uuid

from app.core.events import Event
from app.modules.crm.schemas import LeadConversion


class LeadAccepted(Event):
    lead_id: uuid.UUID
    lead: LeadConversion
    accepted_by: uuid.UUID | None
