"""Per-organization CRM settings: tags (crm_tag), custom field definitions
(crm_custom_field) and each user's saved views (crm_saved_view)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel


class Entity(StrEnum):
    """The record kinds that carry tags and custom fields and have list views."""

    company = "company"
    contact = "contact"
    deal = "deal"


class CustomFieldType(StrEnum):
    text = "text"
    number = "number"
    money = "money"
    date = "date"
    select = "select"
    multi_select = "multi_select"
    boolean = "boolean"


class Tag(OrganizationScopedModel):
    __tablename__ = "crm_tag"
    __table_args__ = (UniqueConstraint("organization_id", "key"),)

    name: Mapped[str] = mapped_column(String(60), nullable=False)
    key: Mapped[str] = mapped_column(String(60), nullable=False)  # folded name: unique
    color: Mapped[str | None] = mapped_column(String(7), nullable=True)


class CustomFieldDefinition(OrganizationScopedModel):
    __tablename__ = "crm_custom_field"
    __table_args__ = (UniqueConstraint("organization_id", "entity", "key"),)

    entity: Mapped[Entity] = mapped_column(String(10), nullable=False)
    key: Mapped[str] = mapped_column(String(60), nullable=False)
    label: Mapped[str] = mapped_column(String(120), nullable=False)
    type: Mapped[CustomFieldType] = mapped_column(String(20), nullable=False)
    options: Mapped[list[str]] = mapped_column(JSONB, nullable=False, default=list,
                                               server_default=text("'[]'::jsonb"))
    required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SavedView(OrganizationScopedModel):
    __tablename__ = "crm_saved_view"
    __table_args__ = (Index("ix_crm_saved_view_user", "organization_id", "user_id", "entity"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("identity_user.id", ondelete="CASCADE"), nullable=False)
    entity: Mapped[Entity] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    filters: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    sort: Mapped[str | None] = mapped_column(String(40), nullable=True)
    columns: Mapped[list[str]] = mapped_column(JSONB, nullable=False, default=list)
