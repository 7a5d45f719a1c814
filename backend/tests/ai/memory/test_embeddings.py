"""Embedders: the offline one is deterministic across processes and puts related Portuguese
texts close; OpenAI's speaks the documented /v1/embeddings wire format; the optional MiniLM
one says how to install it; the configured choice is honoured, never silently swapped."""

from __future__ import annotations

import importlib.util
import json

import httpx
import numpy as np
import pytest
import respx

from app.ai.embeddings import EmbeddingUnavailable, OfflineEmbedder, embedder_for
from app.ai.embeddings.minilm import MiniLMEmbedder
from app.ai.embeddings.openai_api import OpenAIEmbedder
from app.ai.settings import AISettings
from tests.ai.memory.openai_wire import OPENAI, embedding_answer
from tests.core.conftest import run_script

WEDDING = "Produtora de vídeo para casamentos e festas de 15 anos em Campinas"
RESTAURANT = "Restaurante italiano com massas artesanais e delivery no centro"

OTHER_PROCESS = """
from app.ai.embeddings import OfflineEmbedder
print(repr(OfflineEmbedder().embed_sync([%r])[0]))
"""


def cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b))  # the embedders return unit vectors


class TestOfflineEmbedder:
    async def test_vectors_have_the_declared_dimension_and_unit_length(self):
        embedder = OfflineEmbedder()

        vectors = await embedder.embed([WEDDING, RESTAURANT, "ok"])

        assert embedder.dimension == 384
        assert [len(v) for v in vectors] == [384, 384, 384]
        assert [round(float(np.linalg.norm(v)), 5) for v in vectors] == [1.0, 1.0, 1.0]

    async def test_same_text_same_vector_in_another_process(self):
        [here] = await OfflineEmbedder().embed([WEDDING])

        other = run_script(OTHER_PROCESS % WEDDING)

        assert other.returncode == 0, other.stderr
        assert np.allclose(eval(other.stdout), here)  # noqa: S307 - our own repr of a list

    async def test_inflections_and_accents_meet(self):
        query, close, far = await OfflineEmbedder().embed(
            ["produtora de video para casamento", WEDDING, RESTAURANT])

        assert cosine(query, close) > 0.5
        assert cosine(query, close) > cosine(query, far) + 0.4

    async def test_stopwords_alone_still_give_a_direction(self):
        [vector] = await OfflineEmbedder().embed(["de para com"])

        assert round(float(np.linalg.norm(vector)), 5) == 1.0


class TestOpenAIEmbedder:
    @respx.mock
    async def test_posts_the_texts_and_returns_vectors_in_input_order(self):
        texts = [WEDDING, RESTAURANT]
        route = respx.post("https://api.openai.com/v1/embeddings").mock(
            return_value=httpx.Response(200, json=embedding_answer(texts)))

        vectors = await embedder_for(OPENAI).embed(texts)

        sent = json.loads(route.calls.last.request.content)
        assert sent == {"model": "text-embedding-3-small", "input": texts,
                        "encoding_format": "base64"}
        assert route.calls.last.request.headers["authorization"] == "Bearer sk-test-embeddings"
        assert [v.index(1.0) for v in vectors] == [0, 1]
        assert all(len(v) == 1536 for v in vectors)

    @respx.mock
    async def test_a_wrong_dimension_is_refused(self):
        respx.post("https://api.openai.com/v1/embeddings").mock(
            return_value=httpx.Response(200, json=embedding_answer([WEDDING], dimension=512)))

        with pytest.raises(EmbeddingUnavailable, match="1536"):
            await OpenAIEmbedder(OPENAI).embed([WEDDING])

    @respx.mock
    async def test_large_batches_are_split_at_the_api_limit(self):
        texts = [f"lead {i}" for i in range(2050)]
        route = respx.post("https://api.openai.com/v1/embeddings").mock(
            side_effect=lambda request: httpx.Response(
                200, json=embedding_answer(json.loads(request.content)["input"])))

        vectors = await OpenAIEmbedder(OPENAI).embed(texts)

        assert [len(json.loads(c.request.content)["input"]) for c in route.calls] == [2048, 2]
        assert len(vectors) == 2050


class TestChoice:
    def test_offline_is_the_default(self):
        assert embedder_for(AISettings()).name == "offline-hash-v1"

    def test_openai_without_a_key_is_an_error_not_a_silent_switch(self):
        with pytest.raises(EmbeddingUnavailable, match="AI__OPENAI_API_KEY"):
            embedder_for(AISettings(embedding_model="text-embedding-3-small"))

    def test_unknown_model_is_named(self):
        with pytest.raises(EmbeddingUnavailable, match="'ada'"):
            embedder_for(AISettings(embedding_model="ada"))

    @pytest.mark.skipif(importlib.util.find_spec("sentence_transformers") is not None,
                        reason="the minilm extra is installed here")
    async def test_minilm_without_its_extra_says_how_to_install_it(self):
        embedder = embedder_for(AISettings(embedding_model="minilm"))

        with pytest.raises(EmbeddingUnavailable, match="minilm"):
            await embedder.embed([WEDDING])
        assert isinstance(embedder, MiniLMEmbedder) and embedder.dimension == 384
