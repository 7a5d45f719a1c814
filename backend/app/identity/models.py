"""Tables of the identity package (prefix identity_)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, Enum, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models import OrganizationScopedModel, RecordModel
from app.identity.roles import Role

ROLE_ENUM = Enum(Role, name="identity_role", values_callable=lambda e: [r.value for r in e])


class Organization(RecordModel):
    __tablename__ = "identity_organization"

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)


class User(RecordModel):
    __tablename__ = "identity_user"

    email: Mapped[str] = mapped_column(String(320), unique=True, index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    locale: Mapped[str] = mapped_column(String(10), default="pt-BR")
    last_login_at: Mapped[datetime | None]


class Membership(OrganizationScopedModel):
    """A user's role in one organization; a Cliente is bound to one CRM company."""

    __tablename__ = "identity_membership"
    __table_args__ = (UniqueConstraint("organization_id", "user_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("identity_user.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(ROLE_ENUM)
    client_company_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class ApiKey(OrganizationScopedModel):
    """A key for agents and automations; only a hash of the secret is kept."""

    __tablename__ = "identity_api_key"

    name: Mapped[str] = mapped_column(String(120))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(128))
    role: Mapped[Role] = mapped_column(ROLE_ENUM)
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(40)), default=list)
    rate_limit_per_second: Mapped[int | None] = mapped_column(Integer)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("identity_user.id", ondelete="SET NULL")
    )
    last_used_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class Invitation(OrganizationScopedModel):
    """A one-time link that lets an invited user (often a client) set a password."""

    __tablename__ = "identity_invitation"

    email: Mapped[str] = mapped_column(String(320), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(ROLE_ENUM)
    client_company_id: Mapped[uuid.UUID | None]
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("identity_user.id", ondelete="SET NULL")
    )
    expires_at: Mapped[datetime]
    accepted_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
