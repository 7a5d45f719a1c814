"""The 409 of a stale deal version: a problem+json with the deal as it is now."""

from __future__ import annotations

from fastapi.responses import JSONResponse

from app.core.errors import PROBLEM_JSON
from app.core.request_context import current_request_id
from app.modules.crm.deals import StaleVersion
from app.modules.crm.schemas.deals import DealRead, StaleDealProblem

STALE_RESPONSE = {409: {"model": StaleDealProblem, "description": "Stale version",
                        "content": {PROBLEM_JSON: {}}}}


def stale_response(stale: StaleVersion) -> JSONResponse:
    problem = StaleDealProblem(
        type=f"https://docs.somos.local/problems/{stale.code}", title=stale.title,
        status=stale.status, detail=stale.detail, code=stale.code,
        request_id=current_request_id(), current=DealRead.model_validate(stale.current))
    return JSONResponse(problem.model_dump(mode="json"), status_code=409,
                        media_type=PROBLEM_JSON)
