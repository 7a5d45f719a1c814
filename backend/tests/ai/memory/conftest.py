"""Memory tests run on a Qdrant local-mode folder of their own (a temporary DATA_DIR), even
when QDRANT_URL is set, so runs never share or lock each other's vectors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import get_settings


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory) -> Path:
    settings = get_settings()
    saved = settings.data_dir, settings.qdrant_url
    settings.data_dir, settings.qdrant_url = tmp_path_factory.mktemp("data"), ""
    yield settings.data_dir
    settings.data_dir, settings.qdrant_url = saved
