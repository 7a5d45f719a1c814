"""Agent runs, tasks, approvals and sandbox routes, and who may call them."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import ADMIN, Access

READERS = frozenset({Role.admin, Role.diretor})

ROUTE_ACCESS: dict[str, Access] = {
    "agents:list_runs": READERS,
    "agents:get_run": READERS,
    "agents:get_task": READERS,
    "agents:cancel_run": ADMIN,
    "agents:retry_run": ADMIN,
    "agents:list_approvals": READERS,
    "agents:approve": ADMIN,
    "agents:reject": ADMIN,
    "agents:get_sandbox": ADMIN,
    "agents:set_sandbox": ADMIN,
}
