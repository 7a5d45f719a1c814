"""The day's spend per organization and agent, read before every call.

The ledger is the truth; summing a busy organization's rows before every call would grow
with its volume, so a Redis hash per organization and day keeps the running totals. It is
seeded from the ledger when missing and expires after `_REFRESH_SECONDS`, so it is rebuilt
from the ledger at least that often (a call recorded while a seed was being built is
counted again at the next rebuild at the latest). Increments only touch an existing hash.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from app.ai.ledger import repository
from app.ai.ledger.repository import Spend
from app.core.db import unit_of_work
from app.core.redis import get_redis

_REFRESH_SECONDS = 300
_ALL = "*"

# KEYS[1] hash, ARGV[1] ttl, ARGV[2..] field, value pairs. Writes only when absent.
_SEED = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
"""

# KEYS[1] hash, ARGV[1] agent, ARGV[2] cost, ARGV[3] tokens.
_ADD = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HINCRBYFLOAT', KEYS[1], 'cost:' .. ARGV[1], ARGV[2])
redis.call('HINCRBYFLOAT', KEYS[1], 'cost:*', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'tok:' .. ARGV[1], ARGV[3])
redis.call('HINCRBY', KEYS[1], 'tok:*', ARGV[3])
return 1
"""


def _key(organization_id: uuid.UUID, day: date) -> str:
    return f"ai:spend:{organization_id}:{day.isoformat()}"


async def _seed(organization_id: uuid.UUID, day: date) -> None:
    async with unit_of_work(read_only=True) as session:
        totals = await repository.spend_by_agent(session, organization_id, day)
    fields: list[str] = ["seeded", "1",
                         f"cost:{_ALL}", str(sum((c for c, _ in totals.values()), Decimal(0))),
                         f"tok:{_ALL}", str(sum(t for _, t in totals.values()))]
    for agent, (cost, tokens) in totals.items():
        fields += [f"cost:{agent}", str(cost), f"tok:{agent}", str(tokens)]
    await get_redis().eval(_SEED, 1, _key(organization_id, day), _REFRESH_SECONDS, *fields)


async def today(organization_id: uuid.UUID, agent: str, day: date) -> Spend:
    fields = ("seeded", f"cost:{agent}", f"tok:{agent}", f"cost:{_ALL}", f"tok:{_ALL}")
    values = await get_redis().hmget(_key(organization_id, day), fields)
    if values[0] is None:
        await _seed(organization_id, day)
        values = await get_redis().hmget(_key(organization_id, day), fields)
    cost, tokens, org_cost, org_tokens = (v or "0" for v in values[1:])
    return Spend(Decimal(cost), int(float(tokens)), Decimal(org_cost), int(float(org_tokens)))


async def add(organization_id: uuid.UUID, agent: str, day: date, cost: Decimal,
              tokens: int) -> None:
    await get_redis().eval(_ADD, 1, _key(organization_id, day), agent, str(cost), tokens)
