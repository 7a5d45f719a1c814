"""What the CRM announces (public). Domain events carry what other modules need (finance
reads `DealWon`); the realtime ones (`BoardChanged`, `ImportProgressed`) reach the
organization's staff over /ws and carry ids, positions and counts only, since every staff
member's socket gets them whatever their scope."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import ClassVar, Literal

from app.core.events import Event


class CompanyCreated(Event):
    company_id: uuid.UUID
    legal_name: str
    cnpj: str | None
    domain: str | None
    owner_id: uuid.UUID | None


class CompaniesMerged(Event):
    """`merged_ids` were folded into `company_id` and no longer exist: re-point references."""

    company_id: uuid.UUID
    merged_ids: list[uuid.UUID]


class ContactCreated(Event):
    contact_id: uuid.UUID
    company_id: uuid.UUID | None
    owner_id: uuid.UUID | None


class ContactsMerged(Event):
    contact_id: uuid.UUID
    merged_ids: list[uuid.UUID]


class DealCreated(Event):
    deal_id: uuid.UUID
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    company_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    value: Decimal


class DealStageChanged(Event):
    deal_id: uuid.UUID
    pipeline_id: uuid.UUID
    from_stage_id: uuid.UUID
    to_stage_id: uuid.UUID
    owner_id: uuid.UUID | None


class DealWon(Event):
    deal_id: uuid.UUID
    company_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    value: Decimal
    won_at: datetime


class DealLost(Event):
    deal_id: uuid.UUID
    owner_id: uuid.UUID | None
    value: Decimal
    lost_reason: str


class ActivityLogged(Event):
    activity_id: uuid.UUID
    kind: str
    company_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    deal_id: uuid.UUID | None
    owner_id: uuid.UUID | None


class LeadConverted(Event):
    """The answer to a lead's acceptance: what it became in the CRM."""

    source: str
    source_id: str
    company_id: uuid.UUID
    contact_id: uuid.UUID
    deal_id: uuid.UUID


class BoardChanged(Event):
    """A deal appeared on, moved on, changed on or left a pipeline's board."""

    realtime: ClassVar[bool] = True

    pipeline_id: uuid.UUID
    deal_id: uuid.UUID
    change: Literal["created", "moved", "updated", "deleted"]
    stage_id: uuid.UUID
    position: int
    version: int


class ImportQueued(Event):
    """An import was started: the relay enqueues `crm.import_csv`."""

    import_id: uuid.UUID


class ImportProgressed(Event):
    realtime: ClassVar[bool] = True

    import_id: uuid.UUID
    status: str
    processed_rows: int
    total_rows: int
    created: int
    updated: int
    skipped: int
    rejected: int
