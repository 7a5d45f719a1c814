"""The default embedder: needs no download, no network and no model, and gives the same
vector for the same text in every process.

Feature hashing (the "hashing trick"): each stemmed Portuguese content word and each
character trigram of it is hashed (CRC-32, stable across processes, unlike `hash()`) to one
of 384 slots with a hash-derived sign, weighted by sublinear term frequency (1 + ln tf), and
the vector is L2-normalised. Texts that share words or stems share slots, so cosine
similarity tracks lexical overlap; trigrams also pull together inflections the stemmer
misses and small typos. It knows no synonyms ("filmagem" and "video" do not meet): for real
semantic similarity offline use the "minilm" embedder, online OpenAI's.
"""

from __future__ import annotations

import asyncio
import math
import zlib
from collections import Counter
from functools import lru_cache

import numpy as np

from app.ai.embeddings.portuguese import fold, terms

DIMENSION = 384
TRIGRAM_WEIGHT = 0.7  # the trigrams of a word together weigh this much next to the word's 1.0
SIGN_BIT = 1 << 31


def _slot(feature: str) -> tuple[int, float]:
    h = zlib.crc32(feature.encode())
    return h % DIMENSION, (1.0 if h & SIGN_BIT else -1.0)


@lru_cache(maxsize=1 << 16)
def term_features(term: str) -> tuple[tuple[int, float], ...]:
    """Signed slot weights of one term: the word itself plus its boundary-marked trigrams."""
    padded = f"<{term}>"
    grams = [padded[i:i + 3] for i in range(len(padded) - 2)]
    weights: dict[int, float] = {}
    index, sign = _slot(f"w:{term}")
    weights[index] = sign
    for gram in grams:
        index, sign = _slot(f"c:{gram}")
        weights[index] = weights.get(index, 0.0) + sign * TRIGRAM_WEIGHT / len(grams)
    return tuple(weights.items())


def embed_text(text: str) -> np.ndarray:
    vector = np.zeros(DIMENSION, dtype=np.float32)
    words = terms(text) or fold(text).split()  # only stopwords: keep them rather than nothing
    for term, count in Counter(words).items():
        scale = 1.0 + math.log(count)
        for index, weight in term_features(term):
            vector[index] += weight * scale
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


class OfflineEmbedder:
    name = "offline-hash-v1"
    dimension = DIMENSION

    def embed_sync(self, texts: list[str]) -> list[list[float]]:
        return [embed_text(text).tolist() for text in texts]

    async def embed(self, texts: list[str]) -> list[list[float]]:
        return await asyncio.to_thread(self.embed_sync, texts)
