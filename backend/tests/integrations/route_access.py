"""Integrations routes and who may call them: the sandbox outbox is for those who run agents
(Admin, Diretor), service health for Admins; webhooks are open and verify each delivery."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import ADMIN, PUBLIC, Access

ROUTE_ACCESS: dict[str, Access] = {
    "integrations:list_sandbox": frozenset({Role.admin, Role.diretor}),
    "health:integrations": ADMIN,
    "webhooks:evolution": PUBLIC,
    "webhooks:whatsapp_cloud_subscribe": PUBLIC,
    "webhooks:whatsapp_cloud": PUBLIC,
    "webhooks:resend": PUBLIC,
}
