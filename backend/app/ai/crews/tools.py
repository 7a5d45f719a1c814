"""The base of every crew tool: the agent's allow-list, cancellation and the time limit are
checked before the tool acts, whatever the model asked for. CrewAI swallows exceptions
raised by tools (and retries them), so a tool answers refusals as text and leaves stopping
the run to the next model call."""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from crewai.tools import BaseTool
from pydantic import PrivateAttr

from app.ai.crews.context import RunContext, RunStopped


class GuardedTool(BaseTool):
    _context: RunContext = PrivateAttr()

    def bind(self, context: RunContext) -> GuardedTool:
        self._context = context
        return self

    @property
    def context(self) -> RunContext:
        return self._context

    def _run(self, **kwargs: Any) -> str:
        refusal = self.context.guard.allow_tool(self.name)
        if refusal is not None:
            return refusal
        try:
            self.context.checkpoint()
        except RunStopped as stop:
            return f"STOPPED: {stop}. Do nothing more."
        return self.act(**kwargs)

    @abstractmethod
    def act(self, **kwargs: Any) -> str:
        """What the tool does once the guard let it through."""
