"""structlog configured for one JSON object per line, with the request id in every line,
and sensitive values (tokens, passwords, keys, e-mails, phones, CPF) redacted."""

from __future__ import annotations

import logging
import re
import sys
from typing import Any

import structlog

from app.core.request_context import request_info

SENSITIVE_KEYS = re.compile(
    r"(pass(word)?|secret|token|authorization|api[_-]?key|cookie|cpf|email|phone)", re.I
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CPF = re.compile(r"\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b")
PHONE = re.compile(r"\+?\b55\d{10,11}\b")
BEARER = re.compile(r"(Bearer\s+)[\w.~+/-]+=*", re.I)


def _scrub_text(text: str) -> str:
    text = BEARER.sub(r"\1[redacted]", text)
    text = EMAIL.sub("[email]", text)
    text = CPF.sub("[cpf]", text)
    return PHONE.sub("[phone]", text)


def _scrub(value: Any, key: str = "") -> Any:
    if key and SENSITIVE_KEYS.search(key):
        return "[redacted]"
    if isinstance(value, dict):
        return {k: _scrub(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    if isinstance(value, str):
        return _scrub_text(value)
    return value


def redact(_: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if k in ("timestamp", "level") else _scrub(v, k)) for k, v in event_dict.items()}


def add_request_id(_: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    rid = request_info().request_id
    if rid and "request_id" not in event_dict:
        event_dict["request_id"] = rid
    return event_dict


class _StdoutHandler(logging.StreamHandler):
    """A stream handler that always writes to the current sys.stdout (so a replaced and
    closed stdout, as under test capture, never breaks logging)."""

    @property
    def stream(self):  # type: ignore[override]
        return sys.stdout

    @stream.setter
    def stream(self, _value) -> None:
        pass


def configure_logging(level: str = "INFO") -> None:
    shared = [
        structlog.contextvars.merge_contextvars,
        add_request_id,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info,
        redact,
    ]
    structlog.configure(
        processors=[*shared, structlog.processors.JSONRenderer()],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        # no fixed file: each logger writes to the sys.stdout of the moment it is made
        logger_factory=structlog.PrintLoggerFactory(),
        cache_logger_on_first_use=False,
    )
    handler = _StdoutHandler()
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.JSONRenderer()],
        foreign_pre_chain=[*shared],
    ))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level)
    for noisy in ("uvicorn.access",):
        logging.getLogger(noisy).setLevel(logging.WARNING)
