"""What a source answers, and the ICP's first cut that directory-like sources apply."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.core.identifiers import fold
from app.modules.hunter.schemas.candidates import Candidate
from app.modules.hunter.schemas.icps import IcpCriteria


@dataclass
class Found:
    source: str
    candidates: list[Candidate] = field(default_factory=list)
    cost_usd: Decimal = Decimal(0)
    sandboxed: bool = False
    error: str | None = None

    def report(self) -> dict:
        return {"source": self.source, "found": len(self.candidates),
                "cost_usd": str(self.cost_usd), "sandboxed": self.sandboxed,
                "error": self.error}


def in_profile(candidate: Candidate, icp: IcpCriteria) -> bool:
    """A directory's search: in the ICP's states (when given), and of its segment when it
    names industries or CNAE codes (either matching is enough). Scoring ranks the rest."""
    if icp.states and (candidate.state or "").upper() not in icp.states:
        return False
    if not (icp.industries or icp.cnae_codes):
        return True
    text = fold(" ".join(filter(None, [candidate.name, candidate.industry,
                                       candidate.description])))
    return (any(fold(i) in text for i in icp.industries)
            or any((candidate.cnae or "").startswith(c) for c in icp.cnae_codes))
