"""Route guards: every route declares who may call it.

    actor: Actor = Require(Permission.CRM_WRITE)   # authenticated + permission
    _: None = Public("health probes")              # explicitly open

`tests/identity/test_route_permissions.py` walks the route table and fails on
any route that declares neither.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core import ratelimit
from app.core.audit.models import ActorType
from app.core.db import get_sessionmaker
from app.core.errors import Forbidden, Unauthorized
from app.core.redis import get_redis
from app.identity import api_keys, principal_cache, tokens
from app.identity.actor import Actor
from app.identity.repository import IdentityRepository
from app.identity.roles import Permission, Role, permissions_for

ROUTE_GUARD_ATTR = "__route_guard__"
_api_limiter = ratelimit.LeasedLimiter()
_API_KEY_TOUCH_SECONDS = 60


def bearer_from(headers: Any) -> str | None:
    api_key = headers.get("x-api-key")
    if api_key:
        return api_key.strip()
    auth = headers.get("authorization") or ""
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def _principal_key(token: str) -> tuple:
    """The principal cache's key of a credential: checking it costs no I/O (a verified
    access token is remembered; an API key is only hashed). 401 for a malformed one."""
    if api_keys.is_api_key(token):
        parts = api_keys.split(token)
        if parts is None:
            raise Unauthorized("Invalid API key")
        prefix, secret = parts
        return ("api_key", prefix, api_keys.digest(secret))
    claims = tokens.decode_access(token)
    return ("user", claims.user_id, claims.organization_id)


async def _user_actor(session: AsyncSession, user_id: uuid.UUID,
                      organization_id: uuid.UUID) -> Actor:
    found = await IdentityRepository(session).active_principal(user_id, organization_id)
    if found is None:
        raise Unauthorized("Account disabled or membership removed")
    user, membership = found
    return Actor(ActorType.user, membership.organization_id, membership.role,
                 permissions_for(membership.role), user_id=user.id,
                 client_company_id=membership.client_company_id, email=user.email)


async def _api_key_actor(session: AsyncSession, key: str) -> Actor:
    prefix, secret = api_keys.split(key) or ("", "")
    now = datetime.now(UTC)
    repo = IdentityRepository(session)
    record = await repo.api_key_by_prefix(prefix)
    if (record is None or not api_keys.matches(secret, record.secret_hash)
            or record.revoked_at is not None
            or (record.expires_at is not None and record.expires_at <= now)):
        raise Unauthorized("Invalid, expired or revoked API key")
    if await get_redis().set(f"apikey:touched:{record.id}", "1", nx=True,
                             ex=_API_KEY_TOUCH_SECONDS):
        await repo.touch_api_key(record.id, now)
    allowed = permissions_for(record.role)
    if record.scopes:
        allowed = allowed & frozenset(p for p in Permission if p.value in record.scopes)
    return Actor(ActorType.api_key, record.organization_id, record.role, allowed,
                 api_key_id=record.id, extra={"rate_limit": record.rate_limit_per_second})


async def _resolve(session: AsyncSession, token: str, key: tuple) -> Actor:
    if key[0] == "api_key":
        return await _api_key_actor(session, token)
    return await _user_actor(session, key[1], key[2])


async def authenticate_token(token: str | None) -> Actor:
    """Resolve a bearer token or API key to an Actor (401 when it does not resolve), from
    the principal cache when it can; otherwise from the database, in a session of its own
    (committed: an API key's last-used time), so the request's own session is not needed."""
    if not token:
        raise Unauthorized("Missing credentials: send a Bearer token or an X-API-Key header")
    key = _principal_key(token)
    if (cached := principal_cache.get(key)) is not None:
        return cached
    async with get_sessionmaker()() as session:
        actor = await _resolve(session, token, key)
        await session.commit()
    principal_cache.put(key, actor)
    return actor


async def _throttle(actor: Actor) -> None:
    limits = get_settings().rate_limit
    if actor.type is ActorType.api_key:
        limit = actor.extra.get("rate_limit") or limits.api_key_per_second
    else:
        limit = limits.api_per_second
    await _api_limiter.admit(get_redis(), f"api:{actor.type}:{actor.id}", limit, 1)


async def current_actor(request: Request) -> Actor:
    """The caller (see `authenticate_token`): a route that reads no database, or reads only
    through `core.prepared_pages`, opens no ORM session at all."""
    actor = await authenticate_token(bearer_from(request.headers))
    await _throttle(actor)
    return actor


def _guard(permissions: tuple[Permission, ...], roles: tuple[Role, ...] | None
           ) -> Callable[..., Awaitable[Actor]]:
    async def guard(actor: Actor = Depends(current_actor)) -> Actor:
        if roles is not None and actor.role not in roles:
            raise Forbidden("This area is not available to your role")
        missing = [p.value for p in permissions if not actor.can(p)]
        if missing:
            raise Forbidden(f"Missing permission: {', '.join(missing)}")
        return actor

    setattr(guard, ROUTE_GUARD_ATTR, {"permissions": permissions, "roles": roles})
    return guard


def Require(*permissions: Permission, roles: tuple[Role, ...] | None = None) -> Any:  # noqa: N802
    """Authenticated caller holding every listed permission (and one of `roles` if given)."""
    return Depends(_guard(permissions, roles))


def Authenticated() -> Any:  # noqa: N802
    """Any signed-in caller (e.g. /auth/me); still declared, still rate limited."""
    return Depends(_guard((), None))


def Public(reason: str) -> Any:  # noqa: N802
    """An open route; the reason is recorded so reviewers see why it is open."""

    async def public() -> None:
        return None

    setattr(public, ROUTE_GUARD_ATTR, {"public": reason})
    return Depends(public)

