"""What every embedder offers: a name that identifies its vector space, a dimension, and
`embed`. Vectors of different embedders live in different spaces, so a collection records
the embedder it was built with (see app.ai.memory) and refuses vectors of another."""

from __future__ import annotations

from typing import Protocol


class Embedder(Protocol):
    name: str  # stable identifier of the vector space, e.g. "offline-hash-v1"
    dimension: int

    async def embed(self, texts: list[str]) -> list[list[float]]:
        """One L2-normalised vector per text, in order."""
        ...


class EmbeddingUnavailable(RuntimeError):
    """The configured embedder cannot run here (missing optional package, bad answer)."""
