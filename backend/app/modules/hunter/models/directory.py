"""The organization's company directory (hunter_directory_entry): lists it uploaded as CSV,
which the `directory` source searches (with the shipped demo directory in demo and
development)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class DirectoryEntry(OrganizationScopedModel):
    __tablename__ = "hunter_directory_entry"
    __table_args__ = (Index("ix_hunter_directory_entry_list", "organization_id", "list_name"),)

    list_name: Mapped[str] = mapped_column(String(120), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    # the company's fields as hunter candidates carry them (see schemas.Candidate)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    search_text: Mapped[str] = mapped_column(Text, nullable=False)
    row_number: Mapped[int] = mapped_column(Integer, nullable=False)
