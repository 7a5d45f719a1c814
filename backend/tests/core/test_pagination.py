"""Keyset pagination: a statement built once and bound per request (`paginate(bind=...)`)
walks the same rows as one built per request, in either direction, with or without a
tiebreaker; and the audit log's filters bind their values."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import bindparam, select

from app.core.audit.models import ActorType, AuditEntry
from app.core.audit.repository import AuditFilter
from app.core.audit.service import list_entries
from app.core.errors import ValidationFailed
from app.core.pagination import PageParams, paginate

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def entries(session, make_org) -> uuid.UUID:
    """23 entries about deals in one organization; occurred_at repeats in threes, so a page boundary
    falls inside a run of equal sort values and only the tiebreaker orders it."""
    org = (await make_org()).id
    for n in range(23):
        session.add(AuditEntry(
            organization_id=org, occurred_at=START + timedelta(minutes=n // 3),
            actor_type=ActorType.agent if n % 2 else ActorType.user, actor_id=f"a{n % 4}",
            action=f"crm.deal.{'created' if n % 5 else 'updated'}", entity_type="deal",
            entity_id=str(n)))
    await session.flush()
    return org


async def _walk(session, stmt, *, sort, tiebreaker, descending, bind=None, limit=4):
    seen, cursor = [], None
    while True:
        rows, cursor = await paginate(session, stmt, sort=sort, tiebreaker=tiebreaker,
                                      params=PageParams(limit, cursor), descending=descending,
                                      plain_rows=True, bind=bind)
        assert len(rows) <= limit
        seen += [r["entity_id"] for r in rows]
        if cursor is None:
            return seen


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("tiebreak", [False, True])
async def test_a_bound_statement_walks_the_same_pages(session, entries, descending, tiebreak):
    sort, tiebreaker = ((AuditEntry.occurred_at, AuditEntry.seq) if tiebreak
                        else (AuditEntry.seq, None))
    columns = select(*AuditEntry.__table__.columns).where(AuditEntry.entity_type == "deal")
    built = await _walk(session, columns.where(AuditEntry.organization_id == entries),
                        sort=sort, tiebreaker=tiebreaker, descending=descending)
    bound_stmt = columns.where(AuditEntry.organization_id == bindparam("org"))
    bound = await _walk(session, bound_stmt, sort=sort, tiebreaker=tiebreaker,
                        descending=descending, bind={"org": entries})
    expected = [str(n) for n in (range(22, -1, -1) if descending else range(23))]
    assert built == bound == expected
    # the page statements were built once: walking again reuses them with new values
    assert await _walk(session, bound_stmt, sort=sort, tiebreaker=tiebreaker,
                       descending=descending, bind={"org": entries}, limit=23) == expected


async def test_a_bad_cursor_is_a_field_error(session, entries):
    stmt = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == bindparam("org"))
    with pytest.raises(ValidationFailed) as failed:
        await paginate(session, stmt, sort=AuditEntry.seq, tiebreaker=None,
                       params=PageParams(5, "bm90LWpzb24"), plain_rows=True,
                       bind={"org": entries})
    assert [e.field for e in failed.value.errors] == ["cursor"]


@pytest.mark.parametrize(("filters", "expected"), [
    (AuditFilter(actor_type=ActorType.agent), {n for n in range(23) if n % 2}),
    (AuditFilter(actor_id="a1", action="crm.deal.created"),
     {n for n in range(23) if n % 4 == 1 and n % 5}),
    (AuditFilter(action="crm.deal.up*"), {n for n in range(23) if n % 5 == 0}),
    (AuditFilter(entity_type="deal", entity_id="7"), {7}),
    (AuditFilter(since=START + timedelta(minutes=6)), set(range(18, 23))),
    (AuditFilter(since=START + timedelta(minutes=1), until=START + timedelta(minutes=2)),
     set(range(3, 9))),
])
async def test_audit_filters_bind_their_values(session, entries, filters, expected):
    rows, cursor = await list_entries(session, entries, filters, PageParams(50))
    # (the organization's own creation is in its log too)
    assert cursor is None
    assert {int(r["entity_id"]) for r in rows if r["entity_type"] == "deal"} == expected
    other, _ = await list_entries(session, uuid.uuid4(), filters, PageParams(50))
    assert other == []
