"""OpenAI's text-embedding-3-small (1536 dimensions) through the openai SDK, used when an
OpenAI key is configured and AI__EMBEDDING_MODEL names the model. Requests carry at most
2,048 inputs (the API's limit); vectors travel base64-encoded (the SDK's default: a quarter
of the bytes of JSON numbers) and come back L2-normalised by the API."""

from __future__ import annotations

from openai import AsyncOpenAI

from app.ai.embeddings.base import EmbeddingUnavailable
from app.ai.settings import AISettings

MODEL = "text-embedding-3-small"
MAX_INPUTS_PER_REQUEST = 2048


class OpenAIEmbedder:
    name = f"openai-{MODEL}"
    dimension = 1536

    def __init__(self, settings: AISettings) -> None:
        self._client = AsyncOpenAI(api_key=settings.openai_api_key,
                                   base_url=settings.openai_base_url or None,
                                   timeout=settings.timeout_seconds,
                                   max_retries=settings.max_retries)

    async def embed(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), MAX_INPUTS_PER_REQUEST):
            batch = texts[start:start + MAX_INPUTS_PER_REQUEST]
            response = await self._client.embeddings.create(model=MODEL, input=batch)
            ordered = sorted(response.data, key=lambda item: item.index)
            if len(ordered) != len(batch) or any(
                    len(item.embedding) != self.dimension for item in ordered):
                raise EmbeddingUnavailable(
                    f"{MODEL} answered {len(ordered)} vectors for {len(batch)} texts, "
                    f"expected {self.dimension} dimensions each")
            vectors.extend(item.embedding for item in ordered)
        return vectors
