"""Long-term memory: texts embedded into Qdrant collections, always written and searched
within one organization.

    await vector_memory.upsert(Collection.leads, org_id, str(lead.id), profile_text,
                               {"segment": "casamentos"})
    hits = await vector_memory.search(Collection.leads, org_id, "video para casamento")

Embedding happens on the event loop (the OpenAI embedder is async HTTP); the Qdrant calls
run in a worker thread inside one `use_store` each (see core.vector for local mode's lock).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qdrant_client import models

from app.ai.embeddings import Embedder, get_embedder
from app.ai.memory.points import (
    RECORD_KEY,
    RESERVED_KEYS,
    TEXT_KEY,
    Collection,
    FilterValue,
    ensure_collection,
    make_point,
    organization_filter,
    point_id,
)
from app.core.vector import use_store

if TYPE_CHECKING:
    from qdrant_client import QdrantClient


@dataclass(frozen=True)
class Record:
    id: str  # the business row's id (lead, post, clause, document)
    text: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    id: str
    score: float  # cosine similarity, 1.0 = same direction
    text: str
    payload: dict[str, Any]


class VectorMemory:
    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        return self._embedder or get_embedder()

    async def upsert(self, collection: Collection, organization_id: uuid.UUID, id: str,
                     text: str, payload: dict[str, Any] | None = None) -> None:
        await self.upsert_many(collection, organization_id, [Record(id, text, payload or {})])

    async def upsert_many(self, collection: Collection, organization_id: uuid.UUID,
                          records: list[Record]) -> None:
        if not records:
            return
        embedder = self.embedder
        vectors = await embedder.embed([record.text for record in records])
        points = [make_point(organization_id, r.id, r.text, vector, embedder.name, r.payload)
                  for r, vector in zip(records, vectors, strict=True)]

        def write(client: QdrantClient) -> None:
            ensure_collection(client, collection, embedder)
            client.upsert(collection.value, points=points, wait=True)

        await use_store(write)

    async def search(self, collection: Collection, organization_id: uuid.UUID,
                     query_text: str, limit: int = 5,
                     filters: dict[str, FilterValue] | None = None) -> list[Hit]:
        """The `limit` closest texts of this organization, best first."""
        embedder = self.embedder
        query_filter = organization_filter(organization_id, filters)
        [vector] = await embedder.embed([query_text])
        if not any(vector):  # nothing to compare (only punctuation): no direction, no hit
            return []

        def query(client: QdrantClient) -> list[models.ScoredPoint]:
            ensure_collection(client, collection, embedder)
            return client.query_points(collection.value, query=vector, using=embedder.name,
                                       query_filter=query_filter, limit=limit,
                                       with_payload=True).points

        return [Hit(id=point.payload[RECORD_KEY], score=point.score,
                    text=point.payload[TEXT_KEY],
                    payload={k: v for k, v in point.payload.items() if k not in RESERVED_KEYS})
                for point in await use_store(query)]

    async def delete(self, collection: Collection, organization_id: uuid.UUID,
                     ids: list[str]) -> None:
        """Forget these records of this organization (ids of other organizations name other
        points, so they are untouched)."""
        selector = models.PointIdsList(points=[point_id(organization_id, i) for i in ids])

        def remove(client: QdrantClient) -> None:
            if client.collection_exists(collection.value):
                client.delete(collection.value, points_selector=selector, wait=True)

        await use_store(remove)

    async def delete_organization(self, organization_id: uuid.UUID) -> None:
        """Forget everything of one organization, in every collection."""
        selector = models.FilterSelector(filter=organization_filter(organization_id))

        def remove(client: QdrantClient) -> None:
            for collection in Collection:
                if client.collection_exists(collection.value):
                    client.delete(collection.value, points_selector=selector, wait=True)

        await use_store(remove)


vector_memory = VectorMemory()
