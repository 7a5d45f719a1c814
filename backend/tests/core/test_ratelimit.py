"""The GCRA limiter on real Redis: a burst of `limit`, then one per interval, with Retry-After."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from app.core import ratelimit
from app.core.errors import RateLimited


async def _admitted(redis, key, limit, period, n) -> int:
    results = await asyncio.gather(*[ratelimit.hit(redis, key, limit, period) for _ in range(n)],
                                   return_exceptions=True)
    assert all(r is None or isinstance(r, RateLimited) for r in results)
    return sum(r is None for r in results)


class TestGcra:
    async def test_a_burst_of_limit_then_refused_with_retry_after(self, redis):
        key = f"t:{uuid.uuid4()}"
        assert await _admitted(redis, key, 5, 60, 50) == 5
        with pytest.raises(RateLimited) as refused:
            await ratelimit.hit(redis, key, 5, 60)
        assert 1 <= refused.value.retry_after <= 12  # one slot frees every 12 s

    async def test_slots_come_back_at_the_steady_rate(self, redis):
        key = f"t:{uuid.uuid4()}"
        assert await _admitted(redis, key, 4, 1, 10) == 4
        await asyncio.sleep(0.3)  # one slot per 0.25 s
        assert await _admitted(redis, key, 4, 1, 10) == 1

    async def test_keys_are_independent(self, redis):
        a, b = f"t:{uuid.uuid4()}", f"t:{uuid.uuid4()}"
        assert await _admitted(redis, a, 2, 60, 5) == 2
        assert await _admitted(redis, b, 2, 60, 5) == 2


class TestLeasedLimiter:
    """The API's limiter: slots taken ahead per process, never more than the shared limit."""

    async def test_a_burst_of_limit_then_refused_with_retry_after(self, redis):
        key, limiter = f"t:{uuid.uuid4()}", ratelimit.LeasedLimiter()
        for _ in range(30):
            await limiter.admit(redis, key, 30, 60)
        with pytest.raises(RateLimited) as refused:
            await limiter.admit(redis, key, 30, 60)
        assert 1 <= refused.value.retry_after <= 2  # one slot frees every 2 s

    async def test_replicas_together_admit_the_limit_exactly(self, redis):
        key = f"t:{uuid.uuid4()}"
        replicas = [ratelimit.LeasedLimiter() for _ in range(3)]
        admitted, refused = 0, set()
        for n in range(300):
            replica = n % 3
            try:
                await replicas[replica].admit(redis, key, 40, 60)
                admitted += 1
            except RateLimited:
                refused.add(replica)
            if refused == {0, 1, 2}:
                break
        # each took slots ahead (doubling takes); the ones it did not use yet still count
        left = sum(r._leases[key][0] for r in replicas)
        assert admitted + left == 40 and left <= 3 * 3

    async def test_first_requests_at_once_take_one_slot_each(self, redis):
        key, limiter = f"t:{uuid.uuid4()}", ratelimit.LeasedLimiter()
        results = await asyncio.gather(*[limiter.admit(redis, key, 30, 60) for _ in range(10)],
                                       return_exceptions=True)
        assert results == [None] * 10
        # a page's burst of first requests left the rest of the burst to the next ones
        for _ in range(20):
            await limiter.admit(redis, key, 30, 60)
        with pytest.raises(RateLimited):
            await limiter.admit(redis, key, 30, 60)

    async def test_a_busy_caller_asks_redis_less_and_less(self, redis):
        key, limiter = f"t:{uuid.uuid4()}", ratelimit.LeasedLimiter()
        for _ in range(1000):
            await limiter.admit(redis, key, 10_000, 1)
        # takes of 1, 2, 4, ... 512 slots: ten asks to Redis for a thousand requests
        left, _, last_take = limiter._leases[key]
        assert last_take == 512 and left == 1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 512 - 1000
