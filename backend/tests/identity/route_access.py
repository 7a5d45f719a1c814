"""Platform routes (identity, admin, audit, health, metrics) and who may call them."""

from __future__ import annotations

from tests.access import ADMIN, ALL, PUBLIC, Access

ROUTE_ACCESS: dict[str, Access] = {
    "auth:login": PUBLIC,
    "auth:refresh": PUBLIC,
    "auth:logout": PUBLIC,
    "auth:accept_invitation": PUBLIC,
    "auth:me": ALL,
    "auth:update_me": ALL,
    "admin:list_roles": ADMIN,
    "admin:list_users": ADMIN,
    "admin:create_user": ADMIN,
    "admin:get_user": ADMIN,
    "admin:update_user": ADMIN,
    "admin:create_invitation": ADMIN,
    "admin:list_invitations": ADMIN,
    "admin:revoke_invitation": ADMIN,
    "admin:create_api_key": ADMIN,
    "admin:list_api_keys": ADMIN,
    "admin:revoke_api_key": ADMIN,
    "admin:list_audit": ADMIN,
    "health:check": PUBLIC,
    "health:live": PUBLIC,
    "metrics:scrape": PUBLIC,
}
