"""Signing in and out: login with brute-force limits, refresh rotation, logout, who am I."""

from __future__ import annotations

from datetime import UTC, datetime

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core import audit, ratelimit
from app.core.errors import Forbidden, NotFound, Unauthorized
from app.core.request_context import request_info
from app.identity import tokens
from app.identity.actor import Actor
from app.identity.passwords import verify_password
from app.identity.repository import IdentityRepository
from app.identity.roles import permissions_for
from app.identity.schemas import MeRead, OrganizationRead, ProfileUpdate, TokenResponse

LOGIN_WINDOW_SECONDS = 60


def _pair_response(pair: tokens.TokenPair) -> TokenResponse:
    return TokenResponse(access_token=pair.access_token, refresh_token=pair.refresh_token,
                         expires_in=pair.expires_in)


class AuthService:
    async def login(self, session: AsyncSession, redis: Redis, email: str, password: str,
                    organization_slug: str | None = None) -> TokenResponse:
        email = email.lower()
        ip = request_info().ip or "unknown"
        await ratelimit.hit(redis, f"login:{ip}:{email}",
                            get_settings().rate_limit.login_per_minute, LOGIN_WINDOW_SECONDS)
        repo = IdentityRepository(session)
        user = await repo.user_by_email(email)
        if not verify_password(user.password_hash if user else None, password) or not user:
            raise Unauthorized("Wrong e-mail or password")
        if not user.is_active:
            raise Unauthorized("This account is disabled")
        membership = None
        if organization_slug:
            org = await repo.organization_by_slug(organization_slug)
            found = await repo.active_principal(user.id, org.id) if org else None
            membership = found[1] if found else None
        else:
            membership = await repo.first_membership(user.id)
        if membership is None:
            raise Unauthorized("This account has no active membership")
        user.last_login_at = datetime.now(UTC)
        pair = await tokens.issue_pair(redis, user.id, membership.organization_id,
                                       membership.role.value)
        return _pair_response(pair)

    async def refresh(self, session: AsyncSession, redis: Redis,
                      refresh_token: str) -> TokenResponse:
        grant = await tokens.rotate(redis, refresh_token)
        found = await IdentityRepository(session).active_principal(
            grant.user_id, grant.organization_id)
        if found is None:
            await tokens.revoke_family(redis, grant.family)
            raise Unauthorized("Account disabled or membership removed")
        _, membership = found
        access = tokens.issue_access(grant.user_id, grant.organization_id,
                                     membership.role.value)
        return TokenResponse(access_token=access, refresh_token=grant.next_refresh_token,
                             expires_in=get_settings().auth.access_ttl_seconds)

    async def logout(self, redis: Redis, refresh_token: str) -> None:
        await tokens.revoke(redis, refresh_token)

    async def me(self, session: AsyncSession, actor: Actor) -> MeRead:
        repo = IdentityRepository(session)
        org = await repo.organization(actor.organization_id)
        if org is None:
            raise NotFound("Organization not found")
        user = await repo.user(actor.user_id) if actor.user_id else None
        return MeRead(
            kind="user" if user else "api_key",
            id=actor.user_id or actor.api_key_id,
            email=user.email if user else None,
            full_name=user.full_name if user else None,
            locale=user.locale if user else None,
            role=actor.role,
            permissions=sorted(actor.permissions & permissions_for(actor.role)),
            organization=OrganizationRead.model_validate(org),
            client_company_id=actor.client_company_id,
        )

    async def update_profile(self, session: AsyncSession, actor: Actor,
                             body: ProfileUpdate) -> MeRead:
        """The signed-in user's own name and language (an API key has no profile)."""
        if actor.user_id is None:
            raise Forbidden("An API key has no profile")
        user = await IdentityRepository(session).user(actor.user_id)
        if user is None:
            raise NotFound("User not found")
        before = audit.snapshot(user)
        for field, value in body.model_dump(exclude_none=True).items():
            setattr(user, field, value)
        await session.flush()
        await audit.record(session, actor, "identity.user.profile_updated", "user", user.id,
                           before=before, after=audit.snapshot(user))
        return await self.me(session, actor)


auth = AuthService()
