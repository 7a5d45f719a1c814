"""E-mail through Resend: `POST https://api.resend.com/emails` with a bearer key and an
`Idempotency-Key`, so a retried send is delivered once."""

from __future__ import annotations

from typing import Any

from app.config import get_settings
from app.integrations.client import ServiceClient, ServiceRequest
from app.integrations.settings import IntegrationsSettings

SERVICE = "resend"


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.resend_api_key)


def client() -> ServiceClient:
    return ServiceClient(SERVICE, configured=configured(get_settings().integrations))


def send_email(*, to: str, subject: str, text: str, html: str | None,
               idempotency_key: str) -> ServiceRequest:
    s = get_settings().integrations
    body: dict[str, Any] = {"from": s.email_from, "to": [to], "subject": subject, "text": text}
    if html is not None:
        body["html"] = html
    return ServiceRequest("send_email", "POST", f"{s.resend_base_url.rstrip('/')}/emails",
                          {"Authorization": f"Bearer {s.resend_api_key}",
                           "Idempotency-Key": idempotency_key}, body)


def received_email(email_id: str) -> ServiceRequest:
    """Inbound mail's content (`text`, `html`): webhooks carry only its metadata."""
    s = get_settings().integrations
    return ServiceRequest("get_received_email", "GET",
                          f"{s.resend_base_url.rstrip('/')}/emails/receiving/{email_id}",
                          {"Authorization": f"Bearer {s.resend_api_key}"})


def message_id(body: Any) -> str | None:
    return body.get("id") if isinstance(body, dict) else None
