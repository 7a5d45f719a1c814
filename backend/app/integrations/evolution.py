"""WhatsApp through Evolution API v2 (self-hosted): `apikey` header, one instance.

    POST {base}/message/sendText/{instance}   {"number", "text"}
    POST {base}/message/sendMedia/{instance}  {"number", "mediatype", "mimetype", "media",
                                               "fileName", "caption"}
    GET  {base}/instance/connectionState/{instance} -> {"instance": {"state": "open"}}
"""

from __future__ import annotations

from typing import Any

from app.config import get_settings
from app.integrations.client import ServiceClient, ServiceRequest
from app.integrations.settings import IntegrationsSettings

SERVICE = "evolution"


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.evolution_base_url and s.evolution_api_key and s.evolution_instance)


def client() -> ServiceClient:
    return ServiceClient(SERVICE, configured=configured(get_settings().integrations))


def _request(operation: str, method: str, path: str,
             body: dict[str, Any] | None = None) -> ServiceRequest:
    s = get_settings().integrations
    base = s.evolution_base_url.rstrip("/") or "http://evolution.sandbox"
    instance = s.evolution_instance or "sandbox"
    return ServiceRequest(operation, method, f"{base}{path}/{instance}",
                          {"apikey": s.evolution_api_key}, body)


def send_text(number: str, text: str) -> ServiceRequest:
    return _request("send_text", "POST", "/message/sendText", {"number": number, "text": text})


def send_media(number: str, *, media_url: str, mediatype: str, mimetype: str, file_name: str,
               caption: str = "") -> ServiceRequest:
    return _request("send_media", "POST", "/message/sendMedia", {
        "number": number, "mediatype": mediatype, "mimetype": mimetype, "media": media_url,
        "fileName": file_name, "caption": caption})


def connection_state() -> ServiceRequest:
    return _request("connection_state", "GET", "/instance/connectionState")


def message_id(body: Any) -> str | None:
    """The sent message's id (`key.id`), echoed as `keyId` in delivery acks."""
    key = body.get("key") if isinstance(body, dict) else None
    return key.get("id") if isinstance(key, dict) else None
