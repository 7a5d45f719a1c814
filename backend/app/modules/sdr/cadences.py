"""Cadences: create, read, list, archive (the steps are checked by the schema: the first one
is a message that needs approval)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, FieldError, NotFound
from app.identity.actor import Actor
from app.modules.sdr.calendar import SendingWindow
from app.modules.sdr.models import Cadence
from app.modules.sdr.schemas import CadenceCreate


async def create(session: AsyncSession, actor: Actor, body: CadenceCreate) -> Cadence:
    taken = await session.scalar(select(Cadence.id).where(
        Cadence.organization_id == actor.organization_id, Cadence.name == body.name))
    if taken:
        raise Conflict("A cadence with this name exists", errors=[
            FieldError(field="name", message="already exists", type="duplicate")])
    cadence = Cadence(organization_id=actor.organization_id, name=body.name,
                      steps=[s.model_dump(mode="json") for s in body.steps],
                      window_start=body.window_start, window_end=body.window_end,
                      weekdays=body.weekdays, daily_cap=body.daily_cap,
                      spacing_min_seconds=body.spacing_min_seconds,
                      spacing_max_seconds=body.spacing_max_seconds)
    session.add(cadence)
    await session.flush()
    await audit.record(session, actor, "sdr.cadence.created", "sdr_cadence", cadence.id,
                       after=audit.snapshot(cadence))
    return cadence


async def get(session: AsyncSession, actor: Actor, cadence_id: uuid.UUID) -> Cadence:
    cadence = (await session.scalars(select(Cadence).where(
        Cadence.organization_id == actor.organization_id, Cadence.id == cadence_id))
    ).one_or_none()
    if cadence is None:
        raise NotFound("Cadence not found")
    return cadence


async def list_cadences(session: AsyncSession, actor: Actor) -> list[Cadence]:
    return list((await session.scalars(select(Cadence).where(
        Cadence.organization_id == actor.organization_id, Cadence.archived_at.is_(None))
        .order_by(Cadence.name))).all())


def window_of(cadence: Cadence) -> SendingWindow:
    return SendingWindow(cadence.window_start, cadence.window_end, frozenset(cadence.weekdays))


async def archive(session: AsyncSession, actor: Actor, cadence_id: uuid.UUID) -> None:
    """Gone from the list and from new campaigns; running campaigns keep following it."""
    cadence = await get(session, actor, cadence_id)
    if cadence.archived_at is None:
        cadence.archived_at = datetime.now(UTC)
        await audit.record(session, actor, "sdr.cadence.archived", "sdr_cadence", cadence.id,
                           after={"archived_at": cadence.archived_at.isoformat()})
