"""The SDR's HTTP layer (/api/v1/sdr)."""

from __future__ import annotations

from fastapi import APIRouter

from app.modules.sdr.routes import (
    approvals,
    cadences,
    campaigns,
    conversations,
    enrollments,
    leads,
    suppression,
    tasks,
)

router = APIRouter(prefix="/sdr", tags=["sdr"])
for part in (approvals, cadences, campaigns, conversations, enrollments, leads, suppression,
             tasks):
    router.include_router(part.router)
