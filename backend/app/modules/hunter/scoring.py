"""The deterministic 0-100 score of a lead against an ICP, with its per-criterion breakdown.
No model decides a score: the qualifier (a model, or the offline engine) only writes the
reason from this breakdown.

Each criterion the ICP sets has a weight (0-10); the score is the weighted share of the
criteria the lead meets (partly, for keywords and industries), blended with its similarity
to won customers when there are any (20%). A required criterion not met leaves the lead
unqualified whatever its score; a disqualifying word puts the score at 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.identifiers import fold
from app.modules.hunter.models import Tier
from app.modules.hunter.schemas.icps import Criterion, IcpCriteria

SIMILARITY_SHARE = 0.2
LABELS = {
    Criterion.industry: "Segmento", Criterion.cnae: "CNAE", Criterion.size: "Porte",
    Criterion.employees: "Funcionários", Criterion.location: "Localização",
    Criterion.keywords: "Palavras-chave", Criterion.contactable: "Contato disponível",
    Criterion.web_presence: "Presença online",
}


@dataclass(frozen=True)
class Scored:
    score: int
    tier: Tier
    qualified: bool
    breakdown: list[dict[str, Any]]
    disqualified_by: str | None


def tier_of(score: int, threshold: int) -> Tier:
    if score >= threshold:
        return Tier.hot
    return Tier.warm if score >= max(threshold - 30, 0) else Tier.cold


def _text(lead: dict[str, Any]) -> str:
    return fold(" ".join(str(lead.get(k) or "") for k in (
        "name", "legal_name", "industry", "description", "city", "website")))


def _share(terms: list[str], text: str) -> tuple[float, list[str]]:
    found = [t for t in terms if fold(t) in text]
    # one match of the industries is a match; more keywords count for more
    return (len(found) / len(terms) if terms else 0.0), found


def _judge(criterion: Criterion, icp: IcpCriteria, lead: dict[str, Any], text: str
           ) -> tuple[float, str]:
    """(how much it matches, 0-1; the note that says why)."""
    match criterion:
        case Criterion.industry:
            _, found = _share(icp.industries, text)
            return (1.0, f"segmento: {', '.join(found)}") if found else (
                0.0, "segmento fora do perfil")
        case Criterion.cnae:
            cnae = lead.get("cnae") or ""
            hit = next((c for c in icp.cnae_codes if cnae.startswith(c)), None)
            if not cnae:
                return 0.0, "CNAE desconhecido"
            return (1.0, f"CNAE {cnae} no perfil") if hit else (0.0, f"CNAE {cnae} fora do perfil")
        case Criterion.size:
            size = lead.get("size")
            if not size:
                return 0.0, "porte desconhecido"
            return (1.0, f"porte {size}") if size in icp.sizes else (0.0, f"porte {size} fora")
        case Criterion.employees:
            n = lead.get("employees")
            if n is None:
                return 0.0, "número de funcionários desconhecido"
            low, high = icp.employees_min or 0, icp.employees_max
            ok = n >= low and (high is None or n <= high)
            return (1.0 if ok else 0.0), f"{n} funcionários"
        case Criterion.location:
            state, city = (lead.get("state") or "").upper(), fold(lead.get("city") or "")
            in_state = not icp.states or state in icp.states
            in_city = not icp.cities or city in {fold(c) for c in icp.cities}
            where = ", ".join(filter(None, [lead.get("city"), state])) or "local desconhecido"
            return (1.0 if in_state and in_city else 0.0), where
        case Criterion.keywords:
            share, found = _share(icp.keywords, text)
            return share, (f"palavras: {', '.join(found)}" if found else "nenhuma palavra-chave")
        case Criterion.contactable:
            ok = bool(lead.get("phones") or lead.get("emails"))
            return (1.0, "telefone ou e-mail") if ok else (0.0, "sem telefone nem e-mail")
        case Criterion.web_presence:
            ok = bool(lead.get("website") or lead.get("social_links")
                      or lead.get("linkedin_url"))
            return (1.0, "site ou redes sociais") if ok else (0.0, "sem presença online")
    raise AssertionError(criterion)


def score(lead: dict[str, Any], icp: IcpCriteria, threshold: int,
          similarity: float | None = None) -> Scored:
    """`lead`: the lead's fields (a Candidate's dump, or a Lead's columns)."""
    text = _text(lead)
    judged = [(c, icp.weights.get(c, 0), *_judge(c, icp, lead, text))
              for c in Criterion
              if icp.is_set(c) and (icp.weights.get(c, 0) > 0 or c in icp.required)]
    rule_share = 1.0 - (SIMILARITY_SHARE if similarity is not None else 0.0)
    total_weight = sum(w for _, w, _, _ in judged) or 1
    earned = [100 * rule_share * w * m / total_weight for _, w, m, _ in judged]
    breakdown = [{"criterion": c.value, "label": LABELS[c], "weight": w,
                  "points": round(p, 1), "matched": m >= 1.0, "note": note}
                 for (c, w, m, note), p in zip(judged, earned, strict=True)]
    if similarity is not None:
        close = max(similarity, 0.0)
        earned.append(100 * SIMILARITY_SHARE * close)
        breakdown.append({"criterion": "similarity", "label": "Parecido com clientes ganhos",
                          "weight": round(SIMILARITY_SHARE * total_weight, 1),
                          "points": round(earned[-1], 1),
                          "matched": close >= 0.5, "note": f"similaridade {close:.2f}"})
    value = round(sum(earned))
    disqualified_by = next((d for d in icp.disqualifiers if fold(d) in text), None)
    if disqualified_by:
        value = 0
        breakdown.append({"criterion": "disqualifier", "label": "Desqualificação", "weight": 0,
                          "points": 0, "matched": True,
                          "note": f"contém “{disqualified_by}”"})
    missing = [LABELS[c] for c, _, m, _ in judged if c in icp.required and m < 1.0]
    if missing and not disqualified_by:
        disqualified_by = f"obrigatório não atendido: {', '.join(missing)}"
    value = max(0, min(100, value))
    qualified = disqualified_by is None and value >= threshold
    tier = tier_of(value, threshold) if disqualified_by is None else Tier.cold
    return Scored(value, tier, qualified, breakdown, disqualified_by)
