"""Errors rendered as RFC 9457 problem+json with a stable `code`.

Expected failures are `AppError` subclasses raised by services; 422 is only
for malformed input. Unexpected exceptions become a 500 problem without
details, logged with the request id, and never take the process down.
"""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.request_context import current_request_id

log = structlog.get_logger(__name__)

PROBLEM_JSON = "application/problem+json"


class FieldError(BaseModel):
    field: str
    message: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details, with our stable `code` and the request id."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str
    request_id: str | None = None
    errors: list[FieldError] | None = None


_DOCUMENTED_PROBLEMS = {
    401: "Not signed in, or the token or API key is invalid or expired",
    403: "Signed in, but the role or key scope does not allow this",
    404: "Not found (also anything of another organization or outside the caller's scope)",
    409: "Conflicts with the current state (e.g. already decided, stale version)",
    422: "Invalid input: `errors` lists each field and what is wrong with it",
    429: "Too many requests: wait for `Retry-After` seconds",
}


def documented_problem(description: str) -> dict[str, Any]:
    """One documented error answer (a problem+json body) for a route's `responses`."""
    return {"model": Problem, "description": description,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def problem_responses() -> dict[int | str, dict[str, Any]]:
    """The error answers every operation may give, for the OpenAPI schema (and so for the
    generated clients). A route's own `responses` entry for a status replaces this one."""
    return {status: documented_problem(description)
            for status, description in _DOCUMENTED_PROBLEMS.items()}


class AppError(Exception):
    status: int = 400
    code: str = "bad_request"
    title: str = "Bad request"

    def __init__(self, detail: str | None = None, *, errors: list[FieldError] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


class NotFound(AppError):
    status, code, title = 404, "not_found", "Not found"


class Unauthorized(AppError):
    status, code, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kwargs)


class Forbidden(AppError):
    status, code, title = 403, "forbidden", "Not allowed"


class Conflict(AppError):
    status, code, title = 409, "conflict", "Conflict"


class ValidationFailed(AppError):
    status, code, title = 422, "validation_error", "Invalid input"

    @classmethod
    def on(cls, field: str, message: str, type_: str = "value_error") -> ValidationFailed:
        return cls(message, errors=[FieldError(field=field, message=message, type=type_)])


class PayloadTooLarge(AppError):
    status, code, title = 413, "payload_too_large", "Payload too large"


class UnsupportedMediaType(AppError):
    status, code, title = 415, "unsupported_media_type", "Unsupported media type"


class RateLimited(AppError):
    status, code, title = 429, "rate_limited", "Too many requests"

    def __init__(self, retry_after: int, detail: str | None = None) -> None:
        super().__init__(detail or f"Try again in {retry_after} s",
                         headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


def problem_response(status: int, code: str, title: str, detail: str | None = None,
                     errors: list[FieldError] | None = None,
                     headers: dict[str, str] | None = None) -> JSONResponse:
    problem = Problem(
        type=f"https://docs.somos.local/problems/{code}", title=title, status=status,
        detail=detail, code=code, request_id=current_request_id(), errors=errors,
    )
    return JSONResponse(problem.model_dump(exclude_none=True), status_code=status,
                        media_type=PROBLEM_JSON, headers=headers)


def _field_path(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or str(loc[0] if loc else "body")


async def _app_error(request: Request, exc: AppError) -> JSONResponse:
    return problem_response(exc.status, exc.code, exc.title, exc.detail, exc.errors, exc.headers)


def _message(text: str) -> str:
    """Pydantic's message without its "Value error, " prefix (a validator's own words)."""
    return text.removeprefix("Value error, ")


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [
        FieldError(field=_field_path(tuple(e.get("loc", ()))),
                   message=_message(e.get("msg", "invalid")), type=e.get("type", "value_error"))
        for e in exc.errors()
    ]
    return problem_response(422, "validation_error", "Invalid input",
                            "One or more fields are invalid", errors)


_HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type"}


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    return problem_response(exc.status_code, code, code.replace("_", " ").capitalize(),
                            str(exc.detail) if exc.detail else None,
                            headers=getattr(exc, "headers", None))


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled_error", path=request.url.path, error_type=type(exc).__name__)
    return problem_response(500, "internal_error", "Internal error",
                            "Something went wrong; quote the request id to support")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unhandled)
