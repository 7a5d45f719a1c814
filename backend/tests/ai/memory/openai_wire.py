"""OpenAI's /v1/embeddings answers as documented (the shape recorded from the API), for
tests of the OpenAI embedder."""

from __future__ import annotations

import base64

import numpy as np

from app.ai.settings import AISettings

OPENAI = AISettings(openai_api_key="sk-test-embeddings", embedding_model="text-embedding-3-small",
                    max_retries=0)


def embedding_answer(inputs: list[str], dimension: int = 1536) -> dict:
    """OpenAI's documented answer shape for `encoding_format: base64` (little-endian float32),
    text i embedded as the unit vector along axis i, items in reverse order (the API tags each
    one with its index; clients must not rely on the order)."""
    data = []
    for index, _ in enumerate(inputs):
        vector = np.zeros(dimension, dtype="<f4")
        vector[index % dimension] = 1.0
        data.append({"object": "embedding", "index": index,
                     "embedding": base64.b64encode(vector.tobytes()).decode()})
    return {"object": "list", "data": data[::-1], "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 7 * len(inputs), "total_tokens": 7 * len(inputs)}}

