"""How a prospect is recognised again: match keys from its CNPJ, domain, phones and LinkedIn
page, compared with the organization's leads and with the CRM (through its service) before
anything is enriched or scored."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.identifiers import normalize_cnpj, normalize_domain, normalize_phone
from app.modules.crm import service as crm
from app.modules.hunter.repository import LeadRepository
from app.modules.hunter.schemas.candidates import Candidate


def _clean(normalize, value: str | None) -> str | None:  # noqa: ANN001 - a normaliser
    if not value:
        return None
    try:
        return normalize(value)
    except ValueError:
        return None


def linkedin_path(url: str | None) -> str | None:
    """`https://br.linkedin.com/company/Agencia-X/?ref=1` -> `company/agencia-x`."""
    if not url:
        return None
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if not (parts.hostname or "").endswith("linkedin.com"):
        return None
    path = "/".join(p for p in parts.path.lower().split("/") if p)
    return path or None


def normalized(candidate: Candidate) -> Candidate:
    """The candidate with its identifiers in stored form (invalid ones dropped)."""
    phones = [p for p in (_clean(normalize_phone, p) for p in candidate.phones) if p]
    return candidate.model_copy(update={
        "cnpj": _clean(normalize_cnpj, candidate.cnpj),
        "domain": _clean(normalize_domain, candidate.domain or candidate.website),
        "phones": list(dict.fromkeys(phones)),
        "emails": list(dict.fromkeys(e.strip().lower() for e in candidate.emails if "@" in e)),
    })


def match_keys(candidate: Candidate) -> list[str]:
    keys = [f"cnpj:{candidate.cnpj}" if candidate.cnpj else None,
            f"domain:{candidate.domain}" if candidate.domain else None,
            *(f"phone:{p}" for p in candidate.phones)]
    if path := linkedin_path(candidate.linkedin_url):
        keys.append(f"linkedin:{path}")
    return [k for k in keys if k]


async def split_known(session: AsyncSession, organization_id: uuid.UUID,
                      candidates: list[Candidate]
                      ) -> tuple[list[tuple[Candidate, list[str]]], int, int]:
    """(new candidates with their keys, how many are already leads, how many the CRM has).
    Candidates of one search that match each other count once."""
    keyed = [(c, match_keys(c)) for c in candidates]
    all_keys = sorted({k for _, keys in keyed for k in keys})
    leads = await LeadRepository(session).existing_keys(organization_id, all_keys)
    in_crm = await crm.leads.known(
        session, organization_id,
        cnpjs=[k[5:] for k in all_keys if k.startswith("cnpj:")],
        domains=[k[7:] for k in all_keys if k.startswith("domain:")],
        emails=sorted({e for c, _ in keyed for e in c.emails}),
        phones=[k[6:] for k in all_keys if k.startswith("phone:")])
    fresh: list[tuple[Candidate, list[str]]] = []
    seen: set[str] = set()
    duplicates = crm_matches = 0
    for candidate, keys in keyed:
        crm_keys = set(keys) | {f"email:{e}" for e in candidate.emails}
        if crm_keys & in_crm:
            crm_matches += 1
        elif set(keys) & (leads | seen):
            duplicates += 1
        else:
            fresh.append((candidate, keys))
        seen |= set(keys)
    return fresh, duplicates, crm_matches
