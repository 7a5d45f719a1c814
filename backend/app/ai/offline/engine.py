"""The offline provider: dispatches on `request.task` to the writers and rules."""

from __future__ import annotations

import json

from app.ai.offline import writing
from app.ai.offline.classify import classify
from app.ai.offline.extract import extract
from app.ai.offline.text import source_text
from app.ai.providers.base import ProviderReply
from app.ai.types import LLMRequest, TaskKind

OFFLINE_MARK = "[offline: texto gerado por regras a partir dos dados, sem modelo de IA]"


def _with_mark(text: str) -> str:
    return f"{text}\n\n{OFFLINE_MARK}"


def answer(request: LLMRequest) -> str:
    facts = request.facts
    match request.task:
        case TaskKind.classify:
            return classify(source_text(request), [str(x) for x in facts.get("labels", [])])
        case TaskKind.extract:
            return json.dumps(extract(source_text(request)), ensure_ascii=False)
        case TaskKind.message:
            return _with_mark(writing.message(facts))
        case TaskKind.reason:
            return _with_mark(writing.reason(facts))
        case TaskKind.summary:
            return _with_mark(writing.summary(source_text(request), facts))
        case TaskKind.agent_step:
            return _with_mark(writing.agent_step(source_text(request), facts))
        case _:
            return _with_mark(writing.draft(facts))


class OfflineProvider:
    """Consumes no tokens and costs nothing: the ledger records 0 for both."""

    name = "offline"

    async def complete(self, model_id: str, request: LLMRequest) -> ProviderReply:
        return ProviderReply(answer(request), 0, 0)
