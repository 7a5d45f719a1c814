"""Routes of the SDR's approval queue (/sdr/approvals)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.ai.runs.schemas import ApprovalRejection
from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import (
    ApprovalEdit,
    BulkApproval,
    BulkApproved,
    Decided,
    SdrApproval,
)

router = APIRouter(prefix="/approvals")


@router.get("", response_model=Page[SdrApproval], operation_id="sdr:list_approvals",
            summary="Drafted messages waiting for a person, oldest first, with their lead "
            "and campaign")
async def list_approvals(session: DbSession, campaign_id: uuid.UUID | None = None,
                         limit: Annotated[int, Query(ge=1, le=200)] = 50,
                         cursor: str | None = None, actor: Actor = READ) -> Page[SdrApproval]:
    items, next_cursor = await sdr.approvals.queue(session, actor, campaign_id,
                                                   PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)


@router.post("/bulk-approve", response_model=BulkApproved, operation_id="sdr:bulk_approve",
             summary="Approve many drafts as written; each one that cannot be (already "
             "decided, unknown) is listed with why, and the others still go")
async def bulk_approve(body: BulkApproval, session: DbSession, actor: Actor = WRITE
                       ) -> BulkApproved:
    return await sdr.approvals.approve_many(session, actor, body)


@router.post("/{approval_id}/approve", response_model=Decided,
             operation_id="sdr:approve_message",
             summary="Approve the draft, as written or with an edited text/subject; it goes "
             "out (sandbox unless turned off) after the last suppression check")
async def approve_message(approval_id: uuid.UUID, body: ApprovalEdit, session: DbSession,
                          actor: Actor = WRITE) -> Decided:
    return await sdr.approvals.approve(session, actor, approval_id, body)


@router.post("/{approval_id}/reject", response_model=Decided,
             operation_id="sdr:reject_message",
             summary="Reject the draft: nothing is sent and the enrollment finishes as "
             "rejected")
async def reject_message(approval_id: uuid.UUID, body: ApprovalRejection, session: DbSession,
                         actor: Actor = WRITE) -> Decided:
    return await sdr.approvals.reject(session, actor, approval_id, body)
