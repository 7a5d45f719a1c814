"""The suppression list: checked before every send (`blocked`, which also refuses the
addresses of CRM contacts who opted out), fed by unsubscribes, bounces and complaints, and by
people. Adding an address again keeps the first entry."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import NotFound
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.sdr.models import Suppression
from app.modules.sdr.schemas import SuppressionCreate


async def add(session: AsyncSession, actor: Actor, body: SuppressionCreate) -> Suppression:
    await session.execute(insert(Suppression).values(
        id=uuid.uuid4(), organization_id=actor.organization_id, kind=body.kind,
        value=body.value, reason=body.reason, note=body.note, added_by=actor.user_id,
    ).on_conflict_do_nothing(index_elements=["organization_id", "kind", "value"]))
    entry = (await session.scalars(select(Suppression).where(
        Suppression.organization_id == actor.organization_id, Suppression.kind == body.kind,
        Suppression.value == body.value))).one()
    await audit.record(session, actor, "sdr.suppression.added", "sdr_suppression", entry.id,
                       after={"kind": entry.kind, "reason": entry.reason})
    return entry


async def remove(session: AsyncSession, actor: Actor, entry_id: uuid.UUID) -> None:
    entry = (await session.scalars(select(Suppression).where(
        Suppression.organization_id == actor.organization_id,
        Suppression.id == entry_id))).one_or_none()
    if entry is None:
        raise NotFound("Suppression entry not found")
    await audit.record(session, actor, "sdr.suppression.removed", "sdr_suppression", entry.id,
                       before={"kind": entry.kind, "reason": entry.reason})
    await session.delete(entry)


async def list_entries(session: AsyncSession, actor: Actor, q: str | None, page: PageParams
                       ) -> tuple[list[Suppression], str | None]:
    stmt = select(Suppression).where(Suppression.organization_id == actor.organization_id)
    if q:
        stmt = stmt.where(Suppression.value.contains(q.strip().lower(), autoescape=True))
    return await paginate(session, stmt, sort=Suppression.created_at, tiebreaker=Suppression.id,
                          params=page)


async def blocked(session: AsyncSession, organization_id: uuid.UUID, *,
                  emails: list[str] | None = None, phones: list[str] | None = None) -> set[str]:
    """Which of these (normalised) addresses must never be written to: on the suppression
    list, or a CRM contact's who opted out."""
    emails = [e.lower() for e in emails or []]
    values = emails + list(phones or [])
    if not values:
        return set()
    rows = await session.scalars(select(Suppression.value).where(
        Suppression.organization_id == organization_id, Suppression.value.in_(values)))
    return set(rows.all()) | await crm.contacts.opted_out(
        session, organization_id, emails=emails, phones=list(phones or []))
