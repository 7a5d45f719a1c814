"""Masking for what leaves our hands: secrets in recorded headers, contacts in logs."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SECRET_HEADERS = frozenset({"apikey", "authorization", "x-api-key", "api-key"})
SECRET_BODY_KEYS = frozenset({"apikey", "api_key", "token", "access_token", "password"})
SECRET_QUERY_KEYS = frozenset({"api_key", "apikey", "key", "token", "access_token"})


def mask_url(url: str) -> str:
    """The URL with secret query parameters (SerpAPI's `api_key`) masked."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(k, "***" if k.lower() in SECRET_QUERY_KEYS else v)
             for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def mask_headers(headers: dict[str, str]) -> dict[str, str]:
    return {name: ("***" if name.lower() in SECRET_HEADERS else value)
            for name, value in headers.items()}


def strip_secrets(value: object) -> object:
    """A JSON value with every secret-named key removed (Evolution sends the instance apikey
    in each webhook body)."""
    if isinstance(value, dict):
        return {k: strip_secrets(v) for k, v in value.items()
                if str(k).lower() not in SECRET_BODY_KEYS}
    if isinstance(value, list):
        return [strip_secrets(v) for v in value]
    return value


def mask_contact(value: str) -> str:
    """`55******4321` / `a***@example.com`: enough to tell two apart, not to reach anyone."""
    if "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain.rsplit('.', 1)[-1]}"
    digits = re.sub(r"\D", "", value)
    return f"{digits[:2]}***{digits[-2:]}" if len(digits) > 4 else "***"
