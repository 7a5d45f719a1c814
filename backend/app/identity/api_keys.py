"""API key format and hashing: `sk_<prefix>_<secret>`; only sha256(secret) is stored.

Secrets carry 256 bits of randomness, so a fast hash is safe and lets every
request verify a key in microseconds; comparison is constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_MARK = "sk_"


def generate() -> tuple[str, str, str]:
    """Returns (full key shown once, visible prefix, hash to store)."""
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    return f"{KEY_MARK}{prefix}_{secret}", prefix, digest(secret)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def split(key: str) -> tuple[str, str] | None:
    if not key.startswith(KEY_MARK):
        return None
    prefix, _, secret = key[len(KEY_MARK):].partition("_")
    if len(prefix) != 8 or not secret:
        return None
    return prefix, secret


def matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(digest(secret), stored_hash)


def is_api_key(token: str) -> bool:
    return token.startswith(KEY_MARK)
