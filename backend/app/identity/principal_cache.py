"""A short-lived, per-process cache of resolved callers.

Resolving a token to an Actor reads the user's membership (or the API key) from the
database. Under load that read dominates small requests, so a resolved Actor is kept for
`TTL_SECONDS`. Changes made through this process (role change, deactivation, key
revocation) drop the entry at once; another API replica sees them within TTL_SECONDS.
"""

from __future__ import annotations

import time
import uuid

from app.identity.actor import Actor

TTL_SECONDS = 5.0
MAX_ENTRIES = 10_000

_entries: dict[object, tuple[float, Actor]] = {}


def get(key: object) -> Actor | None:
    hit = _entries.get(key)
    if hit is None:
        return None
    expires, actor = hit
    if expires < time.monotonic():
        _entries.pop(key, None)
        return None
    return actor


def put(key: object, actor: Actor) -> None:
    if len(_entries) >= MAX_ENTRIES:
        _entries.clear()
    _entries[key] = (time.monotonic() + TTL_SECONDS, actor)


def forget_user(user_id: uuid.UUID) -> None:
    for key in [k for k, (_, a) in _entries.items() if a.user_id == user_id]:
        _entries.pop(key, None)


def forget_api_key(api_key_id: uuid.UUID) -> None:
    for key in [k for k, (_, a) in _entries.items() if a.api_key_id == api_key_id]:
        _entries.pop(key, None)

