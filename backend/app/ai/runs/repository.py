"""Every query of agent runs, approvals and sandbox settings; scoped by organization first."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.models import LLMCall
from app.ai.runs.models import (
    ORGANIZATION_WIDE,
    AgentRun,
    AgentSandbox,
    Approval,
    ApprovalStatus,
)
from app.ai.runs.schemas import RunFilters
from app.core.filtering import apply_filters


class RunRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, organization_id: uuid.UUID, run_id: uuid.UUID, *,
                  for_update: bool = False) -> AgentRun | None:
        stmt = select(AgentRun).where(AgentRun.organization_id == organization_id,
                                      AgentRun.id == run_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def get_unscoped(self, run_id: uuid.UUID, *, for_update: bool = False
                           ) -> AgentRun | None:
        """For worker tasks, which get a run id from our own outbox, not from a caller."""
        stmt = select(AgentRun).where(AgentRun.id == run_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    def list_query(self, organization_id: uuid.UUID, filters: RunFilters) -> Select:
        stmt = select(AgentRun).where(AgentRun.organization_id == organization_id)
        return apply_filters(stmt, {
            AgentRun.agent: filters.agent,
            AgentRun.status: filters.status,
            AgentRun.created_at: (filters.created_from, filters.created_to),
        })

    async def llm_totals(self, organization_id: uuid.UUID, run_id: uuid.UUID
                         ) -> tuple[int, int, int, Decimal]:
        """(calls, input tokens, output tokens, cost) of a run, from the router's ledger."""
        row = (await self.session.execute(
            select(func.count(), func.coalesce(func.sum(LLMCall.input_tokens), 0),
                   func.coalesce(func.sum(LLMCall.output_tokens), 0),
                   func.coalesce(func.sum(LLMCall.cost_usd), 0))
            .where(LLMCall.organization_id == organization_id, LLMCall.run_id == run_id))).one()
        return int(row[0]), int(row[1]), int(row[2]), Decimal(row[3])

    async def pending_approval(self, run_id: uuid.UUID) -> Approval | None:
        return (await self.session.scalars(
            select(Approval).where(Approval.run_id == run_id,
                                   Approval.status == ApprovalStatus.pending)
        )).first()


class ApprovalRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, organization_id: uuid.UUID, approval_id: uuid.UUID, *,
                  for_update: bool = False) -> Approval | None:
        stmt = select(Approval).where(Approval.organization_id == organization_id,
                                      Approval.id == approval_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def get_unscoped(self, approval_id: uuid.UUID) -> Approval | None:
        return await self.session.get(Approval, approval_id)

    def list_query(self, organization_id: uuid.UUID, status: ApprovalStatus | None) -> Select:
        stmt = select(Approval).where(Approval.organization_id == organization_id)
        return apply_filters(stmt, {Approval.status: status})

    async def of_runs(self, organization_id: uuid.UUID, run_ids: list[uuid.UUID],
                      status: ApprovalStatus) -> list[Approval]:
        return list((await self.session.scalars(select(Approval).where(
            Approval.organization_id == organization_id, Approval.run_id.in_(run_ids),
            Approval.status == status))).all())

    async def all_of_runs(self, organization_id: uuid.UUID, run_ids: list[uuid.UUID]
                          ) -> list[Approval]:
        return list((await self.session.scalars(select(Approval).where(
            Approval.organization_id == organization_id, Approval.run_id.in_(run_ids))
            .with_for_update())).all())


class SandboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def all(self, organization_id: uuid.UUID) -> list[AgentSandbox]:
        return list((await self.session.scalars(
            select(AgentSandbox).where(AgentSandbox.organization_id == organization_id)
            .order_by(AgentSandbox.agent))).all())

    async def get(self, organization_id: uuid.UUID, agent: str) -> AgentSandbox | None:
        return (await self.session.scalars(
            select(AgentSandbox).where(AgentSandbox.organization_id == organization_id,
                                       AgentSandbox.agent == agent))).one_or_none()

    async def effective(self, organization_id: uuid.UUID, agent: str) -> bool | None:
        """The agent's own switch, else the organization's, else None (not configured)."""
        rows = {row.agent: row.sandbox for row in await self.all(organization_id)}
        return rows.get(agent, rows.get(ORGANIZATION_WIDE))
