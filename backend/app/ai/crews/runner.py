"""Running one agent run in the worker: claim it, build its crew, run the crew in a thread
(CrewAI is synchronous), or await a crew written as code (pipelines.py) on the loop, and
turn how it ended into the run's status.

    succeeded              the crew finished without needing anyone
    awaiting_approval      a tool asked for a human: an approval row, and the task ends
    cancelled / timed_out  cancel requested / the run's time limit passed
    awaiting_manual_retry  every model of the agent's chain failed (Admins notified)
    failed                 anything else (error kept on the run)
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import structlog
from crewai.agents.parser import AgentAction

from app.ai.crews import outreach, pipelines
from app.ai.crews.catalog import crew_spec
from app.ai.crews.context import RunCancelled, RunContext, RunTimedOut
from app.ai.errors import ProvidersExhausted
from app.ai.runs import lifecycle
from app.ai.runs.models import RunStatus
from app.ai.safety import Contact, ToolGuard

log = structlog.get_logger(__name__)
BUILDERS: dict[str, Callable[[RunContext, Any], Any]] = {"outreach_draft": outreach.build}


def _step_callback(context: RunContext) -> Callable[[Any], None]:
    steps = 0

    def on_step(step: Any) -> None:
        nonlocal steps
        steps += 1
        if isinstance(step, AgentAction) and step.tool:
            context.guard.allow_tool(step.tool)  # records a call outside the allow-list
        context.report(steps=steps)

    return on_step


async def run(run_id: uuid.UUID, task_id: str | None = None) -> RunStatus | None:
    claimed = await lifecycle.claim(run_id, task_id)
    if claimed is None:
        return None
    spec = crew_spec(claimed.crew)
    build = BUILDERS.get(claimed.crew)
    pipeline = pipelines.pipeline_for(claimed.crew)
    if spec is None or (build is None and pipeline is None):
        await lifecycle.finish(run_id, RunStatus.failed, error=f"unknown crew {claimed.crew}")
        return RunStatus.failed
    if pipeline is not None:
        return await _run_pipeline(claimed, spec.allowed_tools, pipeline)
    context = RunContext.for_run(claimed, spec.allowed_tools, asyncio.get_running_loop(),
                                 datetime.now(UTC))
    try:
        status, result, error = await _kickoff(context, build)
    except asyncio.CancelledError:  # the task's soft time limit: end the run, then stop
        context.stop = RunTimedOut("the task's time limit passed")
        await lifecycle.finish(run_id, RunStatus.timed_out, error=str(context.stop),
                               refusals=context.guard.refusals)
        raise
    refusals = context.guard.refusals
    if status == RunStatus.succeeded and context.approval is not None:
        approval = context.approval
        return await lifecycle.pause_for_approval(
            run_id, kind=approval.kind, title=approval.title, payload=approval.payload,
            result=result, refusals=refusals)
    await lifecycle.finish(run_id, status, result=result, error=error, refusals=refusals)
    log.info("agent_run_finished", run_id=str(run_id), agent=claimed.agent, status=status,
             refusals=len(refusals))
    return status


async def _run_pipeline(claimed: lifecycle.ClaimedRun, allowed_tools: frozenset[str],
                        pipeline: pipelines.Pipeline) -> RunStatus | None:
    remaining = max((claimed.deadline_at - datetime.now(UTC)).total_seconds(), 0.0)
    context = pipelines.PipelineContext(claimed, ToolGuard(allowed_tools, Contact.from_input(
        claimed.input)), time.monotonic() + remaining)
    result: dict[str, Any] = {}
    error: str | None = None
    try:
        result = await asyncio.wait_for(pipeline(context), timeout=max(remaining, 0.1))
        status = RunStatus.succeeded
    except RunCancelled:
        status, error = RunStatus.cancelled, "cancelled on request"
    except (RunTimedOut, TimeoutError):
        status, error = RunStatus.timed_out, "the run's time limit passed"
    except ProvidersExhausted as exc:
        status, error = RunStatus.awaiting_manual_retry, str(exc)
    except asyncio.CancelledError:  # the task's soft time limit
        await lifecycle.finish(claimed.id, RunStatus.timed_out, error="the task's time limit "
                               "passed", result=context.progress,
                               refusals=context.guard.refusals)
        raise
    except Exception as exc:  # noqa: BLE001 - the run records what failed
        log.warning("agent_run_failed", run_id=str(claimed.id), error_type=type(exc).__name__)
        status, error = RunStatus.failed, f"{type(exc).__name__}: {exc}"
    result = {**context.progress, **result}
    if status == RunStatus.succeeded and context.approval is not None:
        approval = context.approval
        return await lifecycle.pause_for_approval(
            claimed.id, kind=approval.kind, title=approval.title, payload=approval.payload,
            result=result, refusals=context.guard.refusals)
    await lifecycle.finish(claimed.id, status, result=result, error=error,
                           refusals=context.guard.refusals)
    log.info("agent_run_finished", run_id=str(claimed.id), agent=claimed.agent, status=status)
    return status


async def _kickoff(context: RunContext, build: Callable[[RunContext, Any], Any]
                   ) -> tuple[RunStatus, dict[str, Any], str | None]:
    crew = build(context, _step_callback(context))
    try:
        output = await asyncio.wait_for(asyncio.to_thread(crew.kickoff),
                                        timeout=max(context.remaining(), 0.1))
    except RunCancelled:
        return RunStatus.cancelled, {}, "cancelled on request"
    except (RunTimedOut, TimeoutError):
        context.stop = RunTimedOut("the run's time limit passed")  # the thread stops next step
        return RunStatus.timed_out, {}, "the run's time limit passed"
    except ProvidersExhausted as exc:
        return RunStatus.awaiting_manual_retry, {}, str(exc)
    except Exception as exc:
        log.warning("agent_run_failed", run_id=str(context.run.id), error_type=type(exc).__name__)
        return RunStatus.failed, {}, f"{type(exc).__name__}: {exc}"
    return RunStatus.succeeded, {"output": str(output.raw), **context.progress}, None
