"""Invitations: a one-time link by e-mail that lets a person (often a client) set a password."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.core import audit, events
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.pagination import PageParams, paginate
from app.identity.actor import Actor, Scope
from app.identity.events import UserInvited
from app.identity.models import Invitation
from app.identity.repository import IdentityRepository
from app.identity.schemas import (
    InvitationAccept,
    InvitationCreate,
    InvitationCreated,
    InvitationRead,
)
from app.identity.user_service import users


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite_url(token: str, portal: bool) -> str:
    base = get_settings().public_web_url.rstrip("/")
    return f"{base}/{'portal/' if portal else ''}invite?token={token}"


class InvitationService:
    async def invite(self, session: AsyncSession, actor: Actor,
                     body: InvitationCreate) -> InvitationCreated:
        repo = IdentityRepository(session)
        existing = await repo.user_by_email(body.email)
        if existing and await repo.membership(Scope(actor.organization_id), existing.id):
            raise ValidationFailed.on("email", "This person is already a member")
        token = secrets.token_urlsafe(32)
        invitation = Invitation(
            organization_id=actor.organization_id, email=body.email.lower(),
            full_name=body.full_name, role=body.role,
            client_company_id=body.client_company_id, token_hash=_hash(token),
            invited_by_id=actor.user_id,
            expires_at=datetime.now(UTC)
            + timedelta(seconds=get_settings().auth.invite_ttl_seconds),
        )
        repo.add(invitation)
        await session.flush()
        await audit.record(session, actor, "identity.invitation.created", "invitation",
                           invitation.id, after=audit.snapshot(invitation))
        url = invite_url(token, portal=body.client_company_id is not None)

        await events.publish(session, UserInvited(
            organization_id=actor.organization_id, invitation_id=invitation.id,
            email=invitation.email, full_name=invitation.full_name,
            role=invitation.role.value, invite_url=url))
        return InvitationCreated(**InvitationRead.model_validate(invitation).model_dump(),
                                 invite_url=url)

    async def list(self, session: AsyncSession, actor: Actor,
                   page: PageParams) -> tuple[list[InvitationRead], str | None]:
        stmt = IdentityRepository(session).invitations_query(Scope(actor.organization_id))
        rows, cursor = await paginate(session, stmt, sort=Invitation.created_at,
                                      tiebreaker=Invitation.id, params=page)
        return [InvitationRead.model_validate(r) for r in rows], cursor

    async def revoke(self, session: AsyncSession, actor: Actor,
                     invitation_id: uuid.UUID) -> InvitationRead:
        invitation = await IdentityRepository(session).invitation(
            Scope(actor.organization_id), invitation_id)
        if invitation is None:
            raise NotFound("Invitation not found")
        if invitation.accepted_at is not None:
            raise Conflict("This invitation was already accepted")
        if invitation.revoked_at is None:
            before = audit.snapshot(invitation)
            invitation.revoked_at = datetime.now(UTC)
            await audit.record(session, actor, "identity.invitation.revoked", "invitation",
                               invitation.id, before=before, after=audit.snapshot(invitation))
        return InvitationRead.model_validate(invitation)

    async def accept(self, session: AsyncSession, body: InvitationAccept) -> uuid.UUID:
        """Consume the one-time token and create the account; returns the user id."""
        repo = IdentityRepository(session)
        invitation = await repo.invitation_by_hash(_hash(body.token))
        now = datetime.now(UTC)
        if (invitation is None or invitation.accepted_at is not None
                or invitation.revoked_at is not None or invitation.expires_at <= now):
            raise ValidationFailed.on("token", "This invitation link is invalid, used or expired")
        actor = Actor.system(invitation.organization_id)
        user = await users.create_member(
            session, organization_id=invitation.organization_id, email=invitation.email,
            full_name=invitation.full_name, password=body.password, role=invitation.role,
            client_company_id=invitation.client_company_id, actor=actor)
        invitation.accepted_at = now
        await audit.record(session, actor, "identity.invitation.accepted", "invitation",
                           invitation.id, after={"user_id": str(user.id)})
        return user.id


invitations = InvitationService()
