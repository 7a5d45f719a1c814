"""Rate limiting on Redis: a fixed window counter per key, shared by every API replica.

`hit()` counts one request and raises `RateLimited` (429 with Retry-After) once
the window's limit is passed. The counter and its expiry are set atomically.
"""

from __future__ import annotations

import math
import time

from redis.asyncio import Redis

from app.config import get_settings
from app.core.errors import RateLimited

# KEYS[1] counter; ARGV[1] window ms. Returns {count, ttl ms}.
_HIT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}
"""


async def hit(redis: Redis, key: str, limit: int, window_seconds: float) -> None:
    if not get_settings().rate_limit.enabled or limit <= 0:
        return
    window_ms = int(window_seconds * 1000)
    bucket = int(time.time() * 1000) // window_ms
    count, ttl_ms = await redis.eval(_HIT, 1, f"rl:{key}:{bucket}", window_ms)
    if int(count) > limit:
        retry_after = max(1, math.ceil(max(int(ttl_ms), 0) / 1000))
        raise RateLimited(retry_after)


async def reset(redis: Redis, key: str, window_seconds: float) -> None:
    window_ms = int(window_seconds * 1000)
    bucket = int(time.time() * 1000) // window_ms
    await redis.delete(f"rl:{key}:{bucket}")
