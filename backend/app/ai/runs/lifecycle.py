"""A run's life inside the worker: claim, progress, pause for approval, end, resume.
Each step is its own short unit of work, so progress is visible while the crew runs and
a crash leaves the last committed state."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.ai.runs import guards
from app.ai.runs.events import (
    AgentRunFinished,
    AgentRunNeedsManualRetry,
    AgentRunProgressed,
    ApprovalRequested,
)
from app.ai.runs.models import AgentRun, Approval, ApprovalStatus, RunStatus
from app.ai.runs.repository import ApprovalRepository, RunRepository
from app.ai.runs.service import sandbox_for
from app.ai.safety import Contact
from app.core import events
from app.core.db import unit_of_work
from app.core.events import once
from app.core.pagination import PageParams
from app.identity import service as identity
from app.identity.roles import Role
from app.integrations import service as integrations

MAX_ERROR_CHARS = 2000
MAX_NOTIFIED_ADMINS = 50


@dataclass(frozen=True)
class ClaimedRun:
    id: uuid.UUID
    organization_id: uuid.UUID
    agent: str
    crew: str
    input: dict[str, Any]
    trigger_kind: str
    trigger_id: str | None
    deadline_at: datetime


def _abandoned(run: AgentRun, now: datetime) -> bool:
    """Running past its deadline: a live runner would have ended it, so its worker died."""
    return (run.status == RunStatus.running and run.deadline_at is not None
            and run.deadline_at < now)


async def claim(run_id: uuid.UUID, task_id: str | None) -> ClaimedRun | None:
    """queued -> running, once: a task redelivered while the run goes on does nothing; one
    redelivered after its worker died (the run abandoned past its deadline) starts it again."""
    async with unit_of_work() as session:
        run = await RunRepository(session).get_unscoped(run_id, for_update=True)
        now = datetime.now(UTC)
        if run is None or not (run.status == RunStatus.queued or _abandoned(run, now)):
            return None
        run.status = RunStatus.running
        run.attempts += 1
        run.celery_task_id = task_id
        run.started_at = now
        run.deadline_at = now + timedelta(seconds=run.time_limit_seconds)
        await _announce_progress(session, run)
        return ClaimedRun(run.id, run.organization_id, run.agent, run.crew, dict(run.input),
                          run.trigger_kind, run.trigger_id, run.deadline_at)


async def _announce_progress(session, run: AgentRun) -> None:
    await events.publish(session, AgentRunProgressed(
        organization_id=run.organization_id, run_id=run.id, agent=run.agent,
        status=run.status, progress=run.progress))


async def _announce_finished(session, run: AgentRun) -> None:
    await events.publish(session, AgentRunFinished(
        organization_id=run.organization_id, run_id=run.id, agent=run.agent,
        status=run.status))


async def report_progress(run_id: uuid.UUID, progress: dict[str, Any]) -> None:
    async with unit_of_work() as session:
        run = await RunRepository(session).get_unscoped(run_id, for_update=True)
        if run is None or run.status != RunStatus.running:
            return
        run.progress = {**run.progress, **progress}
        await _announce_progress(session, run)


async def cancel_requested(run_id: uuid.UUID) -> bool:
    async with unit_of_work(read_only=True) as session:
        run = await RunRepository(session).get_unscoped(run_id)
        return run is None or run.cancel_requested


async def finish(run_id: uuid.UUID, status: RunStatus, *, result: dict[str, Any] | None = None,
                 error: str | None = None, refusals: list[dict[str, str]] | None = None) -> None:
    async with unit_of_work() as session:
        run = await RunRepository(session).get_unscoped(run_id, for_update=True)
        if run is None:
            return
        _end(run, status, result=result, error=error, refusals=refusals)
        if status == RunStatus.awaiting_manual_retry:  # not over: it waits for an Admin
            await _announce_progress(session, run)
            await _notify_admins(session, run)
        else:
            await _announce_finished(session, run)


async def _notify_admins(session, run: AgentRun) -> None:
    admins, _ = await identity.users.list(session, identity.Actor.system(run.organization_id),
                                          PageParams(limit=MAX_NOTIFIED_ADMINS),
                                          role=Role.admin, active=True)
    for admin in admins:
        await events.publish(session, AgentRunNeedsManualRetry(
            organization_id=run.organization_id, user_id=admin.user_id, run_id=run.id,
            agent=run.agent, error=run.error or ""))


def _end(run: AgentRun, status: RunStatus, *, result: dict[str, Any] | None,
         error: str | None, refusals: list[dict[str, str]] | None) -> None:
    run.status = status
    run.result = result if result is not None else run.result
    run.error = error[:MAX_ERROR_CHARS] if error else None
    run.refusals = [*run.refusals, *(refusals or [])]
    if status not in (RunStatus.awaiting_approval, RunStatus.awaiting_manual_retry):
        run.finished_at = datetime.now(UTC)


async def pause_for_approval(run_id: uuid.UUID, *, kind: str, title: str,
                             payload: dict[str, Any], result: dict[str, Any],
                             refusals: list[dict[str, str]]) -> RunStatus | None:
    """Persist the pause as an approval object; the task that ran the crew then ends. A run
    cancelled while its crew was finishing ends cancelled instead, asking nobody. Returns
    the run's new status (None when it was no longer running)."""
    async with unit_of_work() as session:
        run = await RunRepository(session).get_unscoped(run_id, for_update=True)
        if run is None or run.status != RunStatus.running:
            return None
        if run.cancel_requested:
            _end(run, RunStatus.cancelled, result=result, error="cancelled on request",
                 refusals=refusals)
            await _announce_finished(session, run)
            return run.status
        _end(run, RunStatus.awaiting_approval, result=result, error=None, refusals=refusals)
        approval = Approval(organization_id=run.organization_id, run_id=run.id, kind=kind,
                            title=title[:200], payload=payload, status=ApprovalStatus.pending)
        session.add(approval)
        await session.flush()
        await _announce_progress(session, run)
        await events.publish(session, ApprovalRequested(
            organization_id=run.organization_id, approval_id=approval.id, run_id=run.id,
            kind=kind, title=approval.title))
        return run.status


