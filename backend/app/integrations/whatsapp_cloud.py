"""WhatsApp Cloud API (Meta Graph API): `POST /{version}/{phone_number_id}/messages` with a
bearer token. Free text only inside the 24-hour window the customer opened; a first contact
(or any message outside the window) must be an approved template."""

from __future__ import annotations

from typing import Any

from app.config import get_settings
from app.integrations.client import ServiceClient, ServiceRequest
from app.integrations.settings import IntegrationsSettings

SERVICE = "whatsapp_cloud"


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.whatsapp_cloud_token and s.whatsapp_cloud_phone_number_id)


def client() -> ServiceClient:
    return ServiceClient(SERVICE, configured=configured(get_settings().integrations))


def _messages(operation: str, body: dict[str, Any]) -> ServiceRequest:
    s = get_settings().integrations
    url = (f"{s.whatsapp_cloud_base_url.rstrip('/')}/{s.whatsapp_cloud_api_version}/"
           f"{s.whatsapp_cloud_phone_number_id or 'sandbox'}/messages")
    headers = {"Authorization": f"Bearer {s.whatsapp_cloud_token}"}
    return ServiceRequest(operation, "POST", url, headers,
                          {"messaging_product": "whatsapp", "recipient_type": "individual",
                           **body})


def send_text(number: str, text: str) -> ServiceRequest:
    return _messages("send_text", {"to": number, "type": "text",
                                   "text": {"preview_url": False, "body": text}})


def send_template(number: str, *, template: str, language: str,
                  parameters: list[str]) -> ServiceRequest:
    components = ([{"type": "body",
                    "parameters": [{"type": "text", "text": p} for p in parameters]}]
                  if parameters else [])
    return _messages("send_template", {"to": number, "type": "template", "template": {
        "name": template, "language": {"code": language}, "components": components}})


def message_id(body: Any) -> str | None:
    messages = body.get("messages") if isinstance(body, dict) else None
    return messages[0].get("id") if messages else None
