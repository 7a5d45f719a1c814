"""LLM router routes (settings, ledger, usage, prompts) and who may call them."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import ADMIN, Access

AGENTS_READERS = frozenset({Role.admin, Role.diretor})

ROUTE_ACCESS: dict[str, Access] = {
    "agents:list_settings": AGENTS_READERS,
    "agents:update_setting": ADMIN,
    "agents:list_calls": AGENTS_READERS,
    "agents:get_call": AGENTS_READERS,
    "agents:usage": AGENTS_READERS,
    "agents:list_prompts": AGENTS_READERS,
    "agents:create_prompt_version": ADMIN,
}
