"""The hunter's HTTP layer (/api/v1/hunter): thin routes, one file per concept in routes/."""

from __future__ import annotations

from fastapi import APIRouter

from app.modules.hunter.routes import directory, icps, leads, searches

router = APIRouter(prefix="/hunter", tags=["hunter"])
for part in (icps, searches, leads, directory):
    router.include_router(part.router)
