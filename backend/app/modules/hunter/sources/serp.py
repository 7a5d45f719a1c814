"""Google Maps places and Google results through SerpAPI (sandbox without a key: the request
is recorded, nothing found)."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession

from app.integrations import research
from app.modules.hunter.schemas.candidates import Candidate
from app.modules.hunter.schemas.searches import SerpApiSource
from app.modules.hunter.sources.base import Found

# "Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100"
_CITY_STATE = re.compile(r"([^,]+?)\s*-\s*([A-Z]{2})(?:,|\s*$)")


def _place(place: dict[str, Any], source: str) -> Candidate | None:
    name = str(place.get("title") or "").strip()
    if not name:
        return None
    where = _CITY_STATE.search(str(place.get("address") or ""))
    website = place.get("website") or place.get("link")
    return Candidate(
        name=name[:200], source=source, website=website,
        domain=urlsplit(website).hostname if website else None,
        phones=[place["phone"]] if place.get("phone") else [],
        city=where.group(1).strip() if where else None,
        state=where.group(2) if where else None,
        industry=place.get("type"), description=place.get("snippet") or place.get("description"))


async def find(session: AsyncSession, organization_id: uuid.UUID, spec: SerpApiSource,
               limit: int, context: dict) -> Found:
    source = f"serpapi:{spec.engine}"
    lookup = await research.search_places(session, organization_id=organization_id,
                                          query=spec.query, location=spec.location,
                                          engine=spec.engine, context=context)
    candidates = [c for c in (_place(p, source) for p in lookup.results) if c][:limit]
    return Found(source, candidates, lookup.cost_usd, lookup.sandboxed, lookup.error)
