"""Routes of leads in outreach (/sdr/leads)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.routes.access import WRITE
from app.modules.sdr.schemas import Acceptance, Accepted, PersonalData

router = APIRouter(prefix="/leads")


@router.post("/{lead_id}/accept", response_model=Accepted, status_code=202,
             operation_id="sdr:accept_lead",
             summary="The lead accepted: the CRM creates or links its company, contact and a "
             "deal in the default pipeline's first stage, with score and provenance, once")
async def accept_lead(lead_id: uuid.UUID, body: Acceptance, session: DbSession,
                      actor: Actor = WRITE) -> Accepted:
    return await sdr.acceptance.accept(session, actor, lead_id, body)


@router.get("/{lead_id}/personal-data", response_model=PersonalData,
            operation_id="sdr:export_personal_data",
            summary="LGPD export: the lead with provenance and legal basis, its enrollments, "
            "messages and suppression entries")
async def export_personal_data(lead_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                               ) -> PersonalData:
    return await sdr.privacy.export(session, actor, lead_id)


@router.delete("/{lead_id}/personal-data", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="sdr:erase_personal_data",
               summary="LGPD erasure: stops the lead's cadences and erases its people, "
               "addresses and messages (a suppression entry stays, to honour the opt-out)")
async def erase_personal_data(lead_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                              ) -> Response:
    await sdr.privacy.erase(session, actor, lead_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
