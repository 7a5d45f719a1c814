"""Every query of activities, record events and timelines."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.filtering import apply_filters
from app.identity.actor import Scope
from app.modules.crm.models import (
    Activity,
    ActivityKind,
    Company,
    Contact,
    Deal,
    RecordEvent,
    RecordType,
)
from app.modules.crm.schemas.activities import ActivityFilters

_LINK = {RecordType.company: Activity.company_id, RecordType.contact: Activity.contact_id,
         RecordType.deal: Activity.deal_id}


class ActivityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _scoped(self, scope: Scope) -> Select:
        stmt = select(Activity).where(Activity.organization_id == scope.organization_id)
        if scope.owner_id is not None:
            stmt = stmt.where(Activity.owner_id == scope.owner_id)
        return stmt

    async def get(self, scope: Scope, activity_id: uuid.UUID) -> Activity | None:
        return (await self.session.scalars(
            self._scoped(scope).where(Activity.id == activity_id))).one_or_none()

    async def by_external_id(self, organization_id: uuid.UUID, kind: ActivityKind,
                             external_id: str) -> Activity | None:
        return (await self.session.scalars(select(Activity).where(
            Activity.organization_id == organization_id, Activity.kind == kind,
            Activity.external_id == external_id))).one_or_none()

    def list_query(self, scope: Scope, filters: ActivityFilters) -> Select:
        stmt = self._scoped(scope)
        if filters.done is not None:
            stmt = stmt.where(Activity.done_at.is_not(None) if filters.done
                              else Activity.done_at.is_(None))
        return apply_filters(stmt, {
            Activity.kind: filters.kind,
            Activity.company_id: filters.company_id,
            Activity.contact_id: filters.contact_id,
            Activity.deal_id: filters.deal_id,
            Activity.owner_id: filters.owner_id,
            Activity.due_at: (filters.due_from, filters.due_to),
        })

    async def open_tasks(self, organization_id: uuid.UUID, owner_id: uuid.UUID, *,
                         due_from: datetime | None, due_before: datetime, limit: int
                         ) -> list[Activity]:
        stmt = select(Activity).where(
            Activity.organization_id == organization_id, Activity.owner_id == owner_id,
            Activity.kind == ActivityKind.task, Activity.done_at.is_(None),
            Activity.due_at < due_before)
        if due_from is not None:
            stmt = stmt.where(Activity.due_at >= due_from)
        return list((await self.session.scalars(
            stmt.order_by(Activity.due_at, Activity.id).limit(limit))).all())

    async def record_names(self, organization_id: uuid.UUID, activities: list[Activity]
                           ) -> dict[uuid.UUID, str]:
        """The titles of the deals and names of the contacts and companies these activities
        are about, by id (three index lookups)."""
        names: dict[uuid.UUID, str] = {}
        for model, name, ids in (
                (Deal, Deal.title, {a.deal_id for a in activities}),
                (Contact, Contact.name, {a.contact_id for a in activities}),
                (Company, func.coalesce(Company.trade_name, Company.legal_name),
                 {a.company_id for a in activities})):
            wanted = [i for i in ids if i is not None]
            if wanted:
                rows = await self.session.execute(select(model.id, name).where(
                    model.organization_id == organization_id, model.id.in_(wanted)))
                names.update({record_id: text for record_id, text in rows})
        return names

    def timeline_query(self, organization_id: uuid.UUID, record_type: RecordType,
                       record_id: uuid.UUID) -> Select:
        """(type, id, at) of the record's activities and events, to page newest first."""
        activities = select(literal("activity").label("type"), Activity.id.label("id"),
                            Activity.occurred_at.label("at")).where(
            Activity.organization_id == organization_id, _LINK[record_type] == record_id)
        events = select(literal("event").label("type"), RecordEvent.id.label("id"),
                        RecordEvent.created_at.label("at")).where(
            RecordEvent.organization_id == organization_id,
            RecordEvent.record_type == record_type, RecordEvent.record_id == record_id)
        merged = union_all(activities, events).subquery("timeline")
        return select(merged.c.type, merged.c.id, merged.c.at)

    async def activities_by_ids(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, Activity]:
        if not ids:
            return {}
        rows = await self.session.scalars(select(Activity).where(Activity.id.in_(ids)))
        return {row.id: row for row in rows}

    async def events_by_ids(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, RecordEvent]:
        if not ids:
            return {}
        rows = await self.session.scalars(select(RecordEvent).where(RecordEvent.id.in_(ids)))
        return {row.id: row for row in rows}
