"""A cadence's steps for one enrollment: `start` begins the step the enrollment is at (a
WhatsApp or e-mail step becomes an agent run of the message-step crew, drafting and, when
the step needs it, waiting for approval; a LinkedIn or call step becomes a task for the
campaign's owner, and the enrollment waits for it); `advance` moves past a finished step and
the waits after it, to when the next one is due in the sending window."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.ai.types import Trigger
from app.modules.sdr import cadences
from app.modules.sdr.calendar import SAO_PAULO
from app.modules.sdr.models import (
    Cadence,
    Campaign,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Task,
    TaskKind,
)

CREWS = {"whatsapp": ("sdr_whatsapp", "sdr_step_whatsapp"),
         "email": ("sdr_email", "sdr_step_email")}
TASKS = {"linkedin_task": (TaskKind.linkedin, "Mensagem no LinkedIn para"),
         "call_task": (TaskKind.call, "Ligar para")}


def address(enrollment: Enrollment, channel: str) -> str | None:
    return enrollment.phone if channel == "whatsapp" else enrollment.email


async def start(session: AsyncSession, enrollment: Enrollment, campaign: Campaign,
                cadence: Cadence, trigger: Trigger, now: datetime) -> None:
    step = cadence.steps[enrollment.step_index]
    enrollment.send_at = enrollment.next_at = None
    if step["kind"] in TASKS:
        kind, verb = TASKS[step["kind"]]
        session.add(Task(organization_id=enrollment.organization_id,
                         enrollment_id=enrollment.id, step_index=enrollment.step_index,
                         kind=kind, title=f"{verb} {enrollment.name}"
                         + (f" ({enrollment.company})" if enrollment.company else ""),
                         assignee_id=campaign.owner_id, due_at=now))
        return
    channel = step["kind"]
    if not address(enrollment, channel):  # no e-mail for an e-mail step: skip it
        advance(enrollment, cadence, now)
        return
    agent, crew = CREWS[channel]
    run = await runs.start_run(
        session, organization_id=enrollment.organization_id, agent=agent, crew=crew,
        input={"lead": {"name": enrollment.name, "phone": enrollment.phone,
                        "email": enrollment.email, "company": enrollment.company,
                        **enrollment.facts},
               "enrollment_id": str(enrollment.id), "channel": channel,
               "step_index": enrollment.step_index, "subject": step.get("subject"),
               "needs_approval": enrollment.step_index == 0 or bool(step.get("needs_approval"))},
        trigger=trigger)
    enrollment.run_id = run.id


def advance(enrollment: Enrollment, cadence: Cadence, now: datetime) -> None:
    """The step at `step_index` is done: the next one is due after the waits that follow."""
    enrollment.run_id = enrollment.send_at = None
    window, due, index = cadences.window_of(cadence), now, enrollment.step_index + 1
    while index < len(cadence.steps) and cadence.steps[index]["kind"] == "wait":
        due = window.after_business_days(due, cadence.steps[index]["days"])
        index += 1
    enrollment.step_index = min(index, len(cadence.steps))
    if index >= len(cadence.steps):
        enrollment.status, enrollment.finish_reason = (EnrollmentStatus.finished,
                                                       FinishReason.completed)
        enrollment.next_at = None
        return
    if enrollment.status != EnrollmentStatus.paused:
        enrollment.status = EnrollmentStatus.active
    enrollment.next_at = window.next_slot(due)


def finish(enrollment: Enrollment, reason: FinishReason) -> None:
    enrollment.status, enrollment.finish_reason = EnrollmentStatus.finished, reason
    enrollment.next_at = enrollment.send_at = None


def tomorrow_morning(cadence: Cadence, now: datetime) -> datetime:
    """The window's next opening on a later day (a sender used up today's cap)."""
    window = cadences.window_of(cadence)
    local = now.astimezone(SAO_PAULO)
    return window.next_slot(datetime.combine(local.date() + timedelta(days=1), window.start,
                                             SAO_PAULO))
