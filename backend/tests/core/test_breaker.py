"""The shared circuit breaker on real Redis: opens after 5 failures in a row, refuses while
open, lets exactly one half-open trial through, closes on its success, re-opens on its failure."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from app.core.breaker import BreakerOpen, BreakerState, CircuitBreaker


def _breaker(open_seconds: float = 60) -> CircuitBreaker:
    return CircuitBreaker(f"test:{uuid.uuid4().hex}", open_seconds=open_seconds)


async def _fail(breaker: CircuitBreaker, times: int) -> list[bool]:
    return [await breaker.record_failure() for _ in range(times)]


class TestCircuitBreaker:
    async def test_four_failures_keep_it_closed_the_fifth_opens_it(self):
        breaker = _breaker()
        assert await _fail(breaker, 5) == [False, False, False, False, True]
        with pytest.raises(BreakerOpen) as refused:
            await breaker.before_call()
        assert 55 < refused.value.retry_after <= 60
        assert (await breaker.status()).state is BreakerState.open

    async def test_a_success_resets_the_count_of_failures_in_a_row(self):
        breaker = _breaker()
        await _fail(breaker, 4)
        await breaker.record_success()
        await _fail(breaker, 4)
        await breaker.before_call()
        assert (await breaker.status()).state is BreakerState.closed

    async def test_after_the_open_period_exactly_one_trial_of_many_goes_through(self):
        breaker = _breaker(open_seconds=0.2)
        await _fail(breaker, 5)
        await asyncio.sleep(0.25)
        assert (await breaker.status()).state is BreakerState.half_open
        results = await asyncio.gather(*[breaker.before_call() for _ in range(20)],
                                       return_exceptions=True)
        assert sum(r is None for r in results) == 1
        assert all(isinstance(r, BreakerOpen) for r in results if r is not None)

    async def test_a_successful_trial_closes_it(self):
        breaker = _breaker(open_seconds=0.2)
        await _fail(breaker, 5)
        await asyncio.sleep(0.25)
        await breaker.before_call()
        await breaker.record_success()
        await breaker.before_call()
        await breaker.before_call()
        assert (await breaker.status()).state is BreakerState.closed

    async def test_a_failed_trial_opens_it_for_another_period(self):
        breaker = _breaker(open_seconds=0.2)
        await _fail(breaker, 5)
        await asyncio.sleep(0.25)
        await breaker.before_call()
        assert await breaker.record_failure() is True
        with pytest.raises(BreakerOpen):
            await breaker.before_call()
        await asyncio.sleep(0.25)
        await breaker.before_call()  # the next trial
