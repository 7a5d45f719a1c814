"""Activities: notes, calls, meetings, tasks, and the e-mail and WhatsApp messages the SDR
module logs (once per provider message id); the caller's open tasks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.errors import Forbidden, NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm import contacts, deals
from app.modules.crm.events import ActivityLogged
from app.modules.crm.models import Activity, ActivityKind
from app.modules.crm.records import not_found, resolve_owner, scope_of
from app.modules.crm.repository import ActivityRepository
from app.modules.crm.schemas.activities import (
    ActivityCreate,
    ActivityFilters,
    ActivityRead,
    ActivityUpdate,
    MyTask,
    MyTasks,
)

BUSINESS_TIMEZONE = ZoneInfo("America/Sao_Paulo")
MY_TASKS_LIMIT = 200


async def _links(session: AsyncSession, actor: Actor, body: ActivityCreate
                 ) -> tuple[uuid.UUID | None, uuid.UUID | None, uuid.UUID | None]:
    """(company, contact, deal): each one the caller can see; a deal or contact brings its
    company along, so the company's timeline has it too."""
    company_id, contact_id, deal_id = body.company_id, body.contact_id, body.deal_id
    if deal_id is not None:
        try:
            deal = await deals.get(session, actor, deal_id)
        except NotFound as exc:
            raise ValidationFailed.on("deal_id", "No deal you can see has this id") from exc
        company_id = company_id or deal.company_id
    if contact_id is not None:
        try:
            contact = await contacts.get(session, actor, contact_id)
        except NotFound as exc:
            raise ValidationFailed.on("contact_id", "No contact you can see has this id") \
                from exc
        company_id = company_id or contact.company_id
    if body.company_id is not None:
        await contacts.check_company(session, actor, body.company_id)
    return company_id, contact_id, deal_id


def _check_task_fields(kind: ActivityKind, due_at: datetime | None) -> None:
    if due_at is not None and kind != ActivityKind.task:
        raise ValidationFailed.on("due_at", "Only tasks have a due date")


async def log(session: AsyncSession, actor: Actor, body: ActivityCreate) -> Activity:
    repo = ActivityRepository(session)
    if body.external_id:
        logged = await repo.by_external_id(actor.organization_id, body.kind, body.external_id)
        if logged is not None:
            return logged
    _check_task_fields(body.kind, body.due_at)
    company_id, contact_id, deal_id = await _links(session, actor, body)
    activity = Activity(
        organization_id=actor.organization_id, kind=body.kind, subject=body.subject or "",
        body=body.body or "", company_id=company_id, contact_id=contact_id, deal_id=deal_id,
        owner_id=await resolve_owner(session, actor, body.owner_id),
        direction=body.direction, occurred_at=body.occurred_at or datetime.now(UTC),
        due_at=body.due_at, duration_minutes=body.duration_minutes,
        external_id=body.external_id)
    session.add(activity)
    await session.flush()
    await audit.record(session, actor, "crm.activity.logged", "crm_activity", activity.id,
                       after=audit.snapshot(activity))
    await events.publish(session, ActivityLogged(
        organization_id=actor.organization_id, activity_id=activity.id, kind=activity.kind,
        company_id=company_id, contact_id=contact_id, deal_id=deal_id,
        owner_id=activity.owner_id))
    return activity


async def get(session: AsyncSession, actor: Actor, activity_id: uuid.UUID) -> Activity:
    activity = await ActivityRepository(session).get(scope_of(actor), activity_id)
    if activity is None:
        raise not_found("Activity")
    return activity


async def update(session: AsyncSession, actor: Actor, activity_id: uuid.UUID,
                 body: ActivityUpdate) -> Activity:
    activity = await get(session, actor, activity_id)
    before = audit.snapshot(activity)
    changes = body.model_dump(exclude_unset=True)
    if "due_at" in changes:
        _check_task_fields(activity.kind, body.due_at)
    if body.done is not None:
        if activity.kind != ActivityKind.task:
            raise ValidationFailed.on("done", "Only tasks are done")
        activity.done_at = (activity.done_at or datetime.now(UTC)) if body.done else None
    if "owner_id" in changes:
        activity.owner_id = await resolve_owner(session, actor, body.owner_id)
    for name in ("subject", "body"):
        if changes.get(name) is not None:
            setattr(activity, name, changes[name])
    for name in ("due_at", "duration_minutes"):
        if name in changes:
            setattr(activity, name, changes[name])
    await session.flush()
    await audit.record(session, actor, "crm.activity.updated", "crm_activity", activity.id,
                       before=before, after=audit.snapshot(activity))
    return activity


async def delete(session: AsyncSession, actor: Actor, activity_id: uuid.UUID) -> None:
    activity = await get(session, actor, activity_id)
    await audit.record(session, actor, "crm.activity.deleted", "crm_activity", activity.id,
                       before=audit.snapshot(activity))
    await session.delete(activity)


async def list_activities(session: AsyncSession, actor: Actor, filters: ActivityFilters,
                          page: PageParams) -> tuple[list[Activity], str | None]:
    stmt = ActivityRepository(session).list_query(scope_of(actor), filters)
    return await paginate(session, stmt, sort=Activity.occurred_at, tiebreaker=Activity.id,
                          params=page)


def business_day(now: datetime) -> tuple[datetime, datetime]:
    """Start of today and of tomorrow in America/Sao_Paulo."""
    today = now.astimezone(BUSINESS_TIMEZONE).date()
    start = datetime.combine(today, time(), BUSINESS_TIMEZONE)
    return start, datetime.combine(today + timedelta(days=1), time(), BUSINESS_TIMEZONE)


async def my_tasks(session: AsyncSession, actor: Actor, now: datetime | None = None
                   ) -> MyTasks:
    if actor.user_id is None:
        raise Forbidden("Tasks belong to users; an API key has none")
    start, tomorrow = business_day(now or datetime.now(UTC))
    repo = ActivityRepository(session)
    overdue = await repo.open_tasks(actor.organization_id, actor.user_id, due_from=None,
                                    due_before=start, limit=MY_TASKS_LIMIT)
    today = await repo.open_tasks(actor.organization_id, actor.user_id, due_from=start,
                                  due_before=tomorrow, limit=MY_TASKS_LIMIT)
    names = await repo.record_names(actor.organization_id, [*overdue, *today])

    def named(tasks: list[Activity]) -> list[MyTask]:
        return [MyTask.model_validate({**ActivityRead.model_validate(t).model_dump(),
                                       "deal_title": names.get(t.deal_id),
                                       "contact_name": names.get(t.contact_id),
                                       "company_name": names.get(t.company_id)})
                for t in tasks]

    return MyTasks(overdue=named(overdue), due_today=named(today))
