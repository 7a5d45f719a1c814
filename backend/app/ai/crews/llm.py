"""The LLM router as a CrewAI LLM. CrewAI calls `call()` synchronously from the crew's
thread; the router's coroutine runs on the worker's event loop (its database sessions and
Redis client belong there), bridged by `RunContext.on_loop`. Each call first checks the
run's cancellation and time limit, so a cancelled or late run stops at its next step."""

from __future__ import annotations

from typing import Any

from crewai.llms.base_llm import BaseLLM
from pydantic import PrivateAttr

from app.ai import router
from app.ai.crews.context import RunContext
from app.ai.types import LLMRequest, Message, TaskKind

_ROLES = {"system", "user", "assistant"}


def to_messages(messages: str | list[dict[str, Any]]) -> list[Message]:
    if isinstance(messages, str):
        return [Message("user", messages)]
    converted = []
    for message in messages:
        role = message.get("role", "user")
        content = message.get("content") or ""
        if not isinstance(content, str):  # multimodal parts: keep the text ones
            content = "\n".join(part.get("text", "") for part in content
                                if isinstance(part, dict))
        converted.append(Message(role if role in _ROLES else "user", content))
    return converted


class RouterLLM(BaseLLM):
    llm_type: str = "router"
    _context: RunContext = PrivateAttr()

    @classmethod
    def for_run(cls, context: RunContext) -> RouterLLM:
        llm = cls(model=f"router:{context.run.agent}", provider="router")
        llm._context = context
        return llm

    def call(self, messages: str | list[dict[str, Any]], tools: list[dict] | None = None,
             callbacks: list[Any] | None = None,
             available_functions: dict[str, Any] | None = None, from_task: Any = None,
             from_agent: Any = None, response_model: Any = None) -> str:
        context = self._context
        context.checkpoint()
        request = LLMRequest(
            organization_id=context.run.organization_id, agent=context.run.agent,
            messages=to_messages(messages), task=TaskKind.agent_step,
            facts=context.run.input, run_id=context.run.id, trigger=context.trigger,
            stop=list(self.stop), use_cache=False)
        completion = context.on_loop(router.complete(request))
        return completion.text

    def supports_stop_words(self) -> bool:
        return True

    def get_context_window_size(self) -> int:
        return 32_000
