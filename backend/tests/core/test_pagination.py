"""Keyset pagination: a statement prepared once and run on the driver (`prepared_page`)
walks the same pages, and answers the same JSON, as one built per request (`paginate`), in
either direction, with or without a tiebreaker; the audit log's filters bind their values."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import orjson
import pytest
from sqlalchemy import String, TypeDecorator, bindparam, literal_column, select, type_coerce

from app.core.audit.models import ActorType, AuditEntry
from app.core.audit.repository import AuditFilter
from app.core.audit.service import list_entries
from app.core.db import get_engine, get_sessionmaker
from app.core.errors import ValidationFailed
from app.core.pagination import PageParams, page_response, paginate
from app.core.prepared_pages import prepared_page

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
async def entries(make_org) -> uuid.UUID:
    """23 entries about deals in one organization; occurred_at repeats in threes, so a page
    boundary falls inside a run of equal sort values and only the tiebreaker orders it."""
    org = (await make_org()).id
    await _commit(*[AuditEntry(
        organization_id=org, occurred_at=START + timedelta(minutes=n // 3),
        actor_type=ActorType.agent if n % 2 else ActorType.user, actor_id=f"a{n % 4}",
        action=f"crm.deal.{'created' if n % 5 else 'updated'}", entity_type="deal",
        entity_id=str(n)) for n in range(23)])
    return org


async def _commit(*rows: AuditEntry) -> None:
    """Committed: `prepared_page` reads on a connection of its own."""
    async with get_sessionmaker()() as session:
        session.add_all(rows)
        await session.commit()


async def _walk(session, stmt, *, sort, tiebreaker, descending, bind=None, limit=4):
    """Every page in turn, as the JSON bodies the API would answer."""
    bodies, cursor = [], None
    while True:
        params = PageParams(limit, cursor)
        if bind is None:
            rows, cursor = await paginate(session, stmt, sort=sort, tiebreaker=tiebreaker,
                                          params=params, descending=descending,
                                          plain_rows=True)
        else:
            rows, cursor = await prepared_page(stmt, bind, sort=sort,
                                               tiebreaker=tiebreaker, params=params,
                                               descending=descending)
        assert len(rows) <= limit
        bodies.append(orjson.loads(page_response(rows, cursor).body))
        if cursor is None:
            return bodies


def _entity_ids(bodies: list[dict]) -> list[str]:
    return [item["entity_id"] for body in bodies for item in body["items"]]


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
    assert _entity_ids(built) == expected
    assert bound == built  # the same bodies, cursors included
    # prepared once: walking again, in one page, reuses it with new values
    again = await _walk(session, bound_stmt, sort=sort, tiebreaker=tiebreaker,
                        descending=descending, bind={"org": entries}, limit=23)
    assert _entity_ids(again) == expected


async def test_json_columns_are_answered_as_stored(entries):
    await _commit(AuditEntry(organization_id=entries, actor_type=ActorType.user, action="x",
                             entity_type="deal", entity_id="json",
                             after={"stage": "Proposta", "value": 1500.5, "tags": ["a", "é"]}))
    stmt = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == bindparam("org"), AuditEntry.entity_id == "json")
    rows, _ = await prepared_page(stmt, {"org": entries}, sort=AuditEntry.seq,
                                  tiebreaker=None, params=PageParams(5))
    item = orjson.loads(page_response(rows, None).body)["items"][0]
    assert item["after"] == {"stage": "Proposta", "value": 1500.5, "tags": ["a", "é"]}
    assert item["before"] is None and item["actor_type"] == "user"


class _Shouted(TypeDecorator):
    """A type converted in Python: the driver's value is not what the API should answer."""
    impl = String
    cache_ok = True

    def process_result_value(self, value, dialect):
        return value.upper() if value else value


async def test_a_column_converted_in_python_is_refused(entries):
    stmt = select(AuditEntry.seq, type_coerce(AuditEntry.action, _Shouted).label("a")).where(
        AuditEntry.organization_id == bindparam("org"))
    with pytest.raises(TypeError, match="converted in Python"):
        await prepared_page(stmt, {"org": entries}, sort=AuditEntry.seq,
                            tiebreaker=None, params=PageParams(1))


async def test_a_bad_cursor_is_a_field_error(entries):
    stmt = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == bindparam("org"))
    with pytest.raises(ValidationFailed) as failed:
        await prepared_page(stmt, {"org": entries}, sort=AuditEntry.seq,
                            tiebreaker=None, params=PageParams(5, "bm90LWpzb24"))
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
async def test_audit_filters_bind_their_values(entries, filters, expected):
    rows, cursor = await list_entries(entries, filters, PageParams(50))
    # (the organization's own creation is in its log too)
    assert cursor is None
    assert {int(r["entity_id"]) for r in rows if r["entity_type"] == "deal"} == expected
    other, _ = await list_entries(uuid.uuid4(), filters, PageParams(50))
    assert other == []


async def test_an_interrupted_read_leaves_the_pool_usable(entries):
    """A client that goes away mid-statement: the connection goes back to the pool, and the
    next read gets a working one."""
    slow = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == bindparam("org"),
        literal_column("pg_sleep(2)::text").is_(None))
    pool = get_engine().pool
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(prepared_page(slow, {"org": entries}, sort=AuditEntry.seq,
                                             tiebreaker=None, params=PageParams(5)), 0.2)
    assert pool.checkedout() == 0
    fast = select(*AuditEntry.__table__.columns).where(
        AuditEntry.organization_id == bindparam("org"))
    rows, _ = await asyncio.wait_for(prepared_page(fast, {"org": entries}, sort=AuditEntry.seq,
                                                   tiebreaker=None, params=PageParams(5)), 1)
    assert len(rows) == 5
