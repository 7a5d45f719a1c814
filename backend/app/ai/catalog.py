"""The agents, the models they may use and what the models cost.

Seeded from the customer spec (001, section 2.4): "Selecao de Modelos por Agente" gives each
agent a primary and a fallback model, "Tabela de Fallbacks" extends Claude and GPT-4o chains
(Claude -> GPT-4o -> Gemini Pro; GPT-4o -> Claude -> Gemini Pro) before the final "manual
retry queue" (`ProvidersExhausted`). Catalog keys are ours and stable; the model id sent to a
provider can be changed per deployment with `AI__MODEL_IDS` (e.g. when a model is retired).
Admins override an agent's chain and budgets per organization (ai_agent_setting).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.config import get_settings

MILLION = Decimal(1_000_000)


@dataclass(frozen=True)
class ModelSpec:
    key: str
    display_name: str  # as the seed names it
    provider: str  # the provider that serves it natively: anthropic, openai, compatible
    default_model_id: str
    usd_per_million_in: Decimal
    usd_per_million_out: Decimal

    @property
    def model_id(self) -> str:
        return get_settings().ai.model_ids.get(self.key, self.default_model_id)

    def cost(self, input_tokens: int, output_tokens: int) -> Decimal:
        return (self.usd_per_million_in * input_tokens
                + self.usd_per_million_out * output_tokens) / MILLION


def _model(key: str, name: str, provider: str, model_id: str, usd_in: str, usd_out: str
           ) -> ModelSpec:
    return ModelSpec(key, name, provider, model_id, Decimal(usd_in), Decimal(usd_out))


MODELS: dict[str, ModelSpec] = {m.key: m for m in (
    _model("claude-sonnet", "Claude 3.5 Sonnet", "anthropic", "claude-sonnet-4-6", "3", "15"),
    _model("gpt-4o", "GPT-4o", "openai", "gpt-4o", "5", "15"),
    _model("gpt-4o-mini", "GPT-4o-mini", "openai", "gpt-4o-mini", "0.15", "0.60"),
    _model("gemini-pro", "Gemini Pro", "compatible", "gemini-2.5-pro", "1.25", "5"),
    _model("gemini-flash", "Gemini Flash", "compatible", "gemini-2.5-flash", "0.30", "2.50"),
)}

OFFLINE = _model("offline", "Motor offline (regras)", "offline", "offline-v1", "0", "0")

# "Tabela de Fallbacks": what follows a primary model before the manual retry queue.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "claude-sonnet": ("gpt-4o", "gemini-pro"),
    "gpt-4o": ("claude-sonnet", "gemini-pro"),
}


@dataclass(frozen=True)
class AgentSpec:
    key: str
    display_name: str
    primary: str
    fallback: str
    reason: str  # the seed's "Justificativa"

    @property
    def default_chain(self) -> tuple[str, ...]:
        chain = [self.primary, self.fallback, *FALLBACKS.get(self.primary, ())]
        return tuple(dict.fromkeys(chain))


# Image Creator's images come from DALL-E 3 / Flux (Replicate) through the image integration;
# its text calls (prompts for the image models) go through this router on GPT-4o and Claude.
AGENTS: dict[str, AgentSpec] = {a.key: a for a in (
    AgentSpec("hunter_linkedin", "Hunter LinkedIn", "claude-sonnet", "gpt-4o",
              "Analise de perfis requer nuance"),
    AgentSpec("hunter_google", "Hunter Google", "gpt-4o-mini", "gemini-flash",
              "Tarefa simples de extracao, alto volume"),
    AgentSpec("hunter_social", "Hunter Social", "gpt-4o-mini", "gemini-flash",
              "Extracao e classificacao basica"),
    AgentSpec("qualificador", "Qualificador", "gpt-4o", "claude-sonnet",
              "Scoring estruturado com precisao"),
    AgentSpec("sdr_whatsapp", "SDR WhatsApp", "claude-sonnet", "gpt-4o",
              "Tom conversacional em portugues"),
    AgentSpec("sdr_linkedin", "SDR LinkedIn", "claude-sonnet", "gpt-4o",
              "Mensagens profissionais com personalidade"),
    AgentSpec("sdr_email", "SDR Email", "claude-sonnet", "gpt-4o", "Cold emails persuasivos"),
    AgentSpec("content_writer", "Content Writer", "claude-sonnet", "gpt-4o",
              "Qualidade superior em texto longo"),
    AgentSpec("image_creator", "Image Creator", "gpt-4o", "claude-sonnet",
              "Controle de estilo e qualidade (imagens: DALL-E 3, Flux via Replicate)"),
    AgentSpec("trend_analyzer", "Trend Analyzer", "gemini-pro", "gpt-4o",
              "Janela de contexto de 1M tokens"),
    AgentSpec("news_curator", "News Curator", "gpt-4o-mini", "gemini-flash",
              "Processamento barato de alto volume"),
    AgentSpec("competitor_watcher", "Competitor Watcher", "gemini-flash", "gpt-4o-mini",
              "Analise rapida e barata"),
    AgentSpec("budget_calculator", "Budget Calculator", "gpt-4o", "claude-sonnet",
              "Calculo preciso e formatacao"),
    AgentSpec("contract_drafter", "Contract Drafter", "claude-sonnet", "gpt-4o",
              "Linguagem juridica precisa"),
    AgentSpec("report_generator", "Report Generator", "gpt-4o", "gemini-pro",
              "Analise de dados + formatacao"),
)}


class UnknownAgent(ValueError):
    """An agent key that is not in the catalog (a programming error in the caller)."""


def agent(key: str) -> AgentSpec:
    try:
        return AGENTS[key]
    except KeyError:
        raise UnknownAgent(f"unknown agent {key!r}; known: {', '.join(AGENTS)}") from None
