"""Daily spend limits and the budget alert.

Before a call: the day's spend (app/ai/spend.py, kept from the ledger) is checked against the
agent's hard limits (`daily_limit_usd`, `daily_token_limit`) and the organization's token
limit; reaching one raises `SpendLimitReached` and no provider is called. After a call that
cost something: if the agent's spend passed 120% (`AI__ALERT_AT_FRACTION`) of its daily
budget, or the organization's passed 120% of `AI__ORGANIZATION_DAILY_BUDGET_USD`,
`AgentBudgetExceeded` is published, once per agent (or organization) per day.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from app.ai.agent_settings import EffectiveSetting
from app.ai.events import AgentBudgetExceeded
from app.ai.ledger.repository import Spend
from app.config import get_settings
from app.core import events
from app.core.db import unit_of_work
from app.core.redis import get_redis

_ALERT_KEY_TTL = 3 * 24 * 3600


class SpendLimitReached(Exception):
    """A daily hard limit (or the agent being switched off) stops the call before any
    provider is asked. The run should stop and say so; retrying today will not help."""

    def __init__(self, agent: str, reason: str) -> None:
        super().__init__(f"{agent}: {reason}")
        self.agent = agent
        self.reason = reason


def ensure_within(setting: EffectiveSetting, spend: Spend) -> None:
    if not setting.enabled:
        raise SpendLimitReached(setting.agent, "agent disabled for this organization")
    if setting.daily_limit_usd is not None and spend.agent_cost >= setting.daily_limit_usd:
        raise SpendLimitReached(setting.agent,
                                f"daily cost limit of USD {setting.daily_limit_usd} reached")
    if (setting.daily_token_limit is not None
            and spend.agent_tokens >= setting.daily_token_limit):
        raise SpendLimitReached(setting.agent,
                                f"daily limit of {setting.daily_token_limit} tokens reached")
    org_tokens = get_settings().ai.organization_daily_token_limit
    if org_tokens and spend.organization_tokens >= org_tokens:
        raise SpendLimitReached(setting.agent,
                                f"organization's daily limit of {org_tokens} tokens reached")


def _over(spent: Decimal, budget: Decimal | float | None) -> bool:
    if not budget:
        return False
    return spent > Decimal(str(budget)) * Decimal(str(get_settings().ai.alert_at_fraction))


async def _alert_once(organization_id: uuid.UUID, agent: str | None, day: date,
                      spent: Decimal, budget: Decimal | float) -> None:
    key = f"ai:budget-alert:{organization_id}:{agent or '*'}:{day.isoformat()}"
    if not await get_redis().set(key, "1", nx=True, ex=_ALERT_KEY_TTL):
        return
    try:
        async with unit_of_work() as session:
            await events.publish(session, AgentBudgetExceeded(
                organization_id=organization_id, agent=agent, day=day, spent_usd=spent,
                budget_usd=Decimal(str(budget))))
    except BaseException:
        await get_redis().delete(key)  # not published: the next call tries again
        raise


async def alert_if_over_budget(organization_id: uuid.UUID, setting: EffectiveSetting,
                               spend: Spend, day: date) -> None:
    """`spend` includes the call just made."""
    if _over(spend.agent_cost, setting.daily_budget_usd):
        assert setting.daily_budget_usd is not None
        await _alert_once(organization_id, setting.agent, day, spend.agent_cost,
                          setting.daily_budget_usd)
    org_budget = get_settings().ai.organization_daily_budget_usd
    if _over(spend.organization_cost, org_budget):
        await _alert_once(organization_id, None, day, spend.organization_cost, org_budget)
