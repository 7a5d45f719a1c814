"""The crew fixtures (scripted model, router pointed at it) serve the safety tests too."""

from tests.ai.crews.conftest import model, scripted_router

__all__ = ["model", "scripted_router"]
