"""Routes of enrollments (/sdr/enrollments): a lead's conversation in a campaign."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import READ
from app.modules.sdr.schemas import MessageRead

router = APIRouter(prefix="/enrollments")


@router.get("/{enrollment_id}/messages", response_model=list[MessageRead],
            operation_id="sdr:enrollment_messages",
            summary="The lead's conversation in this campaign: messages out and replies in")
async def enrollment_messages(enrollment_id: uuid.UUID, session: DbSession,
                              actor: Actor = READ) -> list[MessageRead]:
    return [MessageRead.model_validate(m)
            for m in await sdr.campaigns.conversation(session, actor, enrollment_id)]
