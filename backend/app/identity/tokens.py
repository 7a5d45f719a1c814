"""JWT access tokens and rotating refresh tokens kept in Redis.

Refresh tokens are opaque JWTs carrying a family id and a token id (jti).
Redis holds, per family, the one jti that may be used next. Refreshing swaps
it atomically (a Lua script), so of 50 concurrent refreshes exactly one wins;
presenting any other jti of a live family is reuse: the whole family is revoked.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass

import jwt
from redis.asyncio import Redis

from app.config import get_settings
from app.core.errors import Unauthorized

ACCESS = "access"
REFRESH = "refresh"

# KEYS[1] family key; ARGV: presented jti, next jti, ttl. Returns 1 rotated, 0 reuse, -1 unknown.
_ROTATE = """
local current = redis.call('HGET', KEYS[1], 'jti')
if not current then return -1 end
if current ~= ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('HSET', KEYS[1], 'jti', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    organization_id: uuid.UUID
    role: str
    jti: str


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int


def _family_key(family: str) -> str:
    return f"auth:refresh:{family}"


def _user_families_key(user_id: uuid.UUID) -> str:
    return f"auth:user-families:{user_id}"


def _encode(claims: dict, ttl: int) -> str:
    s = get_settings().auth
    now = int(time.time())
    body = {**claims, "iss": s.issuer, "aud": s.audience, "iat": now, "nbf": now,
            "exp": now + ttl}
    return jwt.encode(body, s.secret_key, algorithm=s.algorithm)


def _decode(token: str, expected_type: str) -> dict:
    s = get_settings().auth
    try:
        claims = jwt.decode(
            token, s.secret_key, algorithms=[s.algorithm], audience=s.audience, issuer=s.issuer,
            options={"require": ["exp", "iat", "sub", "typ", "aud", "iss", "jti"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Token expired") from exc
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid token") from exc
    if claims.get("typ") != expected_type:
        raise Unauthorized("Wrong token type")
    return claims


def issue_access(user_id: uuid.UUID, organization_id: uuid.UUID, role: str) -> str:
    return _encode({"sub": str(user_id), "org": str(organization_id), "role": role,
                    "typ": ACCESS, "jti": secrets.token_hex(8)},
                   get_settings().auth.access_ttl_seconds)


_verified: dict[str, tuple[int, AccessClaims]] = {}
_VERIFIED_MAX = 10_000


def decode_access(token: str) -> AccessClaims:
    """Verify an access token. A verified token is remembered until it expires, so a
    client's repeated calls skip the signature check (expiry is still checked each time)."""
    hit = _verified.get(token)
    if hit is not None:
        if hit[0] > time.time():
            return hit[1]
        _verified.pop(token, None)
    claims = _decode(token, ACCESS)
    try:
        decoded = AccessClaims(uuid.UUID(claims["sub"]), uuid.UUID(claims["org"]),
                               str(claims["role"]), str(claims["jti"]))
    except (KeyError, ValueError) as exc:
        raise Unauthorized("Invalid token") from exc
    if len(_verified) >= _VERIFIED_MAX:
        _verified.clear()
    _verified[token] = (int(claims["exp"]), decoded)
    return decoded


def _refresh_token(user_id: uuid.UUID, organization_id: uuid.UUID, family: str, jti: str) -> str:
    return _encode({"sub": str(user_id), "org": str(organization_id), "fam": family,
                    "typ": REFRESH, "jti": jti}, get_settings().auth.refresh_ttl_seconds)


async def issue_pair(redis: Redis, user_id: uuid.UUID, organization_id: uuid.UUID,
                     role: str) -> TokenPair:
    ttl = get_settings().auth.refresh_ttl_seconds
    family, jti = secrets.token_hex(16), secrets.token_hex(16)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(_family_key(family), mapping={"jti": jti, "user": str(user_id)})
        pipe.expire(_family_key(family), ttl)
        pipe.sadd(_user_families_key(user_id), family)
        pipe.expire(_user_families_key(user_id), ttl)
        await pipe.execute()
    return TokenPair(issue_access(user_id, organization_id, role),
                     _refresh_token(user_id, organization_id, family, jti),
                     get_settings().auth.access_ttl_seconds)


@dataclass(frozen=True)
class RefreshGrant:
    user_id: uuid.UUID
    organization_id: uuid.UUID
    family: str
    next_refresh_token: str


async def rotate(redis: Redis, refresh_token: str) -> RefreshGrant:
    """Consume a refresh token; a replayed one revokes its whole family."""
    claims = _decode(refresh_token, REFRESH)
    try:
        user_id, org_id = uuid.UUID(claims["sub"]), uuid.UUID(claims["org"])
        family = str(claims["fam"])
    except (KeyError, ValueError) as exc:
        raise Unauthorized("Invalid token") from exc
    next_jti = secrets.token_hex(16)
    ttl = get_settings().auth.refresh_ttl_seconds
    outcome = await redis.eval(_ROTATE, 1, _family_key(family), claims["jti"], next_jti, ttl)
    if outcome == 0:
        raise Unauthorized("Refresh token reused: the session was revoked")
    if outcome != 1:
        raise Unauthorized("Session expired or revoked")
    return RefreshGrant(user_id, org_id, family,
                        _refresh_token(user_id, org_id, family, next_jti))


async def revoke(redis: Redis, refresh_token: str) -> None:
    claims = _decode(refresh_token, REFRESH)
    await revoke_family(redis, str(claims.get("fam")))


async def revoke_family(redis: Redis, family: str) -> None:
    await redis.delete(_family_key(family))


async def revoke_all_for_user(redis: Redis, user_id: uuid.UUID) -> None:
    families = await redis.smembers(_user_families_key(user_id))
    if families:
        await redis.delete(*[_family_key(f) for f in families])
    await redis.delete(_user_families_key(user_id))
