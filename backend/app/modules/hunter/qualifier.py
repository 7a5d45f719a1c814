"""The Qualificador: the deterministic score (scoring.py), closeness to won customers
(vector memory, collection `leads`, kind `won`), and the reason the model (or the offline
engine) writes from the breakdown, with its prompt version and cost in the ledger."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.ai import router
from app.ai.memory import Collection, vector_memory
from app.ai.prompts import Prompt, register
from app.ai.types import LLMRequest, Message, TaskKind, Trigger
from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.scoring import Scored, score

AGENT = "qualificador"
WON = "won"  # the kind of memory point a won customer is
REASON_PROMPT = register(Prompt(
    "hunter.score_reason", 1,
    "Você é o Qualificador de leads de uma produtora audiovisual. Explique em português, em "
    "até cinco frases, por que o lead {lead_name} recebeu {score} pontos de 100 (limite de "
    "qualificação: {threshold}). Use apenas o detalhamento por critério nos fatos; não "
    "invente dados nem mude a pontuação. {feedback}",
    "Why a lead got its score, from the per-criterion breakdown"))


@dataclass(frozen=True)
class Qualified:
    scored: Scored
    similarity: float | None
    reason: str
    offline: bool
    cost_usd: Decimal


def profile_text(lead: dict[str, Any]) -> str:
    """What similarity compares: the company's segment, description, place and size."""
    return " ".join(str(lead.get(k) or "") for k in (
        "name", "industry", "description", "city", "state", "size")).strip()


async def has_won_customers(organization_id: uuid.UUID) -> bool:
    return bool(await vector_memory.search(Collection.leads, organization_id, "cliente",
                                           limit=1, filters={"kind": WON}))


async def similarity_to_won(organization_id: uuid.UUID, lead: dict[str, Any]) -> float:
    hits = await vector_memory.search(Collection.leads, organization_id, profile_text(lead),
                                      limit=1, filters={"kind": WON})
    return round(max(hits[0].score, 0.0), 3) if hits else 0.0


async def remember_won(organization_id: uuid.UUID, company_id: uuid.UUID,
                       company: dict[str, Any]) -> None:
    await vector_memory.upsert(Collection.leads, organization_id, f"won:{company_id}",
                               profile_text(company), {"kind": WON})


async def qualify(organization_id: uuid.UUID, lead: dict[str, Any], icp: IcpCriteria,
                  threshold: int, *, similarity: float | None, run_id: uuid.UUID | None,
                  trigger: Trigger, feedback: str | None = None) -> Qualified:
    scored = score(lead, icp, threshold, similarity)
    note = f"Nota do revisor: {feedback}" if feedback else ""
    system = REASON_PROMPT.render(lead_name=lead.get("name"), score=scored.score,
                                  threshold=threshold, feedback=note)
    facts = {"lead_name": lead.get("name"), "score": scored.score, "threshold": threshold,
             "breakdown": scored.breakdown, "disqualified_by": scored.disqualified_by,
             "feedback": feedback}
    completion = await router.complete(LLMRequest(
        organization_id=organization_id, agent=AGENT, task=TaskKind.reason, facts=facts,
        messages=[Message("system", system), Message("user", "Explique a pontuação.")],
        prompt=REASON_PROMPT.ref, run_id=run_id, trigger=trigger, max_tokens=400))
    reason = completion.text
    if scored.disqualified_by:
        reason = f"Não qualificado: {scored.disqualified_by}.\n{reason}"
    return Qualified(scored, similarity, reason, completion.offline, completion.cost_usd)
