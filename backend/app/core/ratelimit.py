"""Rate limiting on Redis with GCRA (a token bucket kept as one timestamp per key).

`hit(redis, key, limit, period)` admits a burst of `limit` requests, then one every
`period / limit` seconds; past that it raises `RateLimited` (429 with Retry-After). The
check and the update are one Lua script using the Redis server's clock, so every API
replica shares the same bucket and there is no window boundary to slip through.
"""

from __future__ import annotations

import math

from redis.asyncio import Redis

from app.config import get_settings
from app.core.errors import RateLimited

# KEYS[1] bucket; ARGV[1] emission interval (µs), ARGV[2] burst.
# Returns 0 when admitted, else the microseconds to wait.
_GCRA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new_tat = tat + interval
local wait = new_tat - interval * tonumber(ARGV[2]) - now
if wait > 0 then return wait end
redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', math.ceil((new_tat - now) / 1000))
return 0
"""


async def hit(redis: Redis, key: str, limit: int, period_seconds: float) -> None:
    if not get_settings().rate_limit.enabled or limit <= 0:
        return
    interval_us = int(period_seconds * 1_000_000 / limit)
    wait_us = int(await redis.eval(_GCRA, 1, f"rl:{key}", interval_us, limit))
    if wait_us > 0:
        raise RateLimited(max(1, math.ceil(wait_us / 1_000_000)))

