"""Routes of leads in outreach (/sdr/leads)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import WRITE
from app.modules.sdr.schemas import Acceptance, Accepted

router = APIRouter(prefix="/leads")


@router.post("/{lead_id}/accept", response_model=Accepted, status_code=202,
             operation_id="sdr:accept_lead",
             summary="The lead accepted: the CRM creates or links its company, contact and a "
             "deal in the default pipeline's first stage, with score and provenance, once")
async def accept_lead(lead_id: uuid.UUID, body: Acceptance, session: DbSession,
                      actor: Actor = WRITE) -> Accepted:
    return await sdr.acceptance.accept(session, actor, lead_id, body)
