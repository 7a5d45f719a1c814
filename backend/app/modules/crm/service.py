"""The CRM's interface (public): what its routes, tasks and other modules call.

    from app.modules.crm import service as crm

    company = await crm.companies.create(session, actor, CompanyCreate(...))
    deal = await crm.deals.move(session, actor, deal_id, DealMove(stage_id=..., position=0,
                                                                   version=deal.version))
    converted = await crm.leads.convert(session, Actor.system(org_id), LeadConversion(...))

Every function takes the session first and the caller (`Actor`) second, never commits, and
sees only the caller's scope (Comercial: its own records; another organization: 404).
Writes are audited and publish `crm.events`.
"""

from app.modules.crm import (
    activities,
    board,
    companies,
    contacts,
    custom_fields,
    deals,
    exports,
    leads,
    merging,
    pipelines,
    search,
    tags,
    timeline,
    views,
)
from app.modules.crm.demo import seed_demo
from app.modules.crm.importing import jobs as imports

__all__ = ["activities", "board", "companies", "contacts", "custom_fields", "deals",
           "exports", "imports", "leads", "merging", "pipelines", "search", "seed_demo",
           "tags", "timeline", "views"]
