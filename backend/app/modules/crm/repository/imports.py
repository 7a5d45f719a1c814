"""Every query of imports and their row outcomes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.crm.models import ImportJob, ImportRow, RowAction


class ImportRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _scoped(self, organization_id: uuid.UUID, user_id: uuid.UUID | None) -> Select:
        stmt = select(ImportJob).where(ImportJob.organization_id == organization_id)
        return stmt.where(ImportJob.created_by == user_id) if user_id else stmt

    async def get(self, organization_id: uuid.UUID, import_id: uuid.UUID, *,
                  user_id: uuid.UUID | None = None, for_update: bool = False
                  ) -> ImportJob | None:
        stmt = self._scoped(organization_id, user_id).where(ImportJob.id == import_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def get_for_task(self, import_id: uuid.UUID) -> ImportJob | None:
        """For the import task, which gets the id from our own outbox, not from a caller."""
        return (await self.session.scalars(
            select(ImportJob).where(ImportJob.id == import_id).with_for_update())).one_or_none()

    def list_query(self, organization_id: uuid.UUID, user_id: uuid.UUID | None) -> Select:
        return self._scoped(organization_id, user_id)

    def rows_query(self, import_id: uuid.UUID, action: RowAction | None) -> Select:
        stmt = select(ImportRow).where(ImportRow.import_id == import_id)
        return stmt.where(ImportRow.action == action) if action else stmt

    async def add_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            await self.session.execute(insert(ImportRow), rows)
