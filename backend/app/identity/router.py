"""Auth and admin routes of identity. Thin: guard, parsed input, one service call."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response, status

from app.core.db import DbSession
from app.core.errors import documented_problem
from app.core.pagination import Page, PageParams
from app.core.redis import get_redis
from app.identity.actor import Actor
from app.identity.deps import Authenticated, Public, Require
from app.identity.roles import (
    CLIENT_SCOPED_MODULES,
    OWNER_SCOPED,
    ROLE_PERMISSIONS,
    Permission,
    Role,
)
from app.identity.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyRead,
    InvitationAccept,
    InvitationCreate,
    InvitationCreated,
    InvitationRead,
    LoginRequest,
    MemberRead,
    MeRead,
    ProfileUpdate,
    RefreshRequest,
    RoleRead,
    TokenResponse,
    UserCreate,
    UserUpdate,
)
from app.identity.service import api_keys, auth, invitations, users

router = APIRouter()
auth_router = APIRouter(prefix="/auth", tags=["auth"])
admin_router = APIRouter(prefix="/admin", tags=["admin"])

PageLimit = Query(50, ge=1, le=200, description="Page size")
PageCursor = Query(None, description="`next_cursor` of the previous page")


@auth_router.post("/login", response_model=TokenResponse, operation_id="auth:login",
                  summary="Sign in with e-mail and password",
                  responses={401: documented_problem("Wrong credentials"),
                             429: documented_problem("Too many attempts (5 per minute per "
                                                     "IP and e-mail); see Retry-After")})
async def login(body: LoginRequest, session: DbSession,
                _: None = Public("signing in")) -> TokenResponse:
    return await auth.login(session, get_redis(), body.email, body.password, body.organization)


@auth_router.post("/refresh", response_model=TokenResponse, operation_id="auth:refresh",
                  summary="Exchange a refresh token for a new pair (the old one dies)",
                  description="Each refresh token works once. Presenting one that was already "
                              "used revokes the whole session family.")
async def refresh(body: RefreshRequest, session: DbSession,
                  _: None = Public("token refresh carries its own credential")) -> TokenResponse:
    return await auth.refresh(session, get_redis(), body.refresh_token)


@auth_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, operation_id="auth:logout",
                  summary="Revoke the session of this refresh token")
async def logout(body: RefreshRequest,
                 _: None = Public("logout carries its own credential")) -> Response:
    await auth.logout(get_redis(), body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@auth_router.get("/me", response_model=MeRead, operation_id="auth:me",
                 summary="The signed-in user or API key, its role and permissions")
async def me(session: DbSession, actor: Actor = Authenticated()) -> MeRead:
    return await auth.me(session, actor)


@auth_router.patch("/me", response_model=MeRead, operation_id="auth:update_me",
                   summary="Change the signed-in user's own name or interface language")
async def update_me(body: ProfileUpdate, session: DbSession,
                    actor: Actor = Authenticated()) -> MeRead:
    return await auth.update_profile(session, actor, body)


@auth_router.post("/invitations/accept", status_code=status.HTTP_201_CREATED,
                  operation_id="auth:accept_invitation",
                  summary="Accept an invitation link and set a password")
async def accept_invitation(body: InvitationAccept, session: DbSession,
                            _: None = Public("the one-time token is the credential")
                            ) -> dict[str, uuid.UUID]:
    return {"user_id": await invitations.accept(session, body)}


@admin_router.get("/roles", response_model=list[RoleRead], operation_id="admin:list_roles",
                  summary="Roles and the permissions each grants")
async def list_roles(_: Actor = Require(Permission.ADMIN_READ)) -> list[RoleRead]:
    return [RoleRead(role=role, permissions=sorted(perms),
                     owner_scoped_modules=sorted(OWNER_SCOPED.get(role, ())),
                     client_scoped_modules=sorted(CLIENT_SCOPED_MODULES)
                     if role is Role.cliente else [])
            for role, perms in ROLE_PERMISSIONS.items()]


@admin_router.get("/users", response_model=Page[MemberRead], operation_id="admin:list_users")
async def list_users(session: DbSession, role: Role | None = None, active: bool | None = None,
                     q: str | None = Query(None, max_length=100,
                                           description="Search name or e-mail"),
                     limit: int = PageLimit, cursor: str | None = PageCursor,
                     actor: Actor = Require(Permission.ADMIN_READ)) -> Page[MemberRead]:
    items, next_cursor = await users.list(session, actor, PageParams(limit, cursor),
                                          role=role, active=active, q=q)
    return Page(items=items, next_cursor=next_cursor)


@admin_router.post("/users", response_model=MemberRead, status_code=status.HTTP_201_CREATED,
                   operation_id="admin:create_user")
async def create_user(body: UserCreate, session: DbSession,
                      actor: Actor = Require(Permission.ADMIN_WRITE)) -> MemberRead:
    return await users.create(session, actor, body)


@admin_router.get("/users/{user_id}", response_model=MemberRead, operation_id="admin:get_user")
async def get_user(user_id: uuid.UUID, session: DbSession,
                   actor: Actor = Require(Permission.ADMIN_READ)) -> MemberRead:
    return await users.get(session, actor, user_id)


@admin_router.patch("/users/{user_id}", response_model=MemberRead,
                    operation_id="admin:update_user",
                    summary="Change name, role, client binding or deactivate (revokes sessions)")
async def update_user(user_id: uuid.UUID, body: UserUpdate, session: DbSession,
                      actor: Actor = Require(Permission.ADMIN_WRITE)) -> MemberRead:
    return await users.update(session, get_redis(), actor, user_id, body)


@admin_router.post("/invitations", response_model=InvitationCreated,
                   status_code=status.HTTP_201_CREATED, operation_id="admin:create_invitation",
                   summary="Invite a staff member or a client-portal user by e-mail",
                   description="Creates a one-time link (valid 72 h) and publishes "
                               "`identity.user_invited` for the mail channel to deliver. The "
                               "link is also in this response, once, so the Admin can share "
                               "it directly.")
async def create_invitation(body: InvitationCreate, session: DbSession,
                            actor: Actor = Require(Permission.ADMIN_WRITE)) -> InvitationCreated:
    return await invitations.invite(session, actor, body)


@admin_router.get("/invitations", response_model=Page[InvitationRead],
                  operation_id="admin:list_invitations")
async def list_invitations(session: DbSession, limit: int = PageLimit,
                           cursor: str | None = PageCursor,
                           actor: Actor = Require(Permission.ADMIN_READ)) -> Page[InvitationRead]:
    items, next_cursor = await invitations.list(session, actor, PageParams(limit, cursor))
    return Page(items=items, next_cursor=next_cursor)


@admin_router.delete("/invitations/{invitation_id}", response_model=InvitationRead,
                     operation_id="admin:revoke_invitation")
async def revoke_invitation(invitation_id: uuid.UUID, session: DbSession,
                            actor: Actor = Require(Permission.ADMIN_WRITE)) -> InvitationRead:
    return await invitations.revoke(session, actor, invitation_id)


@admin_router.post("/api-keys", response_model=ApiKeyCreated, status_code=status.HTTP_201_CREATED,
                   operation_id="admin:create_api_key",
                   summary="Create an API key; the secret is in this response only")
async def create_api_key(body: ApiKeyCreate, session: DbSession,
                         actor: Actor = Require(Permission.ADMIN_WRITE)) -> ApiKeyCreated:
    return await api_keys.create(session, actor, body)


@admin_router.get("/api-keys", response_model=Page[ApiKeyRead], operation_id="admin:list_api_keys")
async def list_api_keys(session: DbSession, include_revoked: bool = False,
                        limit: int = PageLimit, cursor: str | None = PageCursor,
                        actor: Actor = Require(Permission.ADMIN_READ)) -> Page[ApiKeyRead]:
    items, next_cursor = await api_keys.list(session, actor, PageParams(limit, cursor),
                                             include_revoked)
    return Page(items=items, next_cursor=next_cursor)


@admin_router.delete("/api-keys/{key_id}", response_model=ApiKeyRead,
                     operation_id="admin:revoke_api_key")
async def revoke_api_key(key_id: uuid.UUID, session: DbSession,
                         actor: Actor = Require(Permission.ADMIN_WRITE)) -> ApiKeyRead:
    return await api_keys.revoke(session, actor, key_id)


router.include_router(auth_router)
router.include_router(admin_router)
