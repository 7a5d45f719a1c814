"""Daily limits stop calls before any provider is asked; the 120% budget alert fires once."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import select

from app.ai.models import CallStatus
from app.ai.router import SpendLimitReached, complete
from app.ai.types import LLMRequest, Message, TaskKind
from app.core.db import get_sessionmaker
from app.core.events.models import OutboxEvent
from tests.ai.llm.conftest import openai_reply
from tests.ai.llm.ledger_rows import calls_of


def request(org_id: uuid.UUID) -> LLMRequest:
    return LLMRequest(organization_id=org_id, agent="qualificador", task=TaskKind.reason,
                      messages=[Message("user", f"Explique a nota {uuid.uuid4().hex}")])


async def budget_alerts(org_id: uuid.UUID) -> list[dict]:
    async with get_sessionmaker()() as session:
        return [e.payload for e in (await session.scalars(select(OutboxEvent).where(
            OutboxEvent.organization_id == org_id,
            OutboxEvent.name == "ai.agent_budget_exceeded"))).all()]


@pytest.fixture
def gpt(hosts, http):
    """Qualificador's primary, GPT-4o: 1,000 tokens in, 1,000 out = USD 0.02 a call."""
    return http.post(f"{hosts.openai}/chat/completions").mock(
        return_value=httpx.Response(200, json=openai_reply("nota explicada", 1000, 1000)))


async def configure(client, admin, **body) -> None:
    r = await client.put("/api/v1/agents/settings/qualificador", headers=admin.headers,
                         json={"models": ["gpt-4o", "claude-sonnet"], **body})
    assert r.status_code == 200, r.text


class TestHardLimits:
    async def test_the_cost_limit_stops_the_call_before_any_request(
            self, client, org, admin, gpt):
        await configure(client, admin, daily_limit_usd="0.03")
        await complete(request(org.id))
        await complete(request(org.id))  # USD 0.04 spent now, over the limit

        with pytest.raises(SpendLimitReached, match="cost limit"):
            await complete(request(org.id))

        assert gpt.call_count == 2
        assert [r.status for r in await calls_of(org.id)] == [
            CallStatus.ok, CallStatus.ok, CallStatus.limited]

    async def test_a_lost_counter_is_rebuilt_from_the_ledger(self, client, org, admin, gpt,
                                                             redis):
        await configure(client, admin, daily_limit_usd="0.03")
        await complete(request(org.id))
        await complete(request(org.id))
        for key in await redis.keys(f"ai:spend:{org.id}:*"):  # Redis restarted, say
            await redis.delete(key)

        with pytest.raises(SpendLimitReached):
            await complete(request(org.id))
        assert gpt.call_count == 2

    async def test_the_token_limit_stops_the_call(self, client, org, admin, gpt):
        await configure(client, admin, daily_token_limit=1500)
        await complete(request(org.id))
        with pytest.raises(SpendLimitReached, match="tokens"):
            await complete(request(org.id))
        assert gpt.call_count == 1

    async def test_limits_are_per_organization(self, client, org, admin, make_org, gpt):
        await configure(client, admin, daily_limit_usd="0.01")
        await complete(request(org.id))
        other = await make_org()
        assert (await complete(request(other.id))).provider == "openai"

    async def test_a_disabled_agent_makes_no_call(self, client, org, admin, gpt):
        await configure(client, admin, enabled=False)
        with pytest.raises(SpendLimitReached, match="disabled"):
            await complete(request(org.id))
        assert gpt.call_count == 0


class TestBudgetAlert:
    async def test_passing_120_percent_of_the_budget_alerts_once_a_day(
            self, client, org, admin, gpt):
        await configure(client, admin, daily_budget_usd="0.03")  # alert above USD 0.036
        await complete(request(org.id))  # 0.02
        assert await budget_alerts(org.id) == []

        await complete(request(org.id))  # 0.04 > 0.036
        await complete(request(org.id))  # still over: no second alert

        [alert] = await budget_alerts(org.id)
        assert alert["agent"] == "qualificador"
        assert float(alert["spent_usd"]) == pytest.approx(0.04)
        assert float(alert["budget_usd"]) == pytest.approx(0.03)
