"""All SQL on the ledger; every query takes the organization first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Select, cast, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.models import CallStatus, LLMCall
from app.core.db import get_engine

BUSINESS_TIMEZONE = "America/Sao_Paulo"  # a "day" of spend is a day in Brazil
_ZONE = ZoneInfo(BUSINESS_TIMEZONE)


@dataclass(frozen=True)
class CallFilter:
    agent: str | None = None
    run_id: uuid.UUID | None = None
    status: CallStatus | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class Spend:
    """Spend of one day: the agent's and the whole organization's."""

    agent_cost: Decimal
    agent_tokens: int
    organization_cost: Decimal
    organization_tokens: int


def today() -> date:
    return datetime.now(_ZONE).date()


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """The instants where local day `first` starts and local day `last` ends (range scans)."""
    return (datetime.combine(first, time.min, _ZONE),
            datetime.combine(last + timedelta(days=1), time.min, _ZONE))


def calls_query(organization_id: uuid.UUID, filters: CallFilter) -> Select:
    stmt = select(LLMCall).where(LLMCall.organization_id == organization_id)
    if filters.agent:
        stmt = stmt.where(LLMCall.agent == filters.agent)
    if filters.run_id:
        stmt = stmt.where(LLMCall.run_id == filters.run_id)
    if filters.status:
        stmt = stmt.where(LLMCall.status == filters.status)
    if filters.since:
        stmt = stmt.where(LLMCall.created_at >= filters.since)
    if filters.until:
        stmt = stmt.where(LLMCall.created_at < filters.until)
    return stmt


async def insert_call(values: dict) -> None:
    """One autocommitted INSERT (a single round trip): a ledger row stands alone, whatever
    the caller's transaction does, and the router writes one per provider request."""
    async with get_engine().connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(insert(LLMCall).values(**values))


async def get_call(session: AsyncSession, organization_id: uuid.UUID, call_id: uuid.UUID
                   ) -> LLMCall | None:
    return (await session.execute(select(LLMCall).where(
        LLMCall.organization_id == organization_id, LLMCall.id == call_id))).scalar_one_or_none()


async def spend_by_agent(session: AsyncSession, organization_id: uuid.UUID, day: date
                         ) -> dict[str, tuple[Decimal, int]]:
    """Cost and tokens (in + out) of each agent of the organization on a local day; a cache
    hit used no provider tokens."""
    start, end = _bounds(day, day)
    rows = await session.execute(
        select(LLMCall.agent, func.sum(LLMCall.cost_usd),
               func.sum(LLMCall.input_tokens + LLMCall.output_tokens))
        .where(LLMCall.organization_id == organization_id, LLMCall.status != CallStatus.cached,
               LLMCall.created_at >= start, LLMCall.created_at < end)
        .group_by(LLMCall.agent))
    return {agent: (Decimal(cost), int(tokens)) for agent, cost, tokens in rows}


async def daily_usage(session: AsyncSession, organization_id: uuid.UUID, first: date,
                      last: date) -> list[dict]:
    start, end = _bounds(first, last)
    day = cast(func.timezone(BUSINESS_TIMEZONE, LLMCall.created_at), Date).label("day")
    stmt = (select(day, LLMCall.agent,
                   func.count().label("calls"),
                   func.sum(LLMCall.input_tokens).label("input_tokens"),
                   func.sum(LLMCall.output_tokens).label("output_tokens"),
                   func.sum(LLMCall.cost_usd).label("cost_usd"))
            .where(LLMCall.organization_id == organization_id,
                   LLMCall.status.in_((CallStatus.ok, CallStatus.cached)),
                   LLMCall.created_at >= start, LLMCall.created_at < end)
            .group_by(day, LLMCall.agent).order_by(day, LLMCall.agent))
    return [dict(row._mapping) for row in await session.execute(stmt)]
