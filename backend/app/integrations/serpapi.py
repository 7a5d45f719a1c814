"""SerpAPI (`GET https://serpapi.com/search.json`, `api_key` in the query): Google search
(`engine=google`, `organic_results`) and Google Maps (`engine=google_maps`,
`local_results`), in Portuguese, from Brazil."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlencode

from app.config import get_settings
from app.integrations.client import ServiceClient, ServiceRequest
from app.integrations.settings import IntegrationsSettings

SERVICE = "serpapi"
Engine = Literal["google", "google_maps"]


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.serpapi_api_key)


def client() -> ServiceClient:
    return ServiceClient(SERVICE, configured=configured(get_settings().integrations))


def search(engine: Engine, query: str, *, location: str | None = None,
           num: int = 20) -> ServiceRequest:
    s = get_settings().integrations
    params: dict[str, Any] = {"engine": engine, "q": query, "hl": "pt-br", "gl": "br",
                              "api_key": s.serpapi_api_key}
    if engine == "google":
        params["num"] = num
    if location:
        params["location"] = location
    # the key travels in the query: the recorded (sandboxed) URL must not carry it
    return ServiceRequest(f"search_{engine}", "GET",
                          f"{s.serpapi_base_url.rstrip('/')}/search.json?{urlencode(params)}")


def results(engine: Engine, body: Any) -> list[dict[str, Any]]:
    """The places (Maps) or organic results (search) of an answer, as SerpAPI names them."""
    if not isinstance(body, dict):
        return []
    found = body.get("local_results" if engine == "google_maps" else "organic_results")
    return [r for r in found or [] if isinstance(r, dict)]
