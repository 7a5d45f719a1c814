"""SDR routes and who may call them: the seed's SDR row (Admin, Diretor and Agente_IA read
and write; Comercial reads its own; Cliente nothing)."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import Access

WRITERS = frozenset({Role.admin, Role.diretor, Role.agente_ia})

ROUTE_ACCESS: dict[str, Access] = {
    "sdr:accept_lead": WRITERS,
}
ROUTE_ACCESS.update({
    "sdr:list_suppression": WRITERS | {Role.comercial},
    "sdr:add_suppression": WRITERS,
    "sdr:remove_suppression": WRITERS,
})
ROUTE_ACCESS.update({
    "sdr:list_cadences": WRITERS | {Role.comercial},
    "sdr:create_cadence": WRITERS,
    "sdr:get_cadence": WRITERS | {Role.comercial},
    "sdr:create_campaign": WRITERS,
    "sdr:list_campaigns": WRITERS | {Role.comercial},
    "sdr:get_campaign": WRITERS | {Role.comercial},
})
ROUTE_ACCESS["sdr:enrollment_messages"] = WRITERS | {Role.comercial}
