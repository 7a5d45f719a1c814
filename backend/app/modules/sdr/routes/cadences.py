"""Routes of cadences (/sdr/cadences)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.sdr import service as sdr
from app.modules.sdr.models import Cadence
from app.modules.sdr.routes.access import READ, WRITE
from app.modules.sdr.schemas import CadenceCreate, CadenceRead

router = APIRouter(prefix="/cadences")


@router.get("", response_model=list[CadenceRead], operation_id="sdr:list_cadences")
async def list_cadences(session: DbSession, actor: Actor = READ) -> list[Cadence]:
    return await sdr.cadences.list_cadences(session, actor)


@router.post("", response_model=CadenceRead, status_code=201, operation_id="sdr:create_cadence",
             summary="Ordered steps (the first a message that needs approval), the sending "
             "window, a daily cap per sender and randomised spacing")
async def create_cadence(body: CadenceCreate, session: DbSession, actor: Actor = WRITE
                         ) -> Cadence:
    return await sdr.cadences.create(session, actor, body)


@router.get("/{cadence_id}", response_model=CadenceRead, operation_id="sdr:get_cadence")
async def get_cadence(cadence_id: uuid.UUID, session: DbSession, actor: Actor = READ
                      ) -> Cadence:
    return await sdr.cadences.get(session, actor, cadence_id)


@router.delete("/{cadence_id}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="sdr:archive_cadence",
               summary="Archive: gone from the list and from new campaigns; running "
               "campaigns keep following it")
async def archive_cadence(cadence_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                          ) -> Response:
    await sdr.cadences.archive(session, actor, cadence_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
