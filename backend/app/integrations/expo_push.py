"""Push notifications through the Expo Push Service: `POST {base}/--/api/v2/push/send` with a
JSON array of at most 100 messages; the answer holds one ticket per message, in order
(`{"status": "ok", "id": ...}` or `{"status": "error", "details": {"error":
"DeviceNotRegistered"}}`). Configured by `INTEGRATIONS__EXPO_ACCESS_TOKEN` (Expo's "enhanced
security for push notifications"); without it every push is recorded in the sandbox."""

from __future__ import annotations

from typing import Any

from app.config import get_settings
from app.integrations.client import ServiceClient, ServiceRequest
from app.integrations.settings import IntegrationsSettings

SERVICE = "expo_push"
MAX_MESSAGES_PER_REQUEST = 100
DEVICE_NOT_REGISTERED = "DeviceNotRegistered"


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.expo_access_token)


def client() -> ServiceClient:
    return ServiceClient(SERVICE, configured=configured(get_settings().integrations))


def send(tokens: list[str], *, title: str, body: str, data: dict[str, Any]) -> ServiceRequest:
    """One request for up to `MAX_MESSAGES_PER_REQUEST` devices."""
    s = get_settings().integrations
    messages = [{"to": token, "title": title, "body": body, "data": data, "sound": "default",
                 "priority": "high", "channelId": "default"} for token in tokens]
    return ServiceRequest("send_push", "POST",
                          f"{s.expo_push_base_url.rstrip('/')}/--/api/v2/push/send",
                          {"Authorization": f"Bearer {s.expo_access_token}",
                           "Accept": "application/json"}, messages)


def unregistered(tokens: list[str], body: Any) -> list[str]:
    """The tokens whose ticket says the app is gone from the device (stop pushing to them)."""
    tickets = body.get("data") if isinstance(body, dict) else None
    if not isinstance(tickets, list):
        return []
    return [token for token, ticket in zip(tokens, tickets, strict=False)
            if isinstance(ticket, dict) and ticket.get("status") == "error"
            and (ticket.get("details") or {}).get("error") == DEVICE_NOT_REGISTERED]
