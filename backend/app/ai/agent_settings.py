"""An organization's model chain, budgets and on/off switch per agent: the row in
ai_agent_setting when an Admin saved one, else the catalog's defaults and no limits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai import catalog
from app.ai.models import AgentSetting
from app.ai.schemas import AgentSettingUpdate
from app.core import audit
from app.core.errors import NotFound, ValidationFailed
from app.identity.actor import Actor


@dataclass(frozen=True)
class EffectiveSetting:
    agent: str
    models: tuple[str, ...]
    enabled: bool = True
    daily_budget_usd: Decimal | None = None
    daily_limit_usd: Decimal | None = None
    daily_token_limit: int | None = None
    customized: bool = False

    @classmethod
    def of(cls, agent: str, row: AgentSetting | None) -> EffectiveSetting:
        if row is None:
            return cls(agent, catalog.agent(agent).default_chain)
        return cls(agent, tuple(row.models), row.enabled, row.daily_budget_usd,
                   row.daily_limit_usd, row.daily_token_limit, customized=True)


async def _rows(session: AsyncSession, organization_id: uuid.UUID, agent: str | None = None
                ) -> dict[str, AgentSetting]:
    stmt = select(AgentSetting).where(AgentSetting.organization_id == organization_id)
    if agent is not None:
        stmt = stmt.where(AgentSetting.agent == agent)
    return {row.agent: row for row in (await session.scalars(stmt)).all()}


async def effective(session: AsyncSession, organization_id: uuid.UUID, agent: str
                    ) -> EffectiveSetting:
    catalog.agent(agent)  # unknown agent: UnknownAgent, before any query
    return EffectiveSetting.of(agent, (await _rows(session, organization_id, agent)).get(agent))


async def list_effective(session: AsyncSession, organization_id: uuid.UUID
                         ) -> list[EffectiveSetting]:
    rows = await _rows(session, organization_id)
    return [EffectiveSetting.of(key, rows.get(key)) for key in catalog.AGENTS]


async def update(session: AsyncSession, actor: Actor, agent: str,
                 body: AgentSettingUpdate) -> EffectiveSetting:
    if agent not in catalog.AGENTS:
        raise NotFound(f"No agent {agent!r}")
    unknown = [key for key in body.models if key not in catalog.MODELS]
    if unknown:
        raise ValidationFailed.on("models", f"Unknown models: {', '.join(unknown)}; "
                                            f"known: {', '.join(catalog.MODELS)}")
    row = (await _rows(session, actor.organization_id, agent)).get(agent)
    before = audit.snapshot(row)
    if row is None:
        row = AgentSetting(organization_id=actor.organization_id, agent=agent)
        session.add(row)
    row.models = list(dict.fromkeys(body.models))
    row.enabled = body.enabled
    row.daily_budget_usd = body.daily_budget_usd
    row.daily_limit_usd = body.daily_limit_usd
    row.daily_token_limit = body.daily_token_limit
    await session.flush()
    await audit.record(session, actor, "ai.agent_setting.updated", "ai_agent_setting", row.id,
                       before=before, after=audit.snapshot(row))
    return EffectiveSetting.of(agent, row)
