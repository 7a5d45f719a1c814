"""E-mail over SMTP, the fallback when Resend fails: smtplib in a worker thread (one short
session per message), behind its own circuit breaker."""

from __future__ import annotations

import asyncio
import smtplib
import time
from email.message import EmailMessage

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core.breaker import CircuitBreaker
from app.integrations import status
from app.integrations.client import (
    CallResult,
    IntegrationError,
    Origin,
    ServiceRequest,
    record_sandbox,
)
from app.integrations.settings import IntegrationsSettings

SERVICE = "smtp"
log = structlog.get_logger("app.integrations")


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.smtp_host)


def _message(request: ServiceRequest) -> EmailMessage:
    body = request.json or {}
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = body["from"], body["to"], body["subject"]
    message["Message-ID"] = f"<{request.headers['Idempotency-Key']}@somos>"
    message.set_content(body["text"])
    if body.get("html"):
        message.add_alternative(body["html"], subtype="html")
    return message


def _deliver(message: EmailMessage) -> None:
    s = get_settings().integrations
    with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.timeout_for(SERVICE)) as smtp:
        if s.smtp_starttls:
            smtp.starttls()
        if s.smtp_username:
            smtp.login(s.smtp_username, s.smtp_password)
        smtp.send_message(message)


def send_email(*, to: str, subject: str, text: str, html: str | None,
               message_key: str) -> ServiceRequest:
    s = get_settings().integrations
    return ServiceRequest("send_email", "SMTP", f"smtp://{s.smtp_host or 'sandbox'}:{s.smtp_port}",
                          {"Idempotency-Key": message_key},
                          {"from": s.email_from, "to": to, "subject": subject, "text": text,
                           "html": html})


async def call(session: AsyncSession, request: ServiceRequest, origin: Origin) -> CallResult:
    if origin.sandbox or not configured(get_settings().integrations):
        return await record_sandbox(session, SERVICE, request, origin)
    breaker = CircuitBreaker(f"integration:{SERVICE}")
    await breaker.before_call()
    started = time.perf_counter()
    message = _message(request)
    try:
        await asyncio.to_thread(_deliver, message)
    except (OSError, smtplib.SMTPException) as exc:
        await breaker.record_failure()
        await status.record(SERVICE, ok=False)
        _log(type(exc).__name__, started)
        raise IntegrationError(SERVICE, request.operation, type(exc).__name__,
                               transient=True) from exc
    await breaker.record_success()
    await status.record(SERVICE, ok=True)
    _log("sent", started)
    return CallResult(250, {"id": message["Message-ID"]})


def _log(outcome: str, started: float) -> None:
    log.info("integration.call", service=SERVICE, operation="send_email", status=outcome,
             attempt=1, sandbox=False, latency_ms=round((time.perf_counter() - started) * 1000, 1))
