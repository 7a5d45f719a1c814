"""Small text helpers shared by the offline writers and rules."""

from __future__ import annotations

import re
import unicodedata

from app.ai.types import LLMRequest

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇ0-9\"'(])")


def fold(text: str) -> str:
    """Lower case without accents, so rules match "nao", "não" and "NÃO" alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def source_text(request: LLMRequest) -> str:
    """The text to work on: `facts["text"]`, else the last user message."""
    if isinstance(request.facts.get("text"), str):
        return request.facts["text"]
    users = [m.content for m in request.messages if m.role == "user"]
    return users[-1] if users else ""


def first_fact(facts: dict, *names: str, default: str = "") -> str:
    for name in names:
        value = facts.get(name)
        if value not in (None, "", [], {}):
            return str(value)
    return default
