"""Which providers a message goes through, in order: the seed's "Tabela de Fallbacks"
(WhatsApp: Evolution, or the Cloud API when only it is configured; e-mail: Resend, then
SMTP). A route is one provider with the exact request it would send."""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.integrations import evolution, resend, smtp, whatsapp_cloud
from app.integrations.client import CallResult, Origin, ServiceRequest

Channel = Literal["whatsapp", "email"]
Caller = Callable[[AsyncSession, ServiceRequest, Origin], Awaitable[CallResult]]


@dataclass(frozen=True)
class Route:
    channel: Channel
    provider: str
    recipient: str
    call: Caller
    request: ServiceRequest
    message_id: Callable[[Any], str | None]  # where the provider's answer names the message


def normalize_phone(value: str) -> str:
    """Digits only, with Brazil's country code when a local number (10-11 digits) is given."""
    digits = re.sub(r"\D", "", value.split("@", 1)[0])
    return f"55{digits}" if len(digits) in (10, 11) else digits


def whatsapp_text(number: str, text: str) -> Route:
    evo, cloud = evolution.client(), whatsapp_cloud.client()
    if cloud.configured and not evo.configured:
        return Route("whatsapp", cloud.service, number, cloud.call,
                     whatsapp_cloud.send_text(number, text), whatsapp_cloud.message_id)
    return Route("whatsapp", evo.service, number, evo.call, evolution.send_text(number, text),
                 evolution.message_id)


def whatsapp_media(number: str, **media: str) -> Route:
    return Route("whatsapp", evolution.SERVICE, number, evolution.client().call,
                 evolution.send_media(number, **media), evolution.message_id)


def whatsapp_template(number: str, *, template: str, language: str,
                      parameters: list[str]) -> Route:
    return Route("whatsapp", whatsapp_cloud.SERVICE, number, whatsapp_cloud.client().call,
                 whatsapp_cloud.send_template(number, template=template, language=language,
                                              parameters=parameters),
                 whatsapp_cloud.message_id)


def email(to: str, subject: str, text: str, html: str | None, key: uuid.UUID) -> list[Route]:
    """Resend then SMTP; `key` (the outgoing message's id) makes a retried send one mail."""
    via_smtp = Route("email", smtp.SERVICE, to, smtp.call,
                     smtp.send_email(to=to, subject=subject, text=text, html=html,
                                     message_key=str(key)), resend.message_id)
    api, smtp_configured = resend.client(), smtp.configured(get_settings().integrations)
    if not api.configured and smtp_configured:
        return [via_smtp]
    via_resend = Route("email", api.service, to, api.call,
                       resend.send_email(to=to, subject=subject, text=text, html=html,
                                         idempotency_key=str(key)), resend.message_id)
    return [via_resend, via_smtp] if smtp_configured else [via_resend]
