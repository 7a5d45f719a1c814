"""Routes of agent runs (/agents/runs, /agents/tasks), approvals (/agents/approvals) and
the sandbox switches (/agents/sandbox)."""

from __future__ import annotations

import uuid
from datetime import datetime

from fastapi import APIRouter, Query

from app.ai.runs import service as runs
from app.ai.runs.models import AgentRun, Approval, ApprovalStatus, RunStatus
from app.ai.runs.schemas import (
    AgentRunDetail,
    AgentRunRead,
    AgentTaskRead,
    ApprovalDecision,
    ApprovalRead,
    ApprovalRejection,
    RunFilters,
    SandboxRead,
    SandboxUpdate,
)
from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.identity.deps import Require
from app.identity.roles import Permission, Role

router = APIRouter(prefix="/agents", tags=["agents"])
ADMIN_ONLY = (Role.admin,)


@router.get("/runs", response_model=Page[AgentRunRead], operation_id="agents:list_runs")
async def list_runs(session: DbSession, agent: str | None = None,
                    status: RunStatus | None = None, created_from: datetime | None = None,
                    created_to: datetime | None = None, limit: int = Query(50, ge=1, le=200),
                    cursor: str | None = None,
                    actor: Actor = Require(Permission.AGENTS_READ)) -> Page[AgentRunRead]:
    filters = RunFilters(agent=agent, status=status, created_from=created_from,
                         created_to=created_to)
    items, next_cursor = await runs.list_runs(session, actor, filters,
                                              PageParams(limit, cursor))
    return Page(items=[AgentRunRead.model_validate(r) for r in items], next_cursor=next_cursor)


@router.get("/runs/{run_id}", response_model=AgentRunDetail, operation_id="agents:get_run")
async def get_run(run_id: uuid.UUID, session: DbSession,
                  actor: Actor = Require(Permission.AGENTS_READ)) -> AgentRunDetail:
    return await runs.run_detail(session, actor, run_id)


@router.get("/tasks/{run_id}", response_model=AgentTaskRead, operation_id="agents:get_task")
async def get_task(run_id: uuid.UUID, session: DbSession,
                   actor: Actor = Require(Permission.AGENTS_READ)) -> AgentRun:
    return await runs.get_run(session, actor, run_id)


@router.post("/runs/{run_id}/cancel", response_model=AgentRunRead,
             operation_id="agents:cancel_run")
async def cancel_run(run_id: uuid.UUID, session: DbSession,
                     actor: Actor = Require(Permission.AGENTS_WRITE)) -> AgentRun:
    return await runs.cancel_run(session, actor, run_id)


@router.post("/runs/{run_id}/retry", response_model=AgentRunRead, status_code=202,
             operation_id="agents:retry_run")
async def retry_run(run_id: uuid.UUID, session: DbSession,
                    actor: Actor = Require(Permission.AGENTS_WRITE, roles=ADMIN_ONLY)
                    ) -> AgentRun:
    return await runs.retry_run(session, actor, run_id)


@router.get("/approvals", response_model=Page[ApprovalRead],
            operation_id="agents:list_approvals")
async def list_approvals(session: DbSession,
                         status: ApprovalStatus | None = ApprovalStatus.pending,
                         limit: int = Query(50, ge=1, le=200), cursor: str | None = None,
                         actor: Actor = Require(Permission.AGENTS_READ)) -> Page[ApprovalRead]:
    """Pending approvals by default (what humans have to act on); `status` for the others."""
    items, next_cursor = await runs.list_approvals(session, actor, status,
                                                   PageParams(limit, cursor))
    return Page(items=[ApprovalRead.model_validate(a) for a in items],
                next_cursor=next_cursor)


@router.post("/approvals/{approval_id}/approve", response_model=ApprovalRead,
             operation_id="agents:approve")
async def approve(approval_id: uuid.UUID, body: ApprovalDecision, session: DbSession,
                  actor: Actor = Require(Permission.AGENTS_WRITE)) -> Approval:
    return await runs.approve(session, actor, approval_id, body)


@router.post("/approvals/{approval_id}/reject", response_model=ApprovalRead,
             operation_id="agents:reject")
async def reject(approval_id: uuid.UUID, body: ApprovalRejection, session: DbSession,
                 actor: Actor = Require(Permission.AGENTS_WRITE)) -> Approval:
    return await runs.reject(session, actor, approval_id, body)


@router.get("/sandbox", response_model=SandboxRead, operation_id="agents:get_sandbox")
async def get_sandbox(session: DbSession,
                      actor: Actor = Require(Permission.AGENTS_READ, roles=ADMIN_ONLY)
                      ) -> SandboxRead:
    return await runs.get_sandbox(session, actor)


@router.put("/sandbox", response_model=SandboxRead, operation_id="agents:set_sandbox")
async def set_sandbox(body: SandboxUpdate, session: DbSession,
                      actor: Actor = Require(Permission.AGENTS_WRITE, roles=ADMIN_ONLY)
                      ) -> SandboxRead:
    return await runs.set_sandbox(session, actor, body)
