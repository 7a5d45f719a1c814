"""The SDR's approval queue: the drafted messages waiting for a person (each the pending
approval object of its step's agent run, in the AI layer), with the lead and campaign they
are for; approve as written or edited, reject with a reason, approve many at once. The
approver is recorded on the approval (and in the audit log) by the AI layer."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai.runs import service as runs
from app.ai.runs.schemas import ApprovalDecision, ApprovalRejection
from app.core.errors import AppError
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.sdr import campaigns
from app.modules.sdr.campaigns import visible_enrollments
from app.modules.sdr.models import Enrollment, Message, MessageStatus
from app.modules.sdr.outcomes import OPEN
from app.modules.sdr.schemas import (
    ApprovalEdit,
    BulkApproval,
    BulkApproved,
    Decided,
    NotDecided,
    SdrApproval,
)


async def queue(session: AsyncSession, actor: Actor, campaign_id: uuid.UUID | None,
                page: PageParams) -> tuple[list[SdrApproval], str | None]:
    stmt = (select(Message).join(Enrollment, Enrollment.id == Message.enrollment_id)
            .where(visible_enrollments(actor),
                   Message.status == MessageStatus.awaiting_approval,
                   Enrollment.status.in_(OPEN)))
    if campaign_id is not None:
        stmt = stmt.where(Enrollment.campaign_id == campaign_id)
    drafts, cursor = await paginate(session, stmt, sort=Message.created_at,
                                    tiebreaker=Message.id, params=page, descending=False)
    if not drafts:
        return [], cursor
    pending = await runs.pending_approvals(session, actor, [m.run_id for m in drafts if m.run_id])
    enrollments = {e.id: e for e in (await session.scalars(select(Enrollment).where(
        Enrollment.id.in_({m.enrollment_id for m in drafts})))).all()}
    names = await campaigns.names(session, {e.campaign_id for e in enrollments.values()})
    items = []
    for message in drafts:
        approval, enrollment = pending.get(message.run_id), enrollments[message.enrollment_id]
        if approval is None:
            continue  # still being written: the run has not paused yet
        items.append(SdrApproval(
            approval_id=approval.id, run_id=approval.run_id, message_id=message.id,
            enrollment_id=enrollment.id, campaign_id=enrollment.campaign_id,
            campaign_name=names.get(enrollment.campaign_id, ""), lead_id=enrollment.lead_id,
            name=enrollment.name, company=enrollment.company, channel=message.channel,
            to=str(approval.payload.get("to") or ""), subject=approval.payload.get("subject"),
            text=str(approval.payload.get("text") or message.text),
            step_index=message.step_index, offline=bool(approval.payload.get("offline")),
            demo=enrollment.demo, created_at=approval.created_at))
    return items, cursor


async def approve(session: AsyncSession, actor: Actor, approval_id: uuid.UUID,
                  body: ApprovalEdit) -> Decided:
    edits = body.model_dump(include={"text", "subject"}, exclude_none=True)
    approval = await runs.approve(session, actor, approval_id,
                                  ApprovalDecision(payload=edits or None, note=body.note))
    return Decided(approval_id=approval.id, status=approval.status)


async def reject(session: AsyncSession, actor: Actor, approval_id: uuid.UUID,
                 body: ApprovalRejection) -> Decided:
    approval = await runs.reject(session, actor, approval_id, body)
    return Decided(approval_id=approval.id, status=approval.status)


async def approve_many(session: AsyncSession, actor: Actor, body: BulkApproval
                       ) -> BulkApproved:
    """Each one on its own savepoint: one already decided does not undo the others."""
    approved, failed = [], []
    for approval_id in dict.fromkeys(body.approval_ids):
        try:
            async with session.begin_nested():
                await runs.approve(session, actor, approval_id, ApprovalDecision())
            approved.append(approval_id)
        except AppError as exc:
            failed.append(NotDecided(approval_id=approval_id, message=str(exc)))
    return BulkApproved(approved=approved, failed=failed)
