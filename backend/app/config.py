"""One settings root for the whole backend.

Values come from the environment (and a `.env` file); nested groups read
`GROUP__FIELD` variables, and the well-known URLs (`DATABASE_URL`,
`REDIS_URL`, `S3_ENDPOINT`, `QDRANT_URL`) are read under their plain names so
that docker-compose, Kubernetes and the embedded stack all speak the same.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, BaseModel, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.ai.settings import AISettings
from app.integrations.settings import IntegrationsSettings

DEFAULT_SECRET = "dev-secret-change-me-0123456789abcdef"  # noqa: S105 - refused in production
BACKEND_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BACKEND_DIR.parent


class AppEnv(StrEnum):
    development = "development"
    demo = "demo"
    test = "test"
    production = "production"


class AuthSettings(BaseModel):
    secret_key: str = DEFAULT_SECRET
    algorithm: str = "HS256"
    issuer: str = "somos-api"
    audience: str = "somos"
    access_ttl_seconds: int = 15 * 60
    refresh_ttl_seconds: int = 7 * 24 * 3600
    invite_ttl_seconds: int = 72 * 3600


class RateLimitSettings(BaseModel):
    enabled: bool = True
    login_per_minute: int = 5
    api_per_second: int = 30
    api_key_per_second: int = 10


class StorageSettings(BaseModel):
    access_key: str = "somos"
    secret_key: str = "somos-secret-key"
    region: str = "us-east-1"
    secure: bool = False
    presign_ttl_seconds: int = 300
    max_upload_bytes: int = 25 * 1024 * 1024
    bucket_prefix: str = "somos"


class WorkerSettings(BaseModel):
    visibility_timeout_seconds: int = 300
    heartbeat_ttl_seconds: int = 30
    eager: bool = False
    db_pool_size: int = 5  # per worker process: one task at a time, plus relay sessions
    # Prefix of every broker key and of the worker's own Redis keys (heartbeat, task counts),
    # so several deployments or test runs can share one Redis database.
    key_prefix: str = ""


class EventsSettings(BaseModel):
    # After a commit the caller waits up to this long for delivery; the rest goes on in the
    # background and the sweep (core.relay_outbox) is the backstop.
    inline_budget_seconds: float = 0.5
    sweep_interval_seconds: float = 5.0
    batch_size: int = 100
    retain_published_days: int = 7


class RealtimeSettings(BaseModel):
    ping_interval_seconds: float = 25.0
    reauth_interval_seconds: float = 60.0
    queue_size: int = 500


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=(".env", str(REPO_DIR / ".env")),
        env_nested_delimiter="__",
        extra="ignore",
    )

    app_env: AppEnv = AppEnv.development
    app_name: str = "Somos Produtora"
    database_url: str = Field(
        default="postgresql+asyncpg://postgres@127.0.0.1:5432/somos",
        validation_alias=AliasChoices("DATABASE_URL", "database_url"),
    )
    redis_url: str = Field(
        default="redis://127.0.0.1:6379/0",
        validation_alias=AliasChoices("REDIS_URL", "redis_url"),
    )
    s3_endpoint: str = Field(
        default="http://127.0.0.1:8333",
        validation_alias=AliasChoices("S3_ENDPOINT", "s3_endpoint"),
    )
    qdrant_url: str = Field(default="", validation_alias=AliasChoices("QDRANT_URL", "qdrant_url"))
    data_dir: Path = Field(
        default=REPO_DIR / ".data", validation_alias=AliasChoices("DATA_DIR", "data_dir")
    )
    public_web_url: str = "http://localhost:3000"
    # peers whose X-Forwarded-For names the client (the dashboard's server, a reverse proxy)
    trusted_proxies: list[str] = ["127.0.0.1", "::1"]
    # the dashboard (3000) and the mobile app's web build in development (Expo, 8081)
    cors_origins: list[str] = ["http://localhost:3000", "http://127.0.0.1:3000",
                               "http://localhost:8081", "http://127.0.0.1:8081"]
    db_pool_size: int = 10
    db_max_overflow: int = 20
    db_ping_idle_seconds: float = 1.0  # pooled connections idle this long are pinged first
    log_level: str = "INFO"
    seed_demo: bool = True

    auth: AuthSettings = AuthSettings()
    rate_limit: RateLimitSettings = RateLimitSettings()
    storage: StorageSettings = StorageSettings()
    worker: WorkerSettings = WorkerSettings()
    events: EventsSettings = EventsSettings()
    realtime: RealtimeSettings = RealtimeSettings()
    ai: AISettings = AISettings()
    integrations: IntegrationsSettings = IntegrationsSettings()

    @property
    def demo_users_allowed(self) -> bool:
        return self.app_env in (AppEnv.development, AppEnv.demo)

    @property
    def qdrant_path(self) -> Path:
        return self.data_dir / "qdrant"

    @model_validator(mode="after")
    def _normalise(self) -> Settings:
        if self.database_url.startswith(("postgres://", "postgresql://")):
            self.database_url = "postgresql+asyncpg://" + self.database_url.split("://", 1)[1]
        return self

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.app_env is not AppEnv.production:
            return self
        problems = []
        if self.auth.secret_key == DEFAULT_SECRET or len(self.auth.secret_key) < 32:
            problems.append("AUTH__SECRET_KEY must be set to a random value of 32+ characters")
        if self.seed_demo:
            problems.append("SEED_DEMO must be false: demo users never exist in production")
        if self.storage.secret_key == StorageSettings().secret_key:
            problems.append("STORAGE__SECRET_KEY must not be the default")
        if not self.qdrant_url:
            problems.append("QDRANT_URL must point to a Qdrant server in production")
        if problems:
            raise ValueError("refusing to start in production: " + "; ".join(problems))
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
