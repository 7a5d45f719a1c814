"""Columns every CRM record (company, contact, deal) has: owner, tags, custom fields and the
folded text the trigram search reads."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class RecordColumns:
    @declared_attr
    def owner_id(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805
        return mapped_column(ForeignKey("identity_user.id", ondelete="SET NULL"), nullable=True)

    tag_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), nullable=False, default=list,
        server_default=text("'{}'::uuid[]"))
    custom_fields: Mapped[dict[str, Any]] = mapped_column(
        JSONB, nullable=False, default=dict, server_default=text("'{}'::jsonb"))
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")


def trigram_index(table: str) -> Index:
    """The GIN trigram index of a table's search text (pg_trgm, created by the migration)."""
    return Index(f"ix_{table}_search_trgm", "search_text", postgresql_using="gin",
                 postgresql_ops={"search_text": "gin_trgm_ops"})


def array_index(table: str, column: str) -> Index:
    return Index(f"ix_{table}_{column}", column, postgresql_using="gin")
