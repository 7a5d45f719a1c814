"""Crews written as code: a module's multi-agent work where the steps are functions (the
hunter's source hunters and qualifier: fetch, de-duplicate, score) and models only write
(reasons, drafts) through the router. They run as agent runs like CrewAI crews (claimed once,
time-limited, cancellable, progress on the run, the same statuses) but as a coroutine on the
worker's loop: no thread, no ReAct loop between deterministic steps.

    pipelines.register("prospecting", prospect)    # in the module's tasks.py (worker side)

    async def prospect(context: PipelineContext) -> dict[str, Any]:
        context.use_tool("search_directory")       # the crew's allow-list applies
        await context.checkpoint()                 # cancelled? out of time?
        await context.report(leads_found=40)       # AgentRunProgressed over /ws
        context.approval = ApprovalRequest(...)    # optional: the run waits for a human
        return {"qualified": 12}                   # the run's result
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from app.ai.crews.context import ApprovalRequest, RunCancelled, RunStopped, RunTimedOut
from app.ai.runs import lifecycle
from app.ai.runs.lifecycle import ClaimedRun
from app.ai.safety import ToolGuard
from app.ai.types import Trigger, TriggerKind


class ToolRefused(RunStopped):
    """A step outside the crew's allow-list: the run fails, the refusal is on record."""


@dataclass
class PipelineContext:
    run: ClaimedRun
    guard: ToolGuard
    deadline: float  # time.monotonic() value
    progress: dict[str, Any] = field(default_factory=dict)
    # set by the pipeline: when it ends well, the run waits for this approval, and the
    # approved message goes out to the run's contact (lifecycle.resume)
    approval: ApprovalRequest | None = None

    @property
    def trigger(self) -> Trigger:
        return Trigger(TriggerKind(self.run.trigger_kind), self.run.trigger_id)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def use_tool(self, name: str) -> None:
        if refusal := self.guard.allow_tool(name):
            raise ToolRefused(refusal)

    async def checkpoint(self) -> None:
        if self.remaining() <= 0:
            raise RunTimedOut("the run's time limit passed")
        if await lifecycle.cancel_requested(self.run.id):
            raise RunCancelled("cancelled on request")

    async def report(self, **progress: Any) -> None:
        self.progress.update(progress)
        await lifecycle.report_progress(self.run.id, dict(self.progress))


Pipeline = Callable[[PipelineContext], Awaitable[dict[str, Any]]]
_PIPELINES: dict[str, Pipeline] = {}


def register(crew: str, pipeline: Pipeline) -> None:
    _PIPELINES[crew] = pipeline


def pipeline_for(crew: str) -> Pipeline | None:
    return _PIPELINES.get(crew)
