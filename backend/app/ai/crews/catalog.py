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


SDR_STEP_TOOLS = frozenset({"check_suppression", "write_message", "request_approval",
                            "send_message"})

CREWS: dict[str, CrewSpec] = {
    spec.name: spec for spec in (
        CrewSpec("outreach_draft", "sdr_whatsapp",
                 frozenset({"lookup_lead", "request_approval", "send_whatsapp"}), 180),
        # an SDR cadence's message step of one enrollment, per channel (code:
        # app.modules.sdr.drafting): approval for the first contact, a direct send after
        CrewSpec("sdr_step_whatsapp", "sdr_whatsapp", SDR_STEP_TOOLS, 120),
        CrewSpec("sdr_step_email", "sdr_email", SDR_STEP_TOOLS, 120),
        # the hunter's search: source hunters, dedup, enrichment, the Qualificador (code,
        # app.ai.crews.pipelines; the model writes the reasons)
        CrewSpec("prospecting", "qualificador",
                 frozenset({"search_directory", "research_web", "search_serpapi",
                            "lookup_cnpj", "find_similar_customers", "write_reason"}), 220),
    )
}


def crew_spec(name: str) -> CrewSpec | None:
    return CREWS.get(name)
