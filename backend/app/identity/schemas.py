"""Public input/output models of identity."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.types import Email
from app.identity.roles import Permission, Role


class LoginRequest(BaseModel):
    email: Email
    password: str = Field(min_length=1, max_length=200)
    organization: str | None = Field(
        None, description="Organization slug, when the user belongs to several")


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=10, max_length=4000)


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Access token lifetime in seconds")


class OrganizationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    name: str
    slug: str


Locale = Literal["pt-BR", "en"]


class ProfileUpdate(BaseModel):
    """What signed-in users change about themselves."""

    full_name: str | None = Field(None, min_length=2, max_length=200)
    locale: Locale | None = Field(None, description="The interface language")


class MeRead(BaseModel):
    kind: str = Field(description="`user` or `api_key`")
    id: uuid.UUID
    email: str | None = None
    full_name: str | None = None
    locale: str | None = None
    role: Role
    permissions: list[Permission]
    organization: OrganizationRead
    client_company_id: uuid.UUID | None = None


def _strong_password(value: str) -> str:
    if len(value) < 8:
        raise ValueError("must have at least 8 characters")
    if value.isdigit() or value.isalpha():
        raise ValueError("must mix letters with digits or symbols")
    return value


class _ClientBinding(BaseModel):
    role: Role
    client_company_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _client_needs_company(self):
        if self.role is Role.cliente and self.client_company_id is None:
            raise ValueError("client_company_id: a Cliente must be bound to one company")
        if self.role is not Role.cliente and self.client_company_id is not None:
            raise ValueError("client_company_id: only a Cliente is bound to a company")
        return self


class UserCreate(_ClientBinding):
    email: Email
    full_name: str = Field(min_length=2, max_length=200)
    password: str = Field(max_length=200)

    _pw = field_validator("password")(_strong_password)


class UserUpdate(BaseModel):
    full_name: str | None = Field(None, min_length=2, max_length=200)
    role: Role | None = None
    client_company_id: uuid.UUID | None = None
    is_active: bool | None = None


class MemberRead(BaseModel):
    user_id: uuid.UUID
    email: str
    full_name: str
    role: Role
    client_company_id: uuid.UUID | None
    is_active: bool
    last_login_at: datetime | None
    created_at: datetime


class Colleague(BaseModel):
    """A member as colleagues see them (owner pickers, names on cards): no e-mail."""

    user_id: uuid.UUID
    full_name: str
    role: Role


class InvitationCreate(_ClientBinding):
    email: Email
    full_name: str = Field(min_length=2, max_length=200)


class InvitationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    client_company_id: uuid.UUID | None
    expires_at: datetime
    accepted_at: datetime | None
    revoked_at: datetime | None
    created_at: datetime


class InvitationCreated(InvitationRead):
    invite_url: str = Field(description="One-time link; shown only in this response")


class InvitationAccept(BaseModel):
    token: str = Field(min_length=20, max_length=200)
    password: str = Field(max_length=200)

    _pw = field_validator("password")(_strong_password)


class ApiKeyCreate(BaseModel):
    name: str = Field(min_length=2, max_length=120)
    role: Role = Role.agente_ia
    scopes: list[Permission] = Field(
        default_factory=list,
        description="Subset of the role's permissions; empty means all of the role's")
    rate_limit_per_second: int | None = Field(None, ge=1, le=1000)
    expires_at: datetime | None = None

    @model_validator(mode="after")
    def _no_client_keys(self):
        if self.role is Role.cliente:
            raise ValueError("role: API keys cannot act as a Cliente")
        return self


class ApiKeyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    name: str
    prefix: str
    role: Role
    scopes: list[str]
    rate_limit_per_second: int | None
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None
    created_at: datetime


class ApiKeyCreated(ApiKeyRead):
    key: str = Field(description="The secret key; shown only in this response")


class RoleRead(BaseModel):
    role: Role
    permissions: list[Permission]
    owner_scoped_modules: list[str]
    client_scoped_modules: list[str]
