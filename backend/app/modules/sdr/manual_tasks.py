"""LinkedIn and call steps: a task for the campaign's owner (steps.start opens it); the
enrollment waits at the step until the task is done or skipped, then the cadence goes on."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, NotFound
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.sdr import steps
from app.modules.sdr.campaigns import visible_enrollments
from app.modules.sdr.models import Cadence, Campaign, Enrollment, EnrollmentStatus, Task
from app.modules.sdr.schemas import SdrTask, TaskCompletion


async def list_tasks(session: AsyncSession, actor: Actor, open_only: bool, page: PageParams
                     ) -> tuple[list[SdrTask], str | None]:
    stmt = (select(Task).join(Enrollment, Enrollment.id == Task.enrollment_id)
            .where(visible_enrollments(actor)))
    if open_only:
        stmt = stmt.where(Task.done_at.is_(None))
    tasks, cursor = await paginate(session, stmt, sort=Task.due_at, tiebreaker=Task.id,
                                   params=page, descending=False)
    enrollments = {e.id: e for e in (await session.scalars(select(Enrollment).where(
        Enrollment.id.in_({t.enrollment_id for t in tasks})))).all()} if tasks else {}
    return [read(t, enrollments[t.enrollment_id]) for t in tasks], cursor


def read(task: Task, enrollment: Enrollment) -> SdrTask:
    return SdrTask(id=task.id, enrollment_id=task.enrollment_id,
                   campaign_id=enrollment.campaign_id, kind=task.kind, title=task.title,
                   name=enrollment.name, company=enrollment.company, phone=enrollment.phone,
                   email=enrollment.email, due_at=task.due_at, done_at=task.done_at,
                   outcome=task.outcome, note=task.note, assignee_id=task.assignee_id)


async def complete(session: AsyncSession, actor: Actor, task_id: uuid.UUID,
                   body: TaskCompletion) -> SdrTask:
    task = (await session.scalars(select(Task).join(
        Enrollment, Enrollment.id == Task.enrollment_id).where(
        visible_enrollments(actor), Task.id == task_id).with_for_update(of=Task))).one_or_none()
    if task is None:
        raise NotFound("Task not found")
    if task.done_at is not None:
        raise Conflict(f"The task was already {task.outcome}")
    task.done_at, task.outcome, task.note = datetime.now(UTC), body.outcome, body.note
    enrollment = await session.get(Enrollment, task.enrollment_id, with_for_update=True)
    waiting = (enrollment.status in (EnrollmentStatus.active, EnrollmentStatus.paused)
               and enrollment.step_index == task.step_index)
    if waiting:
        campaign = await session.get(Campaign, enrollment.campaign_id)
        cadence = await session.get(Cadence, campaign.cadence_id)
        steps.advance(enrollment, cadence, task.done_at)
    await audit.record(session, actor, f"sdr.task.{body.outcome}", "sdr_task", task.id,
                       after={"outcome": body.outcome, "note": body.note})
    return read(task, enrollment)
