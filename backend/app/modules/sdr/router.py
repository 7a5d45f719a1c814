"""The SDR's HTTP layer (/api/v1/sdr)."""

from __future__ import annotations

from fastapi import APIRouter

from app.modules.sdr.routes import leads

router = APIRouter(prefix="/sdr", tags=["sdr"])
router.include_router(leads.router)
