"""The prospecting crew, as code (app.ai.crews.pipelines): the source hunters find
candidates, the known ones (leads, CRM) are set aside, the rest are enriched with open CNPJ
data, and the Qualificador scores each, compares it with won customers and writes the
reason. Leads are stored in batches of 100 with the search's counters, each batch announced
(`SearchProgressed`, and the run's progress) over /ws; the search row keeps the cost too, so
a search cut short shows what it stored."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from pydantic import TypeAdapter

from app.ai.crews.context import RunCancelled
from app.ai.crews.pipelines import PipelineContext
from app.config import AppEnv, get_settings
from app.core import events
from app.core.db import unit_of_work
from app.integrations import research
from app.modules.hunter import dedup, qualifier, sources
from app.modules.hunter.events import SearchFinished, SearchProgressed
from app.modules.hunter.models import Lead, Search, SearchStatus
from app.modules.hunter.repository import SearchRepository
from app.modules.hunter.schemas.candidates import Candidate
from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.schemas.searches import SourceSpec

BATCH = 100
ENRICHED = "cnpj_data"
_SPECS = TypeAdapter(list[SourceSpec])


def provenance(candidate: Candidate, at: str) -> dict[str, Any]:
    return {name: {"source": candidate.source, "at": at} for name in candidate.fields_set()}


async def _search(organization_id: uuid.UUID, search_id: uuid.UUID, **changes: Any
                  ) -> Search:
    async with unit_of_work() as session:
        search = await SearchRepository(session).get(organization_id, search_id,
                                                     for_update=True)
        if search is None:
            raise LookupError(f"search {search_id} is gone")
        for name, value in changes.items():
            setattr(search, name, value)
        return search


async def _find(context: PipelineContext, search: Search, icp: IcpCriteria
                ) -> tuple[list[Candidate], Decimal]:
    """The candidates of every source (up to the search's limit) and what they cost."""
    demo_allowed = get_settings().app_env is not AppEnv.production
    found: list[Candidate] = []
    report = []
    for spec in _SPECS.validate_python(search.sources):
        context.use_tool(sources.TOOLS[spec.type])
        await context.checkpoint()
        async with unit_of_work() as session:  # a sandboxed lookup is recorded here
            result = await sources.find(
                session, search.organization_id, spec, icp, search.limit - len(found),
                demo_allowed=demo_allowed,
                context={"search_id": str(search.id), "run_id": str(context.run.id)})
        report.append(result.report())
        found += result.candidates
        await context.report(stage="sources", leads_found=len(found))
        if len(found) >= search.limit:
            break
    cost = sum((Decimal(r["cost_usd"]) for r in report), Decimal(0))
    await _search(search.organization_id, search.id, report=report, cost_usd=cost,
                  found=len(found))
    return [dedup.normalized(c) for c in found[:search.limit]], cost


async def _enrich(context: PipelineContext, organization_id: uuid.UUID, candidate: Candidate,
                  trail: dict[str, Any], at: str) -> Candidate:
    """Open CNPJ data fills what the source did not say (the source's values stay)."""
    if candidate.demo or not candidate.cnpj:
        return candidate
    async with unit_of_work() as session:
        lookup = await research.lookup_cnpj(session, organization_id=organization_id,
                                            cnpj=candidate.cnpj,
                                            context={"run_id": str(context.run.id)})
    if not lookup.results:
        return candidate
    have = candidate.fields_set()
    extra = {k: v for k, v in lookup.results[0].items()
             if k in Candidate.model_fields and k not in have}
    trail.update({name: {"source": ENRICHED, "at": at} for name in extra})
    return dedup.normalized(candidate.model_copy(update=extra))


async def prospect(context: PipelineContext) -> dict[str, Any]:
    organization_id = context.run.organization_id
    search_id = uuid.UUID(context.run.input["search_id"])
    search = await _search(organization_id, search_id, status=SearchStatus.running)
    icp = IcpCriteria.model_validate(search.criteria)
    try:
        summary = await _run(context, search, icp)
    except RunCancelled:
        await _finish(search, SearchStatus.cancelled, error="cancelled on request")
        raise
    except BaseException as exc:  # a time limit, a failure: the run says which too
        await _finish(search, SearchStatus.failed, error=f"{type(exc).__name__}: {exc}"[:500])
        raise
    await _finish(search, SearchStatus.finished, **summary)
    return {**summary, "search_id": str(search.id), "cost_usd": str(summary["cost_usd"])}


async def _run(context: PipelineContext, search: Search, icp: IcpCriteria) -> dict[str, Any]:
    organization_id = search.organization_id
    candidates, source_cost = await _find(context, search, icp)
    async with unit_of_work(read_only=True) as session:
        fresh, duplicates, in_crm = await dedup.split_known(session, organization_id,
                                                             candidates)
    await context.report(stage="qualifying", leads_found=len(candidates),
                         duplicates=duplicates, in_crm=in_crm)
    compare = await qualifier.has_won_customers(organization_id)
    if compare:
        context.use_tool("find_similar_customers")
    context.use_tool("write_reason")
    scored = qualified = 0
    model_cost = Decimal(0)
    for start in range(0, len(fresh), BATCH):
        await context.checkpoint()
        rows = []
        for candidate, _ in fresh[start:start + BATCH]:
            at = datetime.now(UTC).isoformat()
            trail = provenance(candidate, at)
            if search.enrich_cnpj:
                candidate = await _enrich(context, organization_id, candidate, trail, at)
            lead = candidate.model_dump()
            similarity = (await qualifier.similarity_to_won(organization_id, lead)
                          if compare else None)
            result = await qualifier.qualify(organization_id, lead, icp, search.threshold,
                                             similarity=similarity, run_id=context.run.id,
                                             trigger=context.trigger)
            model_cost += result.cost_usd
            rows.append(_lead(search, candidate, trail, result))
            qualified += result.scored.qualified
        scored += len(rows)
        async with unit_of_work() as session:  # the leads and the counters, together
            session.add_all(rows)
            row = await SearchRepository(session).get(organization_id, search.id,
                                                      for_update=True)
            if row is not None:
                row.duplicates, row.in_crm = duplicates, in_crm
                row.scored, row.qualified = scored, qualified
                await events.publish(session, SearchProgressed(
                    organization_id=organization_id, search_id=search.id,
                    found=len(candidates), duplicates=duplicates, in_crm=in_crm,
                    scored=scored, qualified=qualified))
        await context.report(stage="qualifying", leads_found=len(candidates),
                             scored=scored, qualified=qualified)
    return {"duplicates": duplicates, "in_crm": in_crm, "scored": scored,
            "qualified": qualified, "cost_usd": source_cost + model_cost}


def _lead(search: Search, candidate: Candidate, trail: dict[str, Any],
          result: qualifier.Qualified) -> Lead:
    data = candidate.model_dump(exclude={"source", "contacts"})
    return Lead(
        organization_id=search.organization_id, search_id=search.id, **data,
        contacts=[p.model_dump(exclude_none=True) for p in candidate.contacts],
        provenance=trail, sources=[candidate.source], match_keys=dedup.match_keys(candidate),
        score=result.scored.score, tier=result.scored.tier, qualified=result.scored.qualified,
        disqualified_by=result.scored.disqualified_by, breakdown=result.scored.breakdown,
        similarity=result.similarity, reason=result.reason,
        reason_prompt=f"{qualifier.REASON_PROMPT.id}@{qualifier.REASON_PROMPT.version}",
        reason_offline=result.offline, owner_id=search.started_by)


async def _finish(search: Search, status: SearchStatus, **summary: Any) -> None:
    async with unit_of_work() as session:
        row = await SearchRepository(session).get(search.organization_id, search.id,
                                                  for_update=True)
        if row is None:
            return
        for name, value in summary.items():
            setattr(row, name, value)
        row.status, row.finished_at = status, datetime.now(UTC)
        await events.publish(session, SearchFinished(
            organization_id=row.organization_id, search_id=row.id, status=row.status,
            found=row.found, qualified=row.qualified, started_by=row.started_by))
