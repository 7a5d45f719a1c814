"""Reading ledger rows back in tests (what a reviewer would see)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.ai.models import LLMCall
from app.core.db import get_sessionmaker


async def calls_of(organization_id: uuid.UUID) -> list[LLMCall]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(
            select(LLMCall).where(LLMCall.organization_id == organization_id)
            .order_by(LLMCall.created_at, LLMCall.attempt))).all())