async def resume(approval_id: uuid.UUID, event_id: uuid.UUID) -> None:
    """After a human decision: an approved send goes out (to the run's contact, by WhatsApp
    or, when the approval's `channel` is "email", by e-mail with its `subject`; in sandbox
    unless the organization or agent turned it off) and the run succeeds, or fails when every
    provider refused the message; a rejection, or the crew's send guard (guards.py) refusing,
    ends it as cancelled. Applied once per decision."""
    async with unit_of_work() as session, once(session, "ai.resume_run", event_id) as fresh:
        if not fresh:
            return
        approval = await ApprovalRepository(session).get_unscoped(approval_id)
        if approval is None:
            return
        run = await RunRepository(session).get_unscoped(approval.run_id, for_update=True)
        if run is None or run.status != RunStatus.awaiting_approval:
            return
        blocked = (await guards.refusal(session, run, approval.payload)
                   if approval.status == ApprovalStatus.approved else None)
        if blocked:
            _end(run, RunStatus.cancelled, result={**(run.result or {}), "blocked": blocked},
                 error=f"Not sent: {blocked}", refusals=None)
        elif approval.status == ApprovalStatus.approved:
            delivery = await _send(session, run, approval)
            result = {**(run.result or {}), "delivery": delivery}
            if delivery["status"] == "failed":  # the run ends failed: it can be retried
                _end(run, RunStatus.failed, result=result, refusals=None,
                     error=f"The approved message could not be sent: {delivery['error']}")
            else:
                _end(run, RunStatus.succeeded, result=result, error=None, refusals=None)
        else:
            _end(run, RunStatus.cancelled, result=None,
                 error=f"Rejected by a reviewer: {approval.note or ''}", refusals=None)
        await _announce_finished(session, run)


async def _send(session, run: AgentRun, approval: Approval) -> dict[str, Any]:
    contact = Contact.from_input(run.input)
    sandbox = await sandbox_for(session, run.organization_id, run.agent)
    context = {"run_id": str(run.id), "approval_id": str(approval.id), "agent": run.agent}
    text = str(approval.payload.get("text", ""))
    if approval.payload.get("channel") == "email":
        delivery = await integrations.send_email(
            session, organization_id=run.organization_id, to=contact.email,
            subject=str(approval.payload.get("subject") or "Mensagem"), text=text,
            sandbox=sandbox, context=context)
    else:
        delivery = await integrations.send_whatsapp_text(
            session, organization_id=run.organization_id, to=contact.phone, text=text,
            sandbox=sandbox, context=context)
    return delivery.model_dump(mode="json")
