"""Sending through the outside channels: the interface agents and modules use.

    delivery = await integrations.send_whatsapp_text(
        session, organization_id=org_id, to="5511987654321", text="Oi, Ana!",
        sandbox=agent_in_sandbox, context={"run_id": str(run.id), "lead_id": str(lead.id)})

Each send walks a chain of providers (see routes): WhatsApp goes through Evolution (or the
Cloud API when only it is configured) and, only when the caller passes `fallback_email`,
falls back to e-mail; e-mail goes through Resend, then SMTP, and is `queued` for a later
retry when both are down. A provider without credentials, or `sandbox=True`, records the
request in the sandbox outbox instead of sending it (`status="sandboxed"`). Every send is an
`integrations_outbound_message` row, which delivery webhooks update later. Nothing is
committed here: the caller's unit of work does it.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.breaker import BreakerOpen
from app.core.privacy import ERASED
from app.integrations import expo_push, outbound, routes
from app.integrations.client import IntegrationError, Origin
from app.integrations.models import SandboxRequest
from app.integrations.routes import normalize_phone
from app.integrations.schemas import Delivery, PushResult

__all__ = ["Delivery", "PushResult", "erase_messages", "normalize_phone", "send_email",
           "send_push", "send_whatsapp_media", "send_whatsapp_template", "send_whatsapp_text"]


async def send_whatsapp_text(session: AsyncSession, *, organization_id: uuid.UUID, to: str,
                             text: str, sandbox: bool = False,
                             context: dict[str, Any] | None = None,
                             fallback_email: str | None = None,
                             fallback_subject: str = "Mensagem") -> Delivery:
    """A free-text WhatsApp message, only inside a conversation the lead opened in the last
    24 hours (outside it the Cloud API refuses it with error 131047: open the conversation
    with `send_whatsapp_template`). With `fallback_email`, a WhatsApp failure sends the same
    text by e-mail instead."""
    message_id = uuid.uuid4()
    chain = [routes.whatsapp_text(normalize_phone(to), text)]
    if fallback_email:
        chain += routes.email(fallback_email.strip(), fallback_subject, text, None, message_id)
    return await outbound.send(session, Origin(organization_id, sandbox, context or {}), chain,
                               message_id=message_id, content={"text": text})


async def send_whatsapp_media(session: AsyncSession, *, organization_id: uuid.UUID, to: str,
                              media_url: str, mediatype: Literal["image", "video", "document"],
                              mimetype: str, file_name: str, caption: str = "",
                              sandbox: bool = False,
                              context: dict[str, Any] | None = None) -> Delivery:
    route = routes.whatsapp_media(normalize_phone(to), media_url=media_url, mediatype=mediatype,
                                  mimetype=mimetype, file_name=file_name, caption=caption)
    return await outbound.send(session, Origin(organization_id, sandbox, context or {}),
                               [route], content={"media_url": media_url, "caption": caption})


async def send_whatsapp_template(session: AsyncSession, *, organization_id: uuid.UUID, to: str,
                                 template: str, language: str = "pt_BR",
                                 parameters: list[str] | None = None, sandbox: bool = False,
                                 context: dict[str, Any] | None = None) -> Delivery:
    """An approved template through the official Cloud API: the only way to open a
    conversation (a first contact, or anyone outside the 24-hour window)."""
    route = routes.whatsapp_template(normalize_phone(to), template=template, language=language,
                                     parameters=parameters or [])
    return await outbound.send(session, Origin(organization_id, sandbox, context or {}),
                               [route], content={"template": template,
                                                 "parameters": parameters or []})


async def send_email(session: AsyncSession, *, organization_id: uuid.UUID, to: str,
                     subject: str, text: str, html: str | None = None, sandbox: bool = False,
                     context: dict[str, Any] | None = None) -> Delivery:
    message_id = uuid.uuid4()
    return await outbound.send(
        session, Origin(organization_id, sandbox, context or {}),
        routes.email(to.strip(), subject, text, html, message_id), message_id=message_id,
        content={"subject": subject, "text": text, "html": html}, queue_when_down=True)


async def send_push(session: AsyncSession, *, organization_id: uuid.UUID, tokens: list[str],
                    title: str, body: str, data: dict[str, Any] | None = None,
                    sandbox: bool = False, context: dict[str, Any] | None = None
                    ) -> PushResult:
    """A push notification to the Expo push tokens of one user's devices (in batches of 100).
    Failures are reported, never raised: a push is a courtesy next to the notification row."""
    client, origin = expo_push.client(), Origin(organization_id, sandbox, context or {})
    result = PushResult(devices=len(tokens), status="sent")
    for start in range(0, len(tokens), expo_push.MAX_MESSAGES_PER_REQUEST):
        batch = tokens[start:start + expo_push.MAX_MESSAGES_PER_REQUEST]
        request = expo_push.send(batch, title=title, body=body, data=data or {})
        try:
            answer = await client.call(session, request, origin)
        except (IntegrationError, BreakerOpen) as exc:
            return result.model_copy(update={"status": "failed", "error": str(exc)})
        if answer.sandboxed:
            result.status = "sandboxed"
        result.unregistered += expo_push.unregistered(batch, answer.body)
    return result


async def erase_messages(session: AsyncSession, *, organization_id: uuid.UUID,
                         message_ids: list[uuid.UUID]) -> int:
    """LGPD erasure: these sent messages keep their status and provider ids (the record that
    something was sent), but lose their recipient and content, and so do the sandbox's
    copies of them. Returns how many were erased."""
    erased = 0
    for message in await outbound.of_ids(session, organization_id, message_ids):
        message.recipient, message.content = ERASED, {}
        if message.sandbox_request_id is not None:
            request = await session.get(SandboxRequest, message.sandbox_request_id)
            if request is not None:
                request.request = {"erased": True}
        erased += 1
    return erased
