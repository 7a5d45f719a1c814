"""Embedding providers behind one interface (`Embedder`): the offline hashing embedder by
default, OpenAI's text-embedding-3-small when configured, and the optional MiniLM model.

    vectors = await get_embedder().embed(["produtora de video para casamento"])
"""

from __future__ import annotations

from functools import cache

from app.ai.embeddings.base import Embedder, EmbeddingUnavailable
from app.ai.embeddings.offline import OfflineEmbedder
from app.ai.settings import AISettings
from app.config import get_settings

__all__ = ["Embedder", "EmbeddingUnavailable", "OfflineEmbedder", "embedder_for",
           "get_embedder"]


def embedder_for(settings: AISettings) -> Embedder:
    """The embedder `AI__EMBEDDING_MODEL` names; OpenAI's needs its key, else it is an error
    rather than a silent switch to another vector space."""
    model = settings.embedding_model
    if model == "offline":
        return OfflineEmbedder()
    if model == "text-embedding-3-small":
        if not settings.openai_api_key:
            raise EmbeddingUnavailable("text-embedding-3-small needs AI__OPENAI_API_KEY")
        from app.ai.embeddings.openai_api import OpenAIEmbedder

        return OpenAIEmbedder(settings)
    if model == "minilm":
        from app.ai.embeddings.minilm import MiniLMEmbedder

        return MiniLMEmbedder()
    raise EmbeddingUnavailable(
        f"unknown AI__EMBEDDING_MODEL {model!r}: use offline, text-embedding-3-small or minilm")


@cache
def get_embedder() -> Embedder:
    """The process's embedder (one OpenAI client, one loaded model)."""
    return embedder_for(get_settings().ai)
