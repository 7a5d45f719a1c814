"""SDR routes and who may call them: the seed's SDR row (Admin, Diretor and Agente_IA read
and write; Comercial reads; Cliente nothing)."""

from __future__ import annotations

from app.identity.roles import Role
from tests.access import Access

WRITERS = frozenset({Role.admin, Role.diretor, Role.agente_ia})
READERS = WRITERS | {Role.comercial}

ROUTE_ACCESS: dict[str, Access] = {
    "sdr:accept_lead": WRITERS,
    "sdr:export_personal_data": WRITERS,
    "sdr:erase_personal_data": WRITERS,
    "sdr:list_suppression": READERS,
    "sdr:add_suppression": WRITERS,
    "sdr:remove_suppression": WRITERS,
    "sdr:list_cadences": READERS,
    "sdr:create_cadence": WRITERS,
    "sdr:get_cadence": READERS,
    "sdr:archive_cadence": WRITERS,
    "sdr:create_campaign": WRITERS,
    "sdr:list_campaigns": READERS,
    "sdr:get_campaign": READERS,
    "sdr:campaign_metrics": READERS,
    "sdr:pause_campaign": WRITERS,
    "sdr:resume_campaign": WRITERS,
    "sdr:get_enrollment": READERS,
    "sdr:enrollment_messages": READERS,
    "sdr:answer_lead": WRITERS,
    "sdr:pause_enrollment": WRITERS,
    "sdr:resume_enrollment": WRITERS,
    "sdr:list_approvals": READERS,
    "sdr:approve_message": WRITERS,
    "sdr:reject_message": WRITERS,
    "sdr:bulk_approve": WRITERS,
    "sdr:list_conversations": READERS,
    "sdr:list_tasks": READERS,
    "sdr:complete_task": WRITERS,
}
