"""What the integrations layer gives back to its callers and shows through the API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

DeliveryStatus = Literal["sent", "sandboxed", "queued", "failed"]
ServiceState = Literal["live", "sandbox", "down"]


class Delivery(BaseModel):
    """The outcome of one send: `sandboxed` means recorded in the sandbox outbox, not sent;
    `queued` (e-mail only) means every provider was down and it will be retried."""

    id: uuid.UUID
    channel: Literal["whatsapp", "email"]
    provider: str
    status: DeliveryStatus
    external_id: str | None = None
    to: str
    error: str | None = None
    sandbox: bool = False


class PushResult(BaseModel):
    """The outcome of one push to a user's devices: `unregistered` lists the tokens Expo
    says are gone (the app was uninstalled): stop pushing to them."""

    devices: int
    status: Literal["sent", "sandboxed", "failed"]
    unregistered: list[str] = []
    error: str | None = None


class SandboxRequestRead(BaseModel):
    id: uuid.UUID
    service: str
    operation: str
    request: dict[str, Any]
    context: dict[str, Any]
    created_at: datetime


class ServiceHealth(BaseModel):
    status: ServiceState
    breaker: str
    detail: str | None = None


class IntegrationsHealth(BaseModel):
    services: dict[str, ServiceHealth]
