"""The last outcome of each service, kept in Redis for `/health/integrations` (which must not
call out on every request): written by every real call and by the cached health probes."""

from __future__ import annotations

from app.core.redis import get_redis

_TTL_SECONDS = 600


def _key(service: str) -> str:
    return f"integrations:last_outcome:{service}"


async def record(service: str, *, ok: bool, detail: str = "") -> None:
    await get_redis().set(_key(service), "ok" if ok else f"failed {detail}".strip(),
                          ex=_TTL_SECONDS)


async def last_failure(service: str) -> str | None:
    """The failure of the service's last call or probe (None when it succeeded or is unknown)."""
    value = await get_redis().get(_key(service))
    return value if value and value != "ok" else None
