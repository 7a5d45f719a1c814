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
