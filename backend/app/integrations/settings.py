"""Settings of the outside services (`INTEGRATIONS__...` environment variables). A service
with no credentials runs in sandbox mode: everything but the outside call, recorded."""

from __future__ import annotations

from pydantic import BaseModel


class IntegrationsSettings(BaseModel):
    timeout_seconds: float = 30.0
    # Per-service overrides of the timeout, e.g. INTEGRATIONS__TIMEOUTS='{"resend": 10}'.
    timeouts: dict[str, float] = {"cnpj_data": 8, "serpapi": 20, "web": 10}
    # Retries of transient failures wait base, 2x, 4x (2, 4, 8 s per the seed), at most 30 s.
    retry_base_seconds: float = 2.0
    max_retries: int = 3
    # Local rate limit per service (calls per second) so we never exceed a provider's limits.
    rate_per_second: dict[str, float] = {"evolution": 5, "whatsapp_cloud": 20, "resend": 2}
    # The organization (slug) that owns the configured accounts: inbound webhooks land there.
    organization_slug: str = ""
    # Evolution API (WhatsApp, self-hosted)
    evolution_base_url: str = ""
    evolution_api_key: str = ""
    evolution_instance: str = ""
    evolution_webhook_token: str = ""
    # WhatsApp Cloud API (Meta)
    whatsapp_cloud_base_url: str = "https://graph.facebook.com"
    whatsapp_cloud_token: str = ""
    whatsapp_cloud_phone_number_id: str = ""
    whatsapp_cloud_app_secret: str = ""
    whatsapp_cloud_verify_token: str = ""
    whatsapp_cloud_api_version: str = "v21.0"
    # Resend (e-mail) and SMTP as its fallback
    resend_base_url: str = "https://api.resend.com"
    resend_api_key: str = ""
    resend_webhook_secret: str = ""
    email_from: str = "Somos Produtora <contato@somos.local>"
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = True
    # Expo Push Service (the mobile app's notifications)
    expo_push_base_url: str = "https://exp.host"
    expo_access_token: str = ""
    # Prospecting lookups (hunter): SerpAPI (Google search and Maps; sandbox without a key),
    # open CNPJ data (BrasilAPI, or a self-hosted minha-receita: same fields; empty: sandbox),
    # and public web pages (private and loopback addresses refused unless allowed).
    serpapi_base_url: str = "https://serpapi.com"
    serpapi_api_key: str = ""
    serpapi_cost_usd: float = 0.015  # per search, as the plan bills it (reported per source)
    cnpj_data_base_url: str = "https://brasilapi.com.br/api/cnpj/v1"
    web_fetch_allow_private: bool = False
    web_fetch_max_bytes: int = 2_000_000
    # Services that production refuses to run in sandbox mode (comma-separated names).
    required: str = ""

    def timeout_for(self, service: str) -> float:
        return self.timeouts.get(service, self.timeout_seconds)

    @property
    def required_services(self) -> set[str]:
        return {name.strip() for name in self.required.split(",") if name.strip()}
