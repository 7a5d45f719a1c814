"""Qdrant-level rules of long-term memory, as blocking functions on an open client (run them
inside `core.vector.open_store()` / `use_store()`): how collections are made, how a point is
named and what its payload carries, and the organization filter every query gets."""

from __future__ import annotations

import uuid
import warnings
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from qdrant_client import models

from app.ai.embeddings import Embedder

if TYPE_CHECKING:
    from qdrant_client import QdrantClient

ORGANIZATION_KEY = "organization_id"
RECORD_KEY = "record_id"
TEXT_KEY = "text"
RESERVED_KEYS = frozenset({ORGANIZATION_KEY, RECORD_KEY, TEXT_KEY})
POINT_NAMESPACE = uuid.UUID("6f1d3c2a-41b5-4c8e-9a57-0d2b8e7f4a10")

FilterValue = str | int | bool | list[str] | list[int]


class Collection(StrEnum):
    """The seed's long-term memory: lead profiles and history, past posts, contract
    clauses, internal documents."""

    leads = "leads"
    content = "content"
    contracts = "contracts"
    knowledge_base = "knowledge_base"


class EmbedderMismatch(RuntimeError):
    """The collection was built by another embedder: its vectors are in another space."""


def ensure_collection(client: QdrantClient, collection: Collection, embedder: Embedder) -> None:
    """Create the collection on first use (cosine, a vector named after the embedder, a keyword
    index on organization_id); refuse an existing one built by a different embedder."""
    if not client.collection_exists(collection.value):
        client.create_collection(
            collection.value,
            vectors_config={embedder.name: models.VectorParams(
                size=embedder.dimension, distance=models.Distance.COSINE)})
        with warnings.catch_warnings():  # local mode scans payloads and says so each time
            warnings.filterwarnings("ignore", "Payload indexes have no effect")
            client.create_payload_index(collection.value, ORGANIZATION_KEY,
                                        field_schema=models.PayloadSchemaType.KEYWORD)
        return
    vectors = client.get_collection(collection.value).config.params.vectors
    built = vectors.get(embedder.name) if isinstance(vectors, dict) else None
    if built is None or built.size != embedder.dimension:
        names = sorted(vectors) if isinstance(vectors, dict) else ["<unnamed>"]
        raise EmbedderMismatch(
            f"collection {collection.value} was built with {names}, not {embedder.name} "
            f"({embedder.dimension} dimensions): re-index it or use the same embedder")


def point_id(organization_id: uuid.UUID, record_id: str) -> str:
    """Derived from both ids, so no organization can overwrite or delete another's point by
    naming the same record id."""
    return str(uuid.uuid5(POINT_NAMESPACE, f"{organization_id}:{record_id}"))


def make_point(organization_id: uuid.UUID, record_id: str, text: str, vector: list[float],
               vector_name: str, payload: dict[str, Any] | None = None) -> models.PointStruct:
    extra = payload or {}
    clashing = RESERVED_KEYS & extra.keys()
    if clashing:
        raise ValueError(f"payload keys {sorted(clashing)} are reserved")
    return models.PointStruct(
        id=point_id(organization_id, record_id), vector={vector_name: vector},
        payload={**extra, ORGANIZATION_KEY: str(organization_id), RECORD_KEY: record_id,
                 TEXT_KEY: text})


def organization_filter(organization_id: uuid.UUID,
                        filters: dict[str, FilterValue] | None = None) -> models.Filter:
    """The organization condition plus exact-match conditions on payload fields (a list
    matches any of its values); the organization condition cannot be left out or replaced."""
    must: list[models.Condition] = [models.FieldCondition(
        key=ORGANIZATION_KEY, match=models.MatchValue(value=str(organization_id)))]
    for key, value in (filters or {}).items():
        if key in RESERVED_KEYS:
            raise ValueError(f"cannot filter on reserved key {key!r}")
        match = (models.MatchAny(any=value) if isinstance(value, list)
                 else models.MatchValue(value=value))
        must.append(models.FieldCondition(key=key, match=match))
    return models.Filter(must=must)
