"""Agent runs, approvals and sandbox settings: what routes and other modules call.

    run = await runs.start_run(session, organization_id=org_id, agent="sdr_whatsapp",
                               crew="outreach_draft", input={"lead": {...}},
                               trigger=Trigger.user(user_id))

The run row and an `AgentRunQueued` event commit together; the relay enqueues the crew's
Celery task after the commit, so a rollback starts nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.crews.catalog import crew_spec
from app.ai.runs.events import AgentRunFinished, AgentRunQueued, ApprovalDecided
from app.ai.runs.models import (
    FINISHED,
    ORGANIZATION_WIDE,
    RETRYABLE,
    AgentRun,
    AgentSandbox,
    Approval,
    ApprovalStatus,
    RunStatus,
)
from app.ai.runs.repository import ApprovalRepository, RunRepository, SandboxRepository
from app.ai.runs.schemas import (
    AgentRunDetail,
    AgentRunRead,
    ApprovalDecision,
    ApprovalRejection,
    LLMCallsSummary,
    RunFilters,
    SandboxRead,
    SandboxUpdate,
)
from app.ai.types import Trigger, TriggerKind
from app.core import audit, events
from app.core.audit.models import ActorType
from app.core.audit.service import snapshot
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.core.privacy import ERASED
from app.identity.actor import Actor

EDITABLE_PAYLOAD_FIELDS = frozenset({"text", "subject"})
_ACTOR_TYPES = {TriggerKind.user: ActorType.user, TriggerKind.api_key: ActorType.api_key,
                TriggerKind.webhook: ActorType.webhook}


@dataclass(frozen=True)
class TriggerActor:
    """Who started a run, in the audit log's terms."""

    type: ActorType
    organization_id: uuid.UUID
    id: str | None


def trigger_for(actor: Actor) -> Trigger:
    """The trigger of a run (or a model call) a request's caller starts."""
    if actor.user_id is not None:
        return Trigger.user(actor.user_id)
    if actor.api_key_id is not None:
        return Trigger(TriggerKind.api_key, str(actor.api_key_id))
    return Trigger.system()


async def start_run(session: AsyncSession, *, organization_id: uuid.UUID, agent: str,
                    crew: str, input: dict[str, Any], trigger: Trigger) -> AgentRun:
    spec = crew_spec(crew)
    if spec is None:
        raise ValidationFailed.on("crew", f"Unknown crew {crew!r}")
    if spec.agent != agent:
        raise ValidationFailed.on("agent", f"Crew {crew!r} is run by agent {spec.agent!r}")
    run = AgentRun(organization_id=organization_id, agent=agent, crew=crew, input=input,
                   status=RunStatus.queued, trigger_kind=trigger.kind, trigger_id=trigger.id,
                   time_limit_seconds=spec.time_limit_seconds, progress={}, refusals=[])
    session.add(run)
    await session.flush()
    actor = TriggerActor(_ACTOR_TYPES.get(trigger.kind, ActorType.system), organization_id,
                         trigger.id)
    await audit.record(session, actor, "ai.run.started", "ai_agent_run", run.id,
                       after=snapshot(run))
    await events.publish(session, AgentRunQueued(organization_id=organization_id,
                                                 run_id=run.id))
    return run


async def get_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> AgentRun:
    run = await RunRepository(session).get(actor.organization_id, run_id)
    if run is None:
        raise NotFound("Agent run not found")
    return run


