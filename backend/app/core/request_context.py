"""Per-request context (request id, client ip, user agent) shared with logs and the audit log."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestInfo:
    request_id: str | None = None
    ip: str | None = None
    user_agent: str | None = None


_current: ContextVar[RequestInfo] = ContextVar("request_info", default=RequestInfo())  # noqa: B039 - frozen


def set_request_info(info: RequestInfo) -> None:
    _current.set(info)


def request_info() -> RequestInfo:
    return _current.get()


def current_request_id() -> str | None:
    return _current.get().request_id
