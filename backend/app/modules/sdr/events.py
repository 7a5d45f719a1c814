"""What the SDR announces (public). `LeadAccepted` carries the CRM's own conversion payload,
so the CRM's handler converts it without reading the SDR's or the hunter's tables;
`ConversationLogged` carries the CRM's message shape the same way."""

from __future__ import annotations

import uuid
from typing import ClassVar

from app.core.events import Event
from app.modules.crm.schemas import LeadConversion, LeadMessage


class LeadAccepted(Event):
    lead_id: uuid.UUID
    lead: LeadConversion  # with the conversation so far (`messages`)
    accepted_by: uuid.UUID | None


class ConversationLogged(Event):
    """Messages of an accepted lead's conversation after its acceptance (replies, answers):
    the CRM puts them on the converted contact's and deal's timelines."""

    lead_id: uuid.UUID
    messages: list[LeadMessage]


class LeadErasureRequested(Event):
    """LGPD: the lead's data subject asked to be erased; the SDR erased its own copies and
    the hunter erases the lead's personal data."""

    lead_id: uuid.UUID
    requested_by: uuid.UUID | None


class ReplyReceived(Event):
    """A lead replied (ids and labels only: every staff member's /ws receives it)."""

    realtime: ClassVar[bool] = True

    enrollment_id: uuid.UUID
    campaign_id: uuid.UUID
    classification: str
    channel: str