async def run_detail(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> AgentRunDetail:
    run = await get_run(session, actor, run_id)
    calls, tokens_in, tokens_out, cost = await RunRepository(session).llm_totals(
        actor.organization_id, run.id)
    summary = LLMCallsSummary(calls=calls, input_tokens=tokens_in, output_tokens=tokens_out,
                              cost_usd=cost)
    return AgentRunDetail.model_validate({**AgentRunRead.model_validate(run).model_dump(),
                                          "llm_calls": summary})


async def list_runs(session: AsyncSession, actor: Actor, filters: RunFilters,
                    page: PageParams) -> tuple[list[AgentRun], str | None]:
    stmt = RunRepository(session).list_query(actor.organization_id, filters)
    return await paginate(session, stmt, sort=AgentRun.created_at, tiebreaker=AgentRun.id,
                          params=page)


async def cancel_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> AgentRun:
    """A queued or paused run ends now; a running one is asked to stop, and its runner ends
    it as cancelled at the next model call or tool call."""
    repo = RunRepository(session)
    run = await repo.get(actor.organization_id, run_id, for_update=True)
    if run is None:
        raise NotFound("Agent run not found")
    if run.status in FINISHED:
        raise Conflict(f"The run already ended ({run.status})")
    before = snapshot(run)
    run.cancel_requested = True
    if run.status != RunStatus.running:
        approval = await repo.pending_approval(run.id)
        if approval is not None:
            approval.status = ApprovalStatus.withdrawn
        run.status = RunStatus.cancelled
        run.finished_at = datetime.now(UTC)
        await events.publish(session, AgentRunFinished(
            organization_id=run.organization_id, run_id=run.id, agent=run.agent,
            status=run.status))
    await audit.record(session, actor, "ai.run.cancelled", "ai_agent_run", run.id,
                       before=before, after=snapshot(run))
    return run


async def retry_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> AgentRun:
    run = await RunRepository(session).get(actor.organization_id, run_id, for_update=True)
    if run is None:
        raise NotFound("Agent run not found")
    if run.status not in RETRYABLE:
        raise Conflict(f"Only failed runs or runs awaiting a manual retry can be retried "
                       f"(this one is {run.status})")
    before = snapshot(run)
    run.status = RunStatus.queued
    run.error = None
    run.cancel_requested = False
    run.started_at = run.deadline_at = run.finished_at = None
    await audit.record(session, actor, "ai.run.retried", "ai_agent_run", run.id,
                       before=before, after=snapshot(run))
    await events.publish(session, AgentRunQueued(organization_id=run.organization_id,
                                                 run_id=run.id))
    return run


async def list_approvals(session: AsyncSession, actor: Actor, status: ApprovalStatus | None,
                         page: PageParams) -> tuple[list[Approval], str | None]:
    stmt = ApprovalRepository(session).list_query(actor.organization_id, status)
    return await paginate(session, stmt, sort=Approval.created_at, tiebreaker=Approval.id,
                          params=page)


async def pending_approvals(session: AsyncSession, actor: Actor, run_ids: list[uuid.UUID]
                            ) -> dict[uuid.UUID, Approval]:
    """The pending approval of each of these runs (a module's own queue of them)."""
    if not run_ids:
        return {}
    found = await ApprovalRepository(session).of_runs(actor.organization_id, run_ids,
                                                      ApprovalStatus.pending)
    return {approval.run_id: approval for approval in found}


PERSON_KEYS = ("lead", "client")
MESSAGE_KEYS = ("to", "text", "subject")


async def erase_personal_data(session: AsyncSession, actor: Actor, run_ids: list[uuid.UUID]
                              ) -> int:
    """LGPD erasure for a module: the person these runs were about leaves their input, and
    their approvals' recipient and text; an approval still pending is rejected (nothing is
    sent). Returns how many runs were erased."""
    repo = RunRepository(session)
    erased = 0
    for run_id in dict.fromkeys(run_ids):
        run = await repo.get(actor.organization_id, run_id, for_update=True)
        if run is None:
            continue
        run.input = {k: ({"erased": True} if k in PERSON_KEYS else v)
                     for k, v in run.input.items()}
        erased += 1
    approvals = await ApprovalRepository(session).of_runs(
        actor.organization_id, list(run_ids), ApprovalStatus.pending)
    for approval in approvals:
        await _decide(session, actor, approval.id, ApprovalStatus.rejected,
                      "LGPD: dados apagados a pedido do titular")
    for approval in await ApprovalRepository(session).all_of_runs(actor.organization_id,
                                                                  list(run_ids)):
        approval.payload = {k: (ERASED if k in MESSAGE_KEYS else v)
                            for k, v in approval.payload.items()}
    return erased


async def _decide(session: AsyncSession, actor: Actor, approval_id: uuid.UUID,
                  status: ApprovalStatus, note: str | None,
                  payload: dict[str, Any] | None = None) -> Approval:
    approval = await ApprovalRepository(session).get(actor.organization_id, approval_id,
                                                     for_update=True)
    if approval is None:
        raise NotFound("Approval not found")
    if approval.status != ApprovalStatus.pending:
        raise Conflict(f"The approval was already decided ({approval.status})")
    before = snapshot(approval)
    if payload:
        edited = set(payload) - EDITABLE_PAYLOAD_FIELDS
        if edited:
            raise ValidationFailed.on("payload", f"Only {sorted(EDITABLE_PAYLOAD_FIELDS)} "
                                                 f"can be edited, not {sorted(edited)}")
        approval.payload = {**approval.payload, **payload}
    approval.status = status
    approval.decided_by = actor.user_id
    approval.decided_at = datetime.now(UTC)
    approval.note = note
    await audit.record(session, actor, f"ai.approval.{status}", "ai_approval", approval.id,
                       before=before, after=snapshot(approval))
    await events.publish(session, ApprovalDecided(
        organization_id=approval.organization_id, approval_id=approval.id,
        run_id=approval.run_id, status=status))
    return approval


async def approve(session: AsyncSession, actor: Actor, approval_id: uuid.UUID,
                  body: ApprovalDecision) -> Approval:
    return await _decide(session, actor, approval_id, ApprovalStatus.approved, body.note,
                         body.payload)


async def reject(session: AsyncSession, actor: Actor, approval_id: uuid.UUID,
                 body: ApprovalRejection) -> Approval:
    return await _decide(session, actor, approval_id, ApprovalStatus.rejected, body.reason)


async def get_sandbox(session: AsyncSession, actor: Actor) -> SandboxRead:
    rows = await SandboxRepository(session).all(actor.organization_id)
    switches = {row.agent: row.sandbox for row in rows}
    return SandboxRead(organization=switches.pop(ORGANIZATION_WIDE, True), agents=switches)


async def set_sandbox(session: AsyncSession, actor: Actor, body: SandboxUpdate) -> SandboxRead:
    agent = body.agent or ORGANIZATION_WIDE
    repo = SandboxRepository(session)
    row = await repo.get(actor.organization_id, agent)
    before = snapshot(row)
    if row is None:
        row = AgentSandbox(organization_id=actor.organization_id, agent=agent,
                           sandbox=body.sandbox)
        session.add(row)
        await session.flush()
    row.sandbox = body.sandbox
    await audit.record(session, actor, "ai.sandbox.updated", "ai_agent_sandbox", row.id,
                       before=before, after=snapshot(row))
    return await get_sandbox(session, actor)


async def sandbox_for(session: AsyncSession, organization_id: uuid.UUID, agent: str) -> bool:
    """Whether an agent's sends stay in the sandbox outbox: on unless an Admin turned it
    off for the agent or the whole organization."""
    configured = await SandboxRepository(session).effective(organization_id, agent)
    return True if configured is None else configured
