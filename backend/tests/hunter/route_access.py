"""Hunter routes and who may call them: the seed's Hunter row (Admin, Diretor and Agente_IA
read and write; Comercial reads its own leads and searches; Cliente nothing)."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import Access

WRITERS = frozenset({Role.admin, Role.diretor, Role.agente_ia})
READERS = WRITERS | {Role.comercial}

ROUTE_ACCESS: dict[str, Access] = {
    "hunter:list_icps": READERS,
    "hunter:create_icp": WRITERS,
    "hunter:get_icp": READERS,
    "hunter:update_icp": WRITERS,
    "hunter:archive_icp": WRITERS,
    "hunter:icp_versions": READERS,
    "hunter:start_search": WRITERS,
    "hunter:list_searches": READERS,
    "hunter:get_search": READERS,
    "hunter:list_leads": READERS,
    "hunter:get_lead": READERS,
    "hunter:approve_lead": WRITERS,
    "hunter:discard_lead": WRITERS,
    "hunter:rescore_lead": WRITERS,
    "hunter:list_directory": READERS,
    "hunter:upload_directory": WRITERS,
    "hunter:delete_directory": WRITERS,
}
