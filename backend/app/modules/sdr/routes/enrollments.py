"""Routes of enrollments (/sdr/enrollments): a lead's conversation in a campaign."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.models import Enrollment, Message
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import EnrollmentRead, ManualMessage, MessageRead

router = APIRouter(prefix="/enrollments")


@router.get("/{enrollment_id}", response_model=EnrollmentRead,
            operation_id="sdr:get_enrollment")
async def get_enrollment(enrollment_id: uuid.UUID, session: DbSession, actor: Actor = READ
                         ) -> Enrollment:
    return await sdr.conversations.enrollment_of(session, actor, enrollment_id)


@router.get("/{enrollment_id}/messages", response_model=list[MessageRead],
            operation_id="sdr:enrollment_messages",
            summary="The lead's conversation in this campaign: messages out and replies in")
async def enrollment_messages(enrollment_id: uuid.UUID, session: DbSession,
                              actor: Actor = READ) -> list[Message]:
    return await sdr.conversations.messages(session, actor, enrollment_id)


@router.post("/{enrollment_id}/messages", response_model=MessageRead, status_code=201,
             operation_id="sdr:answer_lead",
             summary="A person's answer, sent at once on the channel the lead wrote on "
             "(sandbox unless turned off); 409 with code `suppressed`, `demo_lead` or "
             "`no_address` when it cannot go")
async def answer_lead(enrollment_id: uuid.UUID, body: ManualMessage, session: DbSession,
                      actor: Actor = WRITE) -> Message:
    return await sdr.conversations.answer(session, actor, enrollment_id, body)


@router.post("/{enrollment_id}/pause", response_model=EnrollmentRead,
             operation_id="sdr:pause_enrollment")
async def pause_enrollment(enrollment_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                           ) -> Enrollment:
    return await sdr.pausing.set_enrollment(session, actor, enrollment_id, paused=True)


@router.post("/{enrollment_id}/resume", response_model=EnrollmentRead,
             operation_id="sdr:resume_enrollment")
async def resume_enrollment(enrollment_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                            ) -> Enrollment:
    return await sdr.pausing.set_enrollment(session, actor, enrollment_id, paused=False)
