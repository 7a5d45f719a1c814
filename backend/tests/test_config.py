"""Settings: production refuses unsafe defaults; URLs are normalised for asyncpg."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import AppEnv, Settings

SAFE_PRODUCTION = {
    "app_env": "production",
    "auth": {"secret_key": "x" * 48},
    "seed_demo": False,
    "storage": {"secret_key": "a-real-storage-secret"},
    "QDRANT_URL": "http://qdrant:6333",
}


class TestProductionGuard:
    def test_a_safe_production_configuration_starts(self):
        settings = Settings(**SAFE_PRODUCTION)
        assert settings.app_env is AppEnv.production
        assert not settings.demo_users_allowed

    @pytest.mark.parametrize(("override", "complaint"), [
        ({"auth": {"secret_key": "dev-secret-change-me-0123456789abcdef"}}, "AUTH__SECRET_KEY"),
        ({"auth": {"secret_key": "short"}}, "AUTH__SECRET_KEY"),
        ({"seed_demo": True}, "SEED_DEMO"),
        ({"storage": {"secret_key": "somos-secret-key"}}, "STORAGE__SECRET_KEY"),
        ({"QDRANT_URL": ""}, "QDRANT_URL"),
    ])
    def test_unsafe_production_refuses_to_start(self, override, complaint):
        with pytest.raises(ValidationError, match=complaint):
            Settings(**{**SAFE_PRODUCTION, **override})

    def test_development_allows_demo_users(self):
        assert Settings(app_env="development").demo_users_allowed
        assert not Settings(app_env="test").demo_users_allowed


def test_plain_postgres_urls_use_asyncpg():
    settings = Settings(DATABASE_URL="postgresql://u:p@db:5432/somos")
    assert settings.database_url == "postgresql+asyncpg://u:p@db:5432/somos"
