"""Settings of the AI layer (`AI__...` environment variables). With no provider key set,
every agent runs on the offline engine, and says so in its output."""

from __future__ import annotations

from pydantic import BaseModel


class AISettings(BaseModel):
    anthropic_api_key: str = ""
    anthropic_base_url: str = ""  # empty: the SDK's default
    openai_api_key: str = ""
    openai_base_url: str = ""  # empty: api.openai.com
    # Any OpenAI-compatible endpoint (Gemini's, Ollama, vLLM): base URL, key, and the model
    # names it serves (comma-separated; empty: every model not served by another provider).
    compatible_base_url: str = ""
    compatible_api_key: str = ""
    compatible_models: str = ""
    timeout_seconds: float = 60.0
    max_retries: int = 2
    retry_backoff_seconds: float = 0.5  # first retry's wait; doubles each retry (with jitter)
    # Provider model ids by catalog key, replacing the catalog's defaults (app/ai/catalog.py),
    # e.g. AI__MODEL_IDS='{"claude-sonnet": "claude-sonnet-4-5"}'.
    model_ids: dict[str, str] = {}
    cache_ttl_seconds: int = 7 * 24 * 3600
    # Daily budgets in USD; 0 means no limit. Per-agent budgets are set through the API.
    organization_daily_budget_usd: float = 50.0
    organization_daily_token_limit: int = 0
    alert_at_fraction: float = 1.2
    embedding_model: str = "offline"  # "offline", "text-embedding-3-small" or "minilm"
