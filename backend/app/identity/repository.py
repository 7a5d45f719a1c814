"""All SQL of the identity package."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.actor import Scope
from app.identity.models import ApiKey, Invitation, Membership, Organization, User
from app.identity.roles import Role


class IdentityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def user_by_email(self, email: str) -> User | None:
        return await self.session.scalar(select(User).where(User.email == email.lower()))

    async def user(self, user_id: uuid.UUID) -> User | None:
        return await self.session.get(User, user_id)

    async def organization(self, organization_id: uuid.UUID) -> Organization | None:
        return await self.session.get(Organization, organization_id)

    async def organization_by_slug(self, slug: str) -> Organization | None:
        return await self.session.scalar(select(Organization).where(Organization.slug == slug))

    async def first_membership(self, user_id: uuid.UUID) -> Membership | None:
        return await self.session.scalar(
            select(Membership)
            .where(Membership.user_id == user_id, Membership.is_active.is_(True))
            .order_by(Membership.created_at)
            .limit(1)
        )

    async def active_principal(
        self, user_id: uuid.UUID, organization_id: uuid.UUID
    ) -> tuple[User, Membership] | None:
        row = (await self.session.execute(
            select(User, Membership)
            .join(Membership, Membership.user_id == User.id)
            .where(User.id == user_id, User.is_active.is_(True),
                   Membership.organization_id == organization_id,
                   Membership.is_active.is_(True))
        )).first()
        return (row[0], row[1]) if row else None

    async def membership(self, scope: Scope, user_id: uuid.UUID) -> Membership | None:
        return await self.session.scalar(
            select(Membership).where(Membership.organization_id == scope.organization_id,
                                     Membership.user_id == user_id)
        )

    def members_query(self, scope: Scope, *, role: Role | None = None,
                      active: bool | None = None, search: str | None = None):
        stmt = select(Membership).where(Membership.organization_id == scope.organization_id)
        if role is not None:
            stmt = stmt.where(Membership.role == role)
        if active is not None:
            stmt = stmt.where(Membership.is_active.is_(active))
        if search:
            needle = search.lower()
            stmt = stmt.where(Membership.user_id.in_(select(User.id).where(or_(
                User.email.contains(needle, autoescape=True),
                func.lower(User.full_name).contains(needle, autoescape=True)))))
        return stmt

    async def users_by_ids(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, User]:
        if not ids:
            return {}
        users = await self.session.scalars(select(User).where(User.id.in_(ids)))
        return {u.id: u for u in users}

    async def api_key_by_prefix(self, prefix: str) -> ApiKey | None:
        return await self.session.scalar(select(ApiKey).where(ApiKey.prefix == prefix))

    async def api_key(self, scope: Scope, key_id: uuid.UUID) -> ApiKey | None:
        return await self.session.scalar(
            select(ApiKey).where(ApiKey.organization_id == scope.organization_id,
                                 ApiKey.id == key_id)
        )

    def api_keys_query(self, scope: Scope):
        return select(ApiKey).where(ApiKey.organization_id == scope.organization_id)

    async def touch_api_key(self, key_id: uuid.UUID, when: datetime) -> None:
        await self.session.execute(
            update(ApiKey).where(ApiKey.id == key_id).values(last_used_at=when)
        )

    async def invitation_by_hash(self, token_hash: str) -> Invitation | None:
        return await self.session.scalar(
            select(Invitation).where(Invitation.token_hash == token_hash).with_for_update()
        )

    async def invitation(self, scope: Scope, invitation_id: uuid.UUID) -> Invitation | None:
        return await self.session.scalar(
            select(Invitation).where(Invitation.organization_id == scope.organization_id,
                                     Invitation.id == invitation_id)
        )

    def invitations_query(self, scope: Scope):
        return select(Invitation).where(Invitation.organization_id == scope.organization_id)

    def add(self, obj: object) -> None:
        self.session.add(obj)
