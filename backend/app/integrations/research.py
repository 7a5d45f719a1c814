"""Looking prospects up outside: what the hunter's sources call.

    found = await research.search_places(session, organization_id=org, query="agência de
                                         publicidade", location="São Paulo, SP")
    data = await research.lookup_cnpj(session, organization_id=org, cnpj="11222333000181")
    page = await research.fetch_page("https://agencia.example/contato")

SerpAPI without a key and CNPJ data without a base URL are in sandbox mode: the request is
recorded in the sandbox outbox and the answer is empty with `sandboxed=True`. A failure is
reported in `error` (the breaker keeps a dead service from slowing every search); lookups
retry once at most, since a search can do without one enrichment. Nothing is committed here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core.breaker import BreakerOpen
from app.integrations import cnpj_data, serpapi, web_page
from app.integrations.client import IntegrationError, Origin, ServiceClient, ServiceRequest
from app.integrations.web_page import Page, PageRefused

__all__ = ["Lookup", "Page", "PageRefused", "fetch_page", "lookup_cnpj", "search_places"]


@dataclass(frozen=True)
class Lookup:
    results: list[dict[str, Any]] = field(default_factory=list)
    sandboxed: bool = False
    error: str | None = None
    cost_usd: Decimal = Decimal(0)


async def _call(session: AsyncSession, client: ServiceClient, request: ServiceRequest,
                origin: Origin) -> tuple[Any, bool, str | None]:
    if not client.configured:
        await client.call(session, request, origin)  # recorded in the sandbox outbox
        return None, True, None
    try:
        return (await client.send(request, max_retries=1)).body, False, None
    except BreakerOpen:
        return None, False, f"{client.service} is failing; skipped for now"
    except IntegrationError as exc:
        return None, False, str(exc)


async def search_places(session: AsyncSession, *, organization_id: uuid.UUID, query: str,
                        location: str | None = None, engine: serpapi.Engine = "google_maps",
                        context: dict[str, Any] | None = None) -> Lookup:
    """Google Maps places (or Google results) for `query`, as SerpAPI gives them."""
    request = serpapi.search(engine, query, location=location)
    body, sandboxed, error = await _call(session, serpapi.client(), request,
                                         Origin(organization_id, False, context or {}))
    cost = (Decimal(0) if sandboxed or error
            else Decimal(str(get_settings().integrations.serpapi_cost_usd)))
    return Lookup(serpapi.results(engine, body), sandboxed, error, cost)


async def lookup_cnpj(session: AsyncSession, *, organization_id: uuid.UUID, cnpj: str,
                      context: dict[str, Any] | None = None) -> Lookup:
    """The company registered under `cnpj` (14 digits), as company fields."""
    body, sandboxed, error = await _call(session, cnpj_data.client(), cnpj_data.lookup(cnpj),
                                         Origin(organization_id, False, context or {}))
    found = cnpj_data.company(body)
    return Lookup([found] if found else [], sandboxed, error)


async def fetch_page(url: str) -> Page:
    """The page's title, description, visible text and links (PageRefused when it cannot
    be read)."""
    return await web_page.fetch(url)
