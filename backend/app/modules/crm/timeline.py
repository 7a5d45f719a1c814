"""One timeline per record, newest first: its activities merged with what happened to it
(created, stage changes, won, lost, merges), in keyset pages."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm import companies, contacts, deals
from app.modules.crm.models import RecordType
from app.modules.crm.repository import ActivityRepository
from app.modules.crm.schemas.activities import ActivityRead, TimelineEntry

_RECORDS = {RecordType.company: companies.get, RecordType.contact: contacts.get,
            RecordType.deal: deals.get}


async def timeline(session: AsyncSession, actor: Actor, record_type: RecordType,
                   record_id: uuid.UUID, page: PageParams
                   ) -> tuple[list[TimelineEntry], str | None]:
    await _RECORDS[record_type](session, actor, record_id)  # 404 outside the caller's scope
    repo = ActivityRepository(session)
    stmt = repo.timeline_query(actor.organization_id, record_type, record_id)
    columns = stmt.selected_columns
    rows, cursor = await paginate(session, stmt, sort=columns.at, tiebreaker=columns.id,
                                  params=page, plain_rows=True)
    activities = await repo.activities_by_ids([r["id"] for r in rows if r["type"] == "activity"])
    happened = await repo.events_by_ids([r["id"] for r in rows if r["type"] == "event"])
    entries = []
    for row in rows:
        if row["type"] == "activity":
            entries.append(TimelineEntry(
                type="activity", id=row["id"], at=row["at"],
                activity=ActivityRead.model_validate(activities[row["id"]])))
        else:
            event = happened[row["id"]]
            entries.append(TimelineEntry(type="event", id=event.id, at=event.created_at,
                                         event=event.kind, data=event.data,
                                         actor_id=event.actor_id))
    return entries, cursor
