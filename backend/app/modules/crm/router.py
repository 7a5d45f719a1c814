"""The CRM's HTTP layer (/api/v1/crm): thin routes, one file per concept in routes/."""

from __future__ import annotations

from fastapi import APIRouter

from app.modules.crm.routes import (
    activities,
    companies,
    contacts,
    deals,
    imports,
    owners,
    pipelines,
    search,
    settings,
)

router = APIRouter(prefix="/crm", tags=["crm"])
for part in (companies, contacts, deals, pipelines, activities, settings, imports, search,
             owners):
    router.include_router(part.router)
