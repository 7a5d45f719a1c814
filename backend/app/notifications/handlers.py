"""Which events become notifications (in pt-BR, the interface's default language; `kind` and
`data` let a client word them in the user's language), and the push of each new one."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.events import AgentBudgetExceeded
from app.ai.runs.events import AgentRunNeedsManualRetry, ApprovalRequested
from app.core.events import on, subscribe_task
from app.core.pagination import PageParams
from app.identity import service as identity
from app.identity.roles import Role
from app.notifications import service as notifications
from app.notifications.events import NotificationCreated

PUSH_TASK = "notifications.integrations.push"
MAX_ADMINS = 50

subscribe_task(NotificationCreated, PUSH_TASK)


async def _admins(session: AsyncSession, organization_id: uuid.UUID) -> list[uuid.UUID]:
    admins, _ = await identity.users.list(session, identity.Actor.system(organization_id),
                                          PageParams(limit=MAX_ADMINS), role=Role.admin,
                                          active=True)
    return [admin.user_id for admin in admins]


@on(ApprovalRequested)
async def approval_requested(session: AsyncSession, event: ApprovalRequested) -> None:
    await notifications.notify(
        session, organization_id=event.organization_id,
        user_ids=await _admins(session, event.organization_id),
        kind="agents.approval_requested", title=f"Aprovação pendente: {event.title}",
        body="Um agente preparou um envio que só sai com a sua aprovação.",
        link="/agents/approvals",
        data={"approval_id": str(event.approval_id), "run_id": str(event.run_id),
              "approval_kind": event.kind, "approval_title": event.title})


@on(AgentRunNeedsManualRetry)
async def run_needs_manual_retry(session: AsyncSession, event: AgentRunNeedsManualRetry
                                 ) -> None:
    await notifications.notify(
        session, organization_id=event.organization_id, user_ids=[event.user_id],
        kind="agents.run_needs_manual_retry", title=f"Agente {event.agent} parou",
        body="Nenhum modelo de IA respondeu. Tente de novo quando os provedores voltarem.",
        link=f"/agents/runs/{event.run_id}",
        data={"run_id": str(event.run_id), "agent": event.agent})


@on(AgentBudgetExceeded)
async def budget_exceeded(session: AsyncSession, event: AgentBudgetExceeded) -> None:
    who = f"o agente {event.agent}" if event.agent else "a organização"
    await notifications.notify(
        session, organization_id=event.organization_id,
        user_ids=await _admins(session, event.organization_id),
        kind="agents.budget_exceeded", title=f"Orçamento diário de IA excedido por {who}",
        body=f"Gasto de hoje: US$ {event.spent_usd:.2f} (orçamento US$ {event.budget_usd:.2f}).",
        link="/agents/usage",
        data={"agent": event.agent, "day": event.day.isoformat(),
              "spent_usd": str(event.spent_usd), "budget_usd": str(event.budget_usd)})
