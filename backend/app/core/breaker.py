"""Circuit breakers on Redis, shared by every process: one per outside dependency (an LLM
provider, an integration).

Closed: calls go through, consecutive failures are counted. After `threshold` failures in a
row (5, per the seed) the breaker opens for `open_seconds` (60): calls are refused at once
(`BreakerOpen`) so a dead provider costs nothing and the caller moves to its fallback. When
the time is up the breaker is half-open: exactly one caller gets a trial call (the others
are still refused); its success closes the breaker, its failure opens it for another
`open_seconds`. State changes are Lua scripts on the Redis clock, so every API replica and
worker sees the same state.

    breaker = CircuitBreaker("llm:anthropic")
    await breaker.before_call()          # raises BreakerOpen
    try:
        result = await call()
    except ProviderError:
        await breaker.record_failure()
        raise
    await breaker.record_success()
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from redis.asyncio import Redis

from app.core.redis import get_redis

DEFAULT_THRESHOLD = 5
DEFAULT_OPEN_SECONDS = 60.0
_TRIAL_LEASE_MS = 120_000  # a trial caller that never reports back frees the trial after this

# KEYS[1] state hash. ARGV[1] trial lease ms. Fields: failures, open_until (ms), trial_until.
# Returns {allowed, retry_after_ms}.
_BEFORE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local open_until = tonumber(redis.call('HGET', KEYS[1], 'open_until') or '0')
if open_until == 0 then return {1, 0} end
if now < open_until then return {0, open_until - now} end
local trial_until = tonumber(redis.call('HGET', KEYS[1], 'trial_until') or '0')
if trial_until > now then return {0, trial_until - now} end
redis.call('HSET', KEYS[1], 'trial_until', now + tonumber(ARGV[1]))
return {1, 0}
"""

# KEYS[1] state hash. ARGV[1] threshold, ARGV[2] open ms. Returns 1 when this failure opened it.
_FAILURE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local open_until = tonumber(redis.call('HGET', KEYS[1], 'open_until') or '0')
if open_until > 0 then
  if now >= open_until then
    redis.call('HSET', KEYS[1], 'open_until', now + tonumber(ARGV[2]), 'trial_until', 0)
    return 1
  end
  return 0
end
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
if failures >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'open_until', now + tonumber(ARGV[2]), 'trial_until', 0)
  return 1
end
return 0
"""


class BreakerState(StrEnum):
    closed = "closed"
    open = "open"
    half_open = "half_open"


class BreakerOpen(Exception):
    """The dependency's breaker is open: do not call it; use the fallback."""

    def __init__(self, name: str, retry_after: float) -> None:
        super().__init__(f"circuit breaker {name!r} is open (retry in {retry_after:.0f} s)")
        self.name = name
        self.retry_after = retry_after


@dataclass(frozen=True)
class BreakerStatus:
    name: str
    state: BreakerState
    failures: int
    retry_after: float


class CircuitBreaker:
    def __init__(self, name: str, *, threshold: int = DEFAULT_THRESHOLD,
                 open_seconds: float = DEFAULT_OPEN_SECONDS, redis: Redis | None = None) -> None:
        self.name = name
        self.threshold = threshold
        self.open_ms = int(open_seconds * 1000)
        self._redis = redis

    @property
    def key(self) -> str:
        return f"breaker:{self.name}"

    @property
    def redis(self) -> Redis:
        return self._redis or get_redis()

    async def before_call(self) -> None:
        """Admit a call (closed, or the one half-open trial) or raise `BreakerOpen`."""
        allowed, retry_ms = await self.redis.eval(_BEFORE, 1, self.key, _TRIAL_LEASE_MS)
        if not int(allowed):
            raise BreakerOpen(self.name, int(retry_ms) / 1000)

    async def record_success(self) -> None:
        await self.redis.delete(self.key)

    async def record_failure(self) -> bool:
        """Count a failure; True when this one opened (or re-opened) the breaker."""
        return bool(int(await self.redis.eval(_FAILURE, 1, self.key, self.threshold,
                                              self.open_ms)))

    async def status(self) -> BreakerStatus:
        state = await self.redis.hgetall(self.key)
        now_s, now_us = await self.redis.time()
        now_ms = int(now_s) * 1000 + int(now_us) // 1000
        open_until = int(state.get("open_until", 0))
        failures = int(state.get("failures", 0))
        if not open_until:
            return BreakerStatus(self.name, BreakerState.closed, failures, 0.0)
        if now_ms < open_until:
            return BreakerStatus(self.name, BreakerState.open, failures,
                                 (open_until - now_ms) / 1000)
        return BreakerStatus(self.name, BreakerState.half_open, failures, 0.0)

    async def reset(self) -> None:
        await self.redis.delete(self.key)
