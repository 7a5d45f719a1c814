"""What a crew's LLM and tools share during one run: the run's identity and contact, the
tool guard, the pause it asks for, and a bridge to the worker's event loop (CrewAI runs in
a thread; the router and the database live on the loop)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from app.ai.runs import lifecycle
from app.ai.runs.lifecycle import ClaimedRun
from app.ai.safety import Contact, ToolGuard
from app.ai.types import Trigger, TriggerKind

T = TypeVar("T")


class RunStopped(Exception):  # noqa: N818 - a control signal, not a failure
    """Raised inside the crew thread to end the run: the runner maps it to a status."""


class RunCancelled(RunStopped):
    pass


class RunTimedOut(RunStopped):
    pass


@dataclass
class ApprovalRequest:
    kind: str
    title: str
    payload: dict[str, Any]


@dataclass
class RunContext:
    run: ClaimedRun
    guard: ToolGuard
    loop: asyncio.AbstractEventLoop
    deadline: float  # time.monotonic() value
    approval: ApprovalRequest | None = None
    progress: dict[str, Any] = field(default_factory=dict)
    stop: RunStopped | None = None  # once set, every later step raises it

    @classmethod
    def for_run(cls, run: ClaimedRun, allowed_tools: frozenset[str],
                loop: asyncio.AbstractEventLoop, now: datetime) -> RunContext:
        remaining = max((run.deadline_at - now).total_seconds(), 0.0)
        guard = ToolGuard(allowed_tools, Contact.from_input(run.input))
        return cls(run, guard, loop, time.monotonic() + remaining)

    @property
    def trigger(self) -> Trigger:
        return Trigger(TriggerKind(self.run.trigger_kind), self.run.trigger_id)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def on_loop(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the worker's loop from the crew thread, within the run's time."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result(timeout=max(self.remaining(), 0.1))
        except TimeoutError as exc:
            future.cancel()
            self.stop = RunTimedOut("the run's time limit passed")
            raise self.stop from exc

    def checkpoint(self) -> None:
        """Between steps: stop if the run was cancelled, ran out of time, or is over."""
        if self.stop is None and self.remaining() <= 0:
            self.stop = RunTimedOut("the run's time limit passed")
        if self.stop is None and self.on_loop(lifecycle.cancel_requested(self.run.id)):
            self.stop = RunCancelled("cancelled on request")
        if self.stop is not None:
            raise self.stop

    def report(self, **progress: Any) -> None:
        self.progress.update(progress)
        self.on_loop(lifecycle.report_progress(self.run.id, dict(self.progress)))
