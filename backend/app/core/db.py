"""Async engine and the unit of work: one session per request or task.

The request dependency commits once when the route returns and rolls back on
any error, so a route either changes everything it meant to or nothing.
Committed events leave through the outbox after the commit (see core.events).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.config import get_settings

_engine: AsyncEngine | None = None
_sessionmaker: async_sessionmaker[AsyncSession] | None = None


def create_engine(url: str | None = None, **kwargs) -> AsyncEngine:
    settings = get_settings()
    return create_async_engine(
        url or settings.database_url,
        pool_pre_ping=True,
        pool_size=kwargs.pop("pool_size", settings.db_pool_size),
        max_overflow=kwargs.pop("max_overflow", settings.db_max_overflow),
        **kwargs,
    )


def get_engine() -> AsyncEngine:
    global _engine, _sessionmaker
    if _engine is None:
        _engine = create_engine()
        _sessionmaker = async_sessionmaker(_engine, expire_on_commit=False)
    return _engine


def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    get_engine()
    assert _sessionmaker is not None
    return _sessionmaker


def use_engine(engine: AsyncEngine) -> None:
    """Point the process at another engine (tests, the bench, the worker)."""
    global _engine, _sessionmaker
    _engine = engine
    _sessionmaker = async_sessionmaker(engine, expire_on_commit=False)


async def dispose_engine() -> None:
    global _engine, _sessionmaker
    if _engine is not None:
        await _engine.dispose()
    _engine = None
    _sessionmaker = None


@asynccontextmanager
async def unit_of_work() -> AsyncIterator[AsyncSession]:
    """Session for a task or script: commit on success, rollback on error,
    then hand committed outbox rows to the relay."""
    from app.core.events.relay import after_commit

    async with get_sessionmaker()() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    await after_commit(session)


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    from app.core.events.relay import after_commit

    async with get_sessionmaker()() as session:
        request.state.session = session
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    await after_commit(session)


DbSession = Annotated[AsyncSession, Depends(_request_session)]
