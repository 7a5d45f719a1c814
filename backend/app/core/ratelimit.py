"""Rate limiting on Redis with GCRA (a token bucket kept as one timestamp per key).

`hit(redis, key, limit, period)` admits a burst of `limit` requests, then one every
`period / limit` seconds; past that it raises `RateLimited` (429 with Retry-After). The
check and the update are one Lua script using the Redis server's clock, so every API
replica shares the same bucket and there is no window boundary to slip through.

`LeasedLimiter.admit` is the same bucket for the API's per-caller limit, without a Redis
call on every request of a busy caller: a process takes slots from the bucket ahead and
admits that many requests locally within one period. It takes one slot at a time from a
caller that is new or was quiet, and twice as many as the last time (up to a tenth of the
burst) from one that used its last take up in time. Every request admitted was taken from
the shared bucket first, so all replicas together never admit more than the limit; a
process loses at most a tenth of the burst it took and did not use. At the bucket's edge
the script grants only the slots that fit, so the request past the burst is refused just as
`hit` refuses it. Login attempts use `hit` (every attempt asks Redis).
"""

from __future__ import annotations

import math
import time

from redis.asyncio import Redis

from app.config import get_settings
from app.core.errors import RateLimited

# KEYS[1] bucket; ARGV[1] emission interval (µs), ARGV[2] burst, ARGV[3] slots wanted.
# Returns {slots granted, 0} or, when none fits, {0, the microseconds to wait}.
_GCRA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local fit = math.floor((now + interval * tonumber(ARGV[2]) - tat) / interval)
local granted = math.min(tonumber(ARGV[3]), fit)
if granted < 1 then return {0, tat + interval - interval * tonumber(ARGV[2]) - now} end
local new_tat = tat + interval * granted
redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', math.ceil((new_tat - now) / 1000))
return {granted, 0}
"""


async def _take(redis: Redis, key: str, limit: int, period_seconds: float, slots: int) -> int:
    """Take up to `slots` from the bucket (how many fit, at least one, or 429)."""
    interval_us = max(1, int(period_seconds * 1_000_000 / limit))
    granted, wait_us = await redis.eval(_GCRA, 1, f"rl:{key}", interval_us, limit, slots)
    if int(granted) < 1:
        raise RateLimited(max(1, math.ceil(int(wait_us) / 1_000_000)))
    return int(granted)


async def hit(redis: Redis, key: str, limit: int, period_seconds: float) -> None:
    if not get_settings().rate_limit.enabled or limit <= 0:
        return
    await _take(redis, key, limit, period_seconds, 1)


class LeasedLimiter:
    """One process's slots taken ahead from shared buckets (see the module docstring)."""

    MAX_KEYS = 10_000

    def __init__(self) -> None:
        # key -> (slots left, usable until, size of the last take)
        self._leases: dict[str, tuple[int, float, int]] = {}

    async def admit(self, redis: Redis, key: str, limit: int, period_seconds: float) -> None:
        if not get_settings().rate_limit.enabled or limit <= 0:
            return
        now = time.monotonic()
        left, until, size = self._leases.get(key, (0, 0.0, 0))
        if left > 0 and now < until:
            self._leases[key] = (left - 1, until, size)
            return
        # a caller that used up its last take in time takes twice as many; one that did
        # not (or is new) takes one slot, so a burst of first requests asks Redis each
        size = min(max(1, limit // 10), size * 2) if now < until else 1
        granted = await _take(redis, key, limit, period_seconds, size)
        if len(self._leases) >= self.MAX_KEYS:
            self._leases.clear()
        # requests of this key that took slots at the same moment pool what they got
        left, until, _ = self._leases.get(key, (0, 0.0, 0))
        now = time.monotonic()
        if now >= until:
            left = 0
        self._leases[key] = (left + granted - 1, now + period_seconds, size)
