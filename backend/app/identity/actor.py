"""Who is calling: a user through a token, an API key, an agent, a webhook or the system."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from app.core.audit.models import ActorType
from app.identity.roles import CLIENT_SCOPED_MODULES, OWNER_SCOPED, Permission, Role


@dataclass(frozen=True)
class Scope:
    """What a query may see: always one organization, sometimes one owner or one client company.

    Repositories take a Scope first, so an unscoped query cannot be written by accident.
    """

    organization_id: uuid.UUID
    owner_id: uuid.UUID | None = None
    client_company_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Actor:
    type: ActorType
    organization_id: uuid.UUID
    role: Role
    permissions: frozenset[Permission]
    user_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    client_company_id: uuid.UUID | None = None
    email: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str | None:
        ident = self.user_id or self.api_key_id
        return str(ident) if ident else None

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def scope_for(self, module: str) -> Scope:
        """The scope of this actor's queries in one module (the seed's asterisks)."""
        owner = self.user_id if module in OWNER_SCOPED.get(self.role, ()) else None
        client = (
            self.client_company_id
            if self.role is Role.cliente and module in CLIENT_SCOPED_MODULES
            else None
        )
        if self.role is Role.cliente and client is None:
            client = uuid.UUID(int=0)  # a client bound to no company sees nothing
        return Scope(self.organization_id, owner_id=owner, client_company_id=client)

    @classmethod
    def system(cls, organization_id: uuid.UUID) -> Actor:
        return cls(ActorType.system, organization_id, Role.admin, frozenset(Permission))
