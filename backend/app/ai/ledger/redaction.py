"""Secrets never reach the ledger: API keys, bearer tokens, JWTs and `password=`-style
values are replaced before a prompt or an answer is stored. Personal data may be stored
(the ledger is how a reviewer checks what an agent said to a lead) but never logged."""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(Bearer\s+)[\w.~+/-]+=*", re.I), r"\1[redacted]"),
    (re.compile(r"\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}"), "[redacted-jwt]"),
    (re.compile(r"\b(sk|pk|rk)[-_](?:live[-_]|test[-_]|proj[-_]|ant[-_])?[\w-]{16,}"),
     "[redacted-key]"),
    (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), "[redacted-key]"),
    (re.compile(r"((?:password|passwd|senha|secret|token|api[_-]?key)\"?\s*[:=]\s*\"?)"
                r"[^\s\",;]+", re.I), r"\1[redacted]"),
)


def redact_secrets(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
