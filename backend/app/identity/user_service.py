"""Organizations and their members: create, list, change role, deactivate."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, FieldError, NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity import principal_cache, tokens
from app.identity.actor import Actor, Scope
from app.identity.models import Membership, Organization, User
from app.identity.passwords import hash_password
from app.identity.repository import IdentityRepository
from app.identity.roles import Role
from app.identity.schemas import Colleague, MemberRead, UserCreate, UserUpdate


def member_read(user: User, membership: Membership) -> MemberRead:
    return MemberRead(user_id=user.id, email=user.email, full_name=user.full_name,
                      role=membership.role, client_company_id=membership.client_company_id,
                      is_active=user.is_active and membership.is_active,
                      last_login_at=user.last_login_at, created_at=membership.created_at)


class OrganizationService:
    async def create(self, session: AsyncSession, *, name: str, slug: str) -> Organization:
        repo = IdentityRepository(session)
        if await repo.organization_by_slug(slug):
            raise Conflict(f"Organization '{slug}' already exists")
        org = Organization(name=name, slug=slug, settings={})
        repo.add(org)
        await session.flush()
        await audit.record(session, Actor.system(org.id), "identity.organization.created",
                           "organization", org.id, after=audit.snapshot(org))
        return org


class UserService:
    async def create_member(self, session: AsyncSession, *, organization_id: uuid.UUID,
                            email: str, full_name: str, password: str | None, role: Role,
                            client_company_id: uuid.UUID | None = None,
                            actor: Actor | None = None) -> User:
        """Create a user (or reuse one with that e-mail) and add them to the organization."""
        repo = IdentityRepository(session)
        actor = actor or Actor.system(organization_id)
        email = email.lower()
        user = await repo.user_by_email(email)
        if user is None:
            user = User(email=email, full_name=full_name,
                        password_hash=hash_password(password) if password else None,
                        is_active=True, locale="pt-BR")
            repo.add(user)
            await session.flush()
            await audit.record(session, actor, "identity.user.created", "user", user.id,
                               after=audit.snapshot(user))
        elif await repo.membership(Scope(organization_id), user.id):
            raise Conflict("This e-mail already belongs to a member of the organization",
                           errors=[FieldError(field="email", message="already a member",
                                              type="duplicate")])
        membership = Membership(organization_id=organization_id, user_id=user.id, role=role,
                                client_company_id=client_company_id, is_active=True)
        repo.add(membership)
        await session.flush()
        await audit.record(session, actor, "identity.membership.created", "membership",
                           membership.id, after=audit.snapshot(membership))
        return user

    async def create(self, session: AsyncSession, actor: Actor, body: UserCreate) -> MemberRead:
        user = await self.create_member(
            session, organization_id=actor.organization_id, email=body.email,
            full_name=body.full_name, password=body.password, role=body.role,
            client_company_id=body.client_company_id, actor=actor)
        return await self.get(session, actor, user.id)

    async def _load(self, session: AsyncSession, actor: Actor,
                    user_id: uuid.UUID) -> tuple[User, Membership]:
        repo = IdentityRepository(session)
        membership = await repo.membership(Scope(actor.organization_id), user_id)
        user = await repo.user(user_id) if membership else None
        if membership is None or user is None:
            raise NotFound("User not found")
        return user, membership

    async def get(self, session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> MemberRead:
        return member_read(*await self._load(session, actor, user_id))

    async def list(self, session: AsyncSession, actor: Actor, page: PageParams, *,
                   role: Role | None = None, active: bool | None = None,
                   q: str | None = None) -> tuple[list[MemberRead], str | None]:
        repo = IdentityRepository(session)
        stmt = repo.members_query(Scope(actor.organization_id), role=role, active=active,
                                  search=q)
        rows, cursor = await paginate(session, stmt, sort=Membership.created_at,
                                      tiebreaker=Membership.id, params=page)
        users = await repo.users_by_ids([m.user_id for m in rows])
        return [member_read(users[m.user_id], m) for m in rows], cursor

    async def colleagues(self, session: AsyncSession, organization_id: uuid.UUID,
                         roles: frozenset[Role]) -> list[Colleague]:
        """The organization's active members with one of these roles, by name."""
        repo = IdentityRepository(session)
        members = [m for m in (await session.scalars(
            repo.members_query(Scope(organization_id), active=True))).all() if m.role in roles]
        users = await repo.users_by_ids([m.user_id for m in members])
        found = [Colleague(user_id=m.user_id, full_name=users[m.user_id].full_name, role=m.role)
                 for m in members if users[m.user_id].is_active]
        return sorted(found, key=lambda c: c.full_name.casefold())

    async def update(self, session: AsyncSession, redis: Redis, actor: Actor,
                     user_id: uuid.UUID, body: UserUpdate) -> MemberRead:
        user, membership = await self._load(session, actor, user_id)
        before = {**audit.snapshot(membership), "full_name": user.full_name}
        changes = body.model_dump(exclude_unset=True)
        if user_id == actor.user_id and ("role" in changes or changes.get("is_active") is False):
            raise ValidationFailed.on("role", "You cannot change your own role or deactivate "
                                              "yourself; ask another Admin")
        role = changes.get("role", membership.role)
        company = changes.get("client_company_id", membership.client_company_id)
        if role is Role.cliente and company is None:
            raise ValidationFailed.on("client_company_id",
                                      "A Cliente must be bound to one company")
        if role is not Role.cliente:
            company = None
        membership.role, membership.client_company_id = role, company
        if "full_name" in changes and changes["full_name"]:
            user.full_name = changes["full_name"]
        if "is_active" in changes and changes["is_active"] is not None:
            membership.is_active = changes["is_active"]
        await session.flush()
        principal_cache.forget_user(user.id)
        if not membership.is_active or membership.role != before["role"]:
            await tokens.revoke_all_for_user(redis, user.id)
        await audit.record(session, actor, "identity.membership.updated", "membership",
                           membership.id, before=before,
                           after={**audit.snapshot(membership), "full_name": user.full_name})
        return member_read(user, membership)


organizations = OrganizationService()
users = UserService()
