"""Integrations routes: the sandbox outbox (under /api/v1), `/health/integrations`, and the
inbound webhooks at the paths the providers are configured with (`/webhook/...`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel

from app.config import get_settings
from app.core.db import DbSession
from app.core.errors import Forbidden
from app.core.pagination import Page, PageParams, page_response
from app.identity.actor import Actor
from app.identity.deps import Public, Require
from app.identity.roles import Permission
from app.integrations.client import close_http
from app.integrations.health import integrations_health, refuse_sandbox_in_production
from app.integrations.repository import IntegrationsRepository, SandboxFilter
from app.integrations.schemas import IntegrationsHealth, SandboxRequestRead
from app.integrations.webhooks import evolution, meta, resend
from app.integrations.webhooks.base import WebhookSource
from app.integrations.webhooks.receive import receive


@asynccontextmanager
async def _lifespan(_: FastAPI) -> AsyncIterator[None]:
    refuse_sandbox_in_production(get_settings())
    yield
    await close_http()


api_router = APIRouter(prefix="/integrations", tags=["integrations"])
router = APIRouter(lifespan=_lifespan)


class WebhookAck(BaseModel):
    status: Literal["accepted", "duplicate", "ignored"]


@api_router.get("/sandbox", response_model=Page[SandboxRequestRead],
                operation_id="integrations:list_sandbox",
                summary="Requests recorded instead of sent (sandbox mode), newest first",
                description="What each adapter would have sent (method, URL, headers with "
                            "secrets masked, JSON body) and the caller's context (run, lead).")
async def list_sandbox(
    session: DbSession,
    service: str | None = Query(None, max_length=40),
    operation: str | None = Query(None, max_length=60),
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(50, ge=1, le=200),
    cursor: str | None = None,
    actor: Actor = Require(Permission.AGENTS_READ),
) -> Response:
    rows, next_cursor = await IntegrationsRepository(session).sandbox_page(
        actor.organization_id, SandboxFilter(service, operation, since, until),
        PageParams(limit, cursor))
    return page_response(rows, next_cursor)


@router.get("/health/integrations", response_model=IntegrationsHealth,
            operation_id="health:integrations",
            summary="Each outside service: live, sandbox (no credentials) or down")
async def health(_: Actor = Require(Permission.ADMIN_READ)) -> JSONResponse:
    report = await integrations_health()
    return JSONResponse(report.model_dump(), headers={"Cache-Control": "no-store"})


async def _receive(session: DbSession, request: Request, source: WebhookSource) -> WebhookAck:
    return WebhookAck(status=await receive(session, source, request.headers,
                                           await request.body()))


@router.post("/webhook/whatsapp", response_model=WebhookAck, operation_id="webhooks:evolution",
             summary="Evolution API events (messages, delivery acks)")
async def evolution_webhook(request: Request, session: DbSession,
                            _: None = Public("Evolution API; bearer token checked")
                            ) -> WebhookAck:
    return await _receive(session, request, evolution.SOURCE)


@router.get("/webhook/whatsapp/cloud", response_class=PlainTextResponse,
            operation_id="webhooks:whatsapp_cloud_subscribe",
            summary="Meta's subscription handshake (hub.challenge)")
async def whatsapp_cloud_subscribe(
    mode: str | None = Query(None, alias="hub.mode"),
    token: str | None = Query(None, alias="hub.verify_token"),
    challenge: str = Query("", alias="hub.challenge", max_length=200),
    _: None = Public("Meta handshake; verify token checked"),
) -> PlainTextResponse:
    if not meta.verify_subscription(mode, token):
        raise Forbidden("Verify token does not match")
    return PlainTextResponse(challenge)


@router.post("/webhook/whatsapp/cloud", response_model=WebhookAck,
             operation_id="webhooks:whatsapp_cloud",
             summary="WhatsApp Cloud API events (messages, statuses)")
async def whatsapp_cloud_webhook(request: Request, session: DbSession,
                                 _: None = Public("Meta; X-Hub-Signature-256 checked")
                                 ) -> WebhookAck:
    return await _receive(session, request, meta.SOURCE)


@router.post("/webhook/email", response_model=WebhookAck, operation_id="webhooks:resend",
             summary="Resend events (delivery, bounces, opens, clicks, inbound mail)")
async def resend_webhook(request: Request, session: DbSession,
                         _: None = Public("Resend; Svix signature checked")) -> WebhookAck:
    return await _receive(session, request, resend.SOURCE)
