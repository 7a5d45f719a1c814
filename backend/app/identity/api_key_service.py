"""API keys for agents and automations: created with scopes, shown once, revocable."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity import api_keys as keyfmt
from app.identity import principal_cache
from app.identity.actor import Actor, Scope
from app.identity.models import ApiKey
from app.identity.repository import IdentityRepository
from app.identity.roles import permissions_for
from app.identity.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyRead


class ApiKeyService:
    async def create(self, session: AsyncSession, actor: Actor,
                     body: ApiKeyCreate) -> ApiKeyCreated:
        outside = sorted(p.value for p in body.scopes if p not in permissions_for(body.role))
        if outside:
            raise ValidationFailed.on(
                "scopes", f"Not granted to role {body.role.value}: {', '.join(outside)}")
        if body.expires_at is not None and body.expires_at <= datetime.now(UTC):
            raise ValidationFailed.on("expires_at", "Must be in the future")
        full_key, prefix, secret_hash = keyfmt.generate()
        record = ApiKey(
            organization_id=actor.organization_id, name=body.name, prefix=prefix,
            secret_hash=secret_hash, role=body.role,
            scopes=sorted({p.value for p in body.scopes}),
            rate_limit_per_second=body.rate_limit_per_second, created_by_id=actor.user_id,
            expires_at=body.expires_at,
        )
        IdentityRepository(session).add(record)
        await session.flush()
        await audit.record(session, actor, "identity.api_key.created", "api_key", record.id,
                           after=audit.snapshot(record))
        return ApiKeyCreated(**ApiKeyRead.model_validate(record).model_dump(), key=full_key)

    async def list(self, session: AsyncSession, actor: Actor, page: PageParams,
                   include_revoked: bool = False) -> tuple[list[ApiKeyRead], str | None]:
        stmt = IdentityRepository(session).api_keys_query(Scope(actor.organization_id))
        if not include_revoked:
            stmt = stmt.where(ApiKey.revoked_at.is_(None))
        rows, cursor = await paginate(session, stmt, sort=ApiKey.created_at,
                                      tiebreaker=ApiKey.id, params=page)
        return [ApiKeyRead.model_validate(r) for r in rows], cursor

    async def revoke(self, session: AsyncSession, actor: Actor,
                     key_id: uuid.UUID) -> ApiKeyRead:
        record = await IdentityRepository(session).api_key(Scope(actor.organization_id), key_id)
        if record is None:
            raise NotFound("API key not found")
        if record.revoked_at is None:
            before = audit.snapshot(record)
            record.revoked_at = datetime.now(UTC)
            principal_cache.forget_api_key(record.id)
            await audit.record(session, actor, "identity.api_key.revoked", "api_key",
                               record.id, before=before, after=audit.snapshot(record))
        return ApiKeyRead.model_validate(record)

    async def create_for_seed(self, session: AsyncSession, organization_id: uuid.UUID,
                              body: ApiKeyCreate) -> ApiKeyCreated:
        return await self.create(session, Actor.system(organization_id), body)


api_key_service = ApiKeyService()
