"""Routes of the CRM-wide search (/crm/search) and lead conversion (/crm/leads/convert)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from app.core.db import DbSession
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.routes.access import READ, WRITE
from app.modules.crm.schemas import LeadConversion, LeadConverted, SearchResults

router = APIRouter()


@router.get("/search", response_model=SearchResults, operation_id="crm:search",
            summary="Companies, contacts and deals by name, CNPJ, e-mail or phone")
async def search(session: DbSession, q: str = Query(min_length=2, max_length=100),
                 limit: int = Query(10, ge=1, le=50), actor: Actor = READ) -> SearchResults:
    return await crm.search.search(session, actor, q, limit)


@router.post("/leads/convert", response_model=LeadConverted, status_code=201,
             operation_id="crm:convert_lead",
             summary="A lead becomes company, contact and deal; again: 200, the same ones")
async def convert_lead(body: LeadConversion, session: DbSession, response: Response,
                       actor: Actor = WRITE) -> LeadConverted:
    converted = await crm.leads.convert(session, actor, body)
    if not converted.created:
        response.status_code = 200
    return converted
