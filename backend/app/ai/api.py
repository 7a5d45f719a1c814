"""Routes of the LLM router: agent settings (model chain, budgets), the ledger of calls,
daily usage and the prompt registry. Mounted under /api/v1/agents."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from fastapi import APIRouter, Query

from app.ai import agent_settings, catalog, prompt_overrides
from app.ai.agent_settings import EffectiveSetting
from app.ai.ledger import service as ledger
from app.ai.ledger.repository import CallFilter
from app.ai.models import CallStatus, LLMCall
from app.ai.prompts import Prompt
from app.ai.schemas import (
    AgentSettingRead,
    AgentSettingUpdate,
    LLMCallDetail,
    LLMCallRead,
    ModelChoice,
    PromptRead,
    PromptVersionCreate,
    UsageRow,
)
from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.identity.deps import Require
from app.identity.roles import Permission, Role

router = APIRouter(prefix="/agents", tags=["agents"])


def _setting_read(setting: EffectiveSetting) -> AgentSettingRead:
    models = [catalog.MODELS[key] for key in setting.models if key in catalog.MODELS]
    spec = catalog.agent(setting.agent)
    return AgentSettingRead(
        agent=setting.agent, display_name=spec.display_name, reason=spec.reason,
        models=[ModelChoice(key=m.key, display_name=m.display_name, provider=m.provider,
                            usd_per_million_in=m.usd_per_million_in,
                            usd_per_million_out=m.usd_per_million_out) for m in models],
        enabled=setting.enabled, daily_budget_usd=setting.daily_budget_usd,
        daily_limit_usd=setting.daily_limit_usd, daily_token_limit=setting.daily_token_limit,
        customized=setting.customized)


@router.get("/settings", response_model=list[AgentSettingRead],
            operation_id="agents:list_settings",
            summary="Every agent's model chain, budgets and switch for this organization")
async def list_settings(session: DbSession, actor: Actor = Require(Permission.AGENTS_READ)
                        ) -> list[AgentSettingRead]:
    return [_setting_read(s)
            for s in await agent_settings.list_effective(session, actor.organization_id)]


@router.put("/settings/{agent}", response_model=AgentSettingRead,
            operation_id="agents:update_setting",
            summary="Set an agent's model chain and daily budget and limits (Admin)")
async def update_setting(agent: str, body: AgentSettingUpdate, session: DbSession,
                         actor: Actor = Require(Permission.AGENTS_WRITE, roles=(Role.admin,))
                         ) -> AgentSettingRead:
    return _setting_read(await agent_settings.update(session, actor, agent, body))


@router.get("/calls", response_model=Page[LLMCallRead], operation_id="agents:list_calls",
            summary="The ledger of LLM calls, newest first")
async def list_calls(
    session: DbSession,
    agent: str | None = Query(None, max_length=64),
    run_id: uuid.UUID | None = None,
    status: CallStatus | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(50, ge=1, le=200),
    cursor: str | None = None,
    actor: Actor = Require(Permission.AGENTS_READ),
) -> Page[LLMCallRead]:
    rows, next_cursor = await ledger.list_calls(
        session, actor.organization_id, CallFilter(agent, run_id, status, since, until),
        PageParams(limit, cursor))
    return Page[LLMCallRead](items=[LLMCallRead.model_validate(r) for r in rows],
                             next_cursor=next_cursor)


@router.get("/calls/{call_id}", response_model=LLMCallDetail, operation_id="agents:get_call",
            summary="One LLM call with its prompt and answer (secrets redacted)")
async def get_call(call_id: uuid.UUID, session: DbSession,
                   actor: Actor = Require(Permission.AGENTS_READ)) -> LLMCall:
    return await ledger.get_call(session, actor.organization_id, call_id)


@router.get("/usage", response_model=list[UsageRow], operation_id="agents:usage",
            summary="Calls, tokens and cost per agent per day (days in America/Sao_Paulo)")
async def usage(session: DbSession,
                first: date | None = Query(None, alias="from", description="Default: `to`"),
                last: date | None = Query(None, alias="to", description="Default: today"),
                actor: Actor = Require(Permission.AGENTS_READ)) -> list[dict]:
    return await ledger.usage(session, actor.organization_id, first, last)


def _prompt_read(prompt: Prompt) -> PromptRead:
    return PromptRead(id=prompt.id, version=prompt.version, description=prompt.description,
                      variables=list(prompt.variables), template=prompt.template)


@router.get("/prompts", response_model=list[PromptRead], operation_id="agents:list_prompts",
            summary="Every version of every prompt: the code's and this organization's own")
async def list_prompts(session: DbSession, actor: Actor = Require(Permission.AGENTS_READ)
                       ) -> list[PromptRead]:
    return [_prompt_read(p)
            for p in await prompt_overrides.list_versions(session, actor.organization_id)]


@router.post("/prompts/{prompt_id}/versions", response_model=PromptRead, status_code=201,
             operation_id="agents:create_prompt_version",
             summary="Save this organization's wording of a prompt as its next version (Admin)")
async def create_prompt_version(
        prompt_id: str, body: PromptVersionCreate, session: DbSession,
        actor: Actor = Require(Permission.AGENTS_WRITE, roles=(Role.admin,))) -> PromptRead:
    return _prompt_read(await prompt_overrides.add_version(
        session, actor, prompt_id, body.template, body.description))
