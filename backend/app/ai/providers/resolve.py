"""Which provider serves a catalog model, given the keys configured in `AISettings`.

A model goes to its native provider when that one is configured; otherwise to the
OpenAI-compatible endpoint when one is configured and serves it (`compatible_models` lists
catalog keys or model ids; empty means every model without its own configured provider).
None: nobody serves it here, and the router skips it in the chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from app.ai.catalog import MODELS, OFFLINE, ModelSpec
from app.ai.offline import OfflineProvider
from app.ai.providers.anthropic import AnthropicProvider
from app.ai.providers.base import Provider
from app.ai.providers.openai_compatible import OpenAICompatibleProvider
from app.ai.settings import AISettings


@dataclass(frozen=True)
class Target:
    """A model of the chain and who serves it; `breaker` is None for the offline engine."""

    spec: ModelSpec
    provider: Provider
    breaker: str | None


OFFLINE_TARGET = Target(OFFLINE, OfflineProvider(), None)


def _breaker_name(provider: str, base_url: str) -> str:
    """One breaker per endpoint: two compatible endpoints fail independently."""
    host = urlsplit(base_url).netloc if base_url else ""
    return f"llm:{provider}:{host}" if host else f"llm:{provider}"


def _compatible_serves(settings: AISettings, spec: ModelSpec) -> bool:
    if not settings.compatible_base_url:
        return False
    served = {name.strip() for name in settings.compatible_models.split(",") if name.strip()}
    return not served or spec.key in served or spec.model_id in served


def provider_for(settings: AISettings, spec: ModelSpec) -> Provider | None:
    timeout = settings.timeout_seconds
    if spec.provider == "anthropic" and settings.anthropic_api_key:
        return AnthropicProvider(settings.anthropic_api_key, settings.anthropic_base_url,
                                 timeout)
    if spec.provider == "openai" and settings.openai_api_key:
        return OpenAICompatibleProvider("openai", settings.openai_api_key,
                                        settings.openai_base_url, timeout)
    if _compatible_serves(settings, spec):
        return OpenAICompatibleProvider("compatible", settings.compatible_api_key,
                                        settings.compatible_base_url, timeout)
    return None


def _base_url(settings: AISettings, provider: Provider) -> str:
    return {"anthropic": settings.anthropic_base_url, "openai": settings.openai_base_url,
            "compatible": settings.compatible_base_url}[provider.name]


def targets(settings: AISettings, chain: tuple[str, ...]) -> list[Target]:
    """The chain's models that someone serves, in order; the offline engine when none.
    A key no longer in the catalog (a saved chain outliving a model) is skipped."""
    found = []
    for key in chain:
        spec = MODELS.get(key)
        provider = provider_for(settings, spec) if spec else None
        if spec and provider:
            breaker = _breaker_name(provider.name, _base_url(settings, provider))
            found.append(Target(spec, provider, breaker))
    return found or [OFFLINE_TARGET]
