"""Notification and device routes and who may call them: every user has an inbox; phones
register with `mobile:write` (every role but Agente_IA)."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import ALL, Access

MOBILE_USERS = ALL - {Role.agente_ia}

ROUTE_ACCESS: dict[str, Access] = {
    "notifications:list": ALL,
    "notifications:unread_count": ALL,
    "notifications:read_all": ALL,
    "notifications:read": ALL,
    "notifications:send_test": ALL,
    "notifications:register_device": MOBILE_USERS,
    "notifications:list_devices": MOBILE_USERS,
    "notifications:remove_device": MOBILE_USERS,
}
