"""SDR tests use the hunter's fixtures (eager searches, the API as a member)."""

from tests.hunter.conftest import comercial, diretor, hunter_settings  # noqa: F401
