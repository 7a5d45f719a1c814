"""Which crews exist, which agent runs each, and the tools that agent may use (its
allow-list). Plain data, no CrewAI: the API validates runs against it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CrewSpec:
    name: str
    agent: str  # a key of the agent catalog (the router picks its models by it)
    allowed_tools: frozenset[str]
    time_limit_seconds: int  # below the worker's soft time limit


CREWS: dict[str, CrewSpec] = {
    spec.name: spec for spec in (
        CrewSpec("outreach_draft", "sdr_whatsapp",
                 frozenset({"lookup_lead", "request_approval", "send_whatsapp"}), 180),
        # the hunter's search: source hunters, dedup, enrichment, the Qualificador (code,
        # app.ai.crews.pipelines; the model writes the reasons)
        # the SDR's first contact of an enrollment, per channel (code: app.modules.sdr)
        CrewSpec("sdr_first_whatsapp", "sdr_whatsapp",
                 frozenset({"check_suppression", "write_message", "request_approval"}), 120),
        CrewSpec("sdr_first_email", "sdr_email",
                 frozenset({"check_suppression", "write_message", "request_approval"}), 120),
        CrewSpec("prospecting", "qualificador",
                 frozenset({"search_directory", "research_web", "search_serpapi",
                            "lookup_cnpj", "find_similar_customers", "write_reason"}), 220),
    )
}


def crew_spec(name: str) -> CrewSpec | None:
    return CREWS.get(name)
