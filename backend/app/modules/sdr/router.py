"""The SDR's HTTP layer (/api/v1/sdr)."""

from __future__ import annotations

from fastapi import APIRouter

from app.modules.sdr.routes import cadences, campaigns, enrollments, leads, suppression

router = APIRouter(prefix="/sdr", tags=["sdr"])
for part in (cadences, campaigns, enrollments, leads, suppression):
    router.include_router(part.router)
