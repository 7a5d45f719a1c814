"""Async engine and the unit of work: one session per request or task.

The request dependency commits once when the route returns and rolls back on
any error, so a route either changes everything it meant to or nothing. Safe
methods (GET, HEAD, OPTIONS) change nothing, so their session runs without an
explicit transaction (PostgreSQL autocommit): under READ COMMITTED a transaction
would give them no stronger guarantee, and it saves two round trips per request.
Committed events leave through the outbox after the commit (see core.events).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import orjson
from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.config import get_settings

_engine: AsyncEngine | None = None
_sessionmaker: async_sessionmaker[AsyncSession] | None = None
_read_sessionmaker: async_sessionmaker[AsyncSession] | None = None
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _json_dumps(value: object) -> str:
    """JSON columns through orjson (several times faster than the stdlib both ways)."""
    return orjson.dumps(value).decode()


def create_engine(url: str | None = None, **kwargs) -> AsyncEngine:
    settings = get_settings()
    engine = create_async_engine(
        url or settings.database_url,
        json_serializer=_json_dumps,
        json_deserializer=orjson.loads,
        pool_size=kwargs.pop("pool_size", settings.db_pool_size),
        max_overflow=kwargs.pop("max_overflow", settings.db_max_overflow),
        **kwargs,
    )
    _ping_idle_connections(engine, settings.db_ping_idle_seconds)
    return engine


def _ping_idle_connections(engine: AsyncEngine, idle_seconds: float) -> None:
    """Pessimistic disconnect handling, like `pool_pre_ping`, but only for connections that
    sat in the pool for `idle_seconds` or more. A pooled connection that PostgreSQL closed
    (restart, failover, idle timeout) is replaced before use instead of failing a request;
    a connection handed back a moment ago is used as is, which under load saves the ping's
    two round trips (the asyncpg dialect pings with BEGIN + ROLLBACK) on every request."""
    pool = engine.sync_engine.pool

    @event.listens_for(pool, "checkin")
    def _returned(dbapi_connection, record) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def _check(dbapi_connection, record, proxy) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < idle_seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # the pool retries with a fresh connection
            raise DisconnectionError("pooled connection is gone") from exc


def get_engine() -> AsyncEngine:
    if _engine is None:
        use_engine(create_engine())
    assert _engine is not None
    return _engine


def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    get_engine()
    assert _sessionmaker is not None
    return _sessionmaker


def get_read_sessionmaker() -> async_sessionmaker[AsyncSession]:
    """Sessions for safe requests: same pool, no BEGIN/COMMIT (autocommit)."""
    get_engine()
    assert _read_sessionmaker is not None
    return _read_sessionmaker


def use_engine(engine: AsyncEngine) -> None:
    """Point the process at another engine (tests, the bench, the worker)."""
    global _engine, _sessionmaker, _read_sessionmaker
    _engine = engine
    _sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    _read_sessionmaker = async_sessionmaker(
        engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False)


async def dispose_engine() -> None:
    global _engine, _sessionmaker, _read_sessionmaker
    if _engine is not None:
        await _engine.dispose()
    _engine = None
    _sessionmaker = None
    _read_sessionmaker = None


@asynccontextmanager
async def unit_of_work(*, read_only: bool = False) -> AsyncIterator[AsyncSession]:
    """One unit of work for a request, task or script: commit on success, rollback on
    error, then hand the committed outbox rows to the relay. `read_only` sessions run in
    autocommit (see the module docstring)."""
    from app.core.events.relay import after_commit

    async with (get_read_sessionmaker() if read_only else get_sessionmaker())() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    await after_commit(session)


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with unit_of_work(read_only=request.method in SAFE_METHODS) as session:
        yield session


# scope="function": commit (and its failure) happens before the response is sent; with the
# default request scope FastAPI would send 2xx first and commit afterwards.
DbSession = Annotated[AsyncSession, Depends(_request_session, scope="function")]
