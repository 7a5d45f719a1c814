"""Short-term memory in Redis, with the seed's lifetimes: a session's context lives 30 min
after its last use, the recent interactions with a lead or client 24 h after the last one
(newest first, capped), a task's context 1 h after it was written. Keys are namespaced by
organization (`ai:memory:<org>:...`), so one organization never reads another's.

Values are JSON objects; nothing here is logged (they hold conversations)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from redis.asyncio import Redis

from app.core.redis import get_redis

SESSION_TTL_SECONDS = 30 * 60
INTERACTIONS_TTL_SECONDS = 24 * 3600
TASK_TTL_SECONDS = 3600
MAX_INTERACTIONS = 50


@dataclass(frozen=True)
class Interaction:
    """One exchange with a lead or client, e.g. kind="whatsapp_in", text of the message."""

    kind: str
    text: str
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: str) -> Interaction:
        fields = orjson.loads(raw)
        return cls(kind=fields["kind"], text=fields["text"],
                   at=datetime.fromisoformat(fields["at"]), data=fields["data"])


def _key(organization_id: uuid.UUID, kind: str, id: str) -> str:
    return f"ai:memory:{organization_id}:{kind}:{id}"


class ShortTermMemory:
    def __init__(self, redis: Redis | None = None) -> None:
        self._redis = redis

    @property
    def redis(self) -> Redis:
        return self._redis or get_redis()

    async def remember_session(self, organization_id: uuid.UUID, session_id: str,
                               data: dict[str, Any]) -> None:
        await self.redis.set(_key(organization_id, "session", session_id), orjson.dumps(data),
                             ex=SESSION_TTL_SECONDS)

    async def session_context(self, organization_id: uuid.UUID,
                              session_id: str) -> dict[str, Any] | None:
        """The session's context, and 30 more minutes of life for it (reading is using)."""
        raw = await self.redis.getex(_key(organization_id, "session", session_id),
                                     ex=SESSION_TTL_SECONDS)
        return orjson.loads(raw) if raw is not None else None

    async def push_interaction(self, organization_id: uuid.UUID, subject_id: str,
                               interaction: Interaction) -> None:
        key = _key(organization_id, "interactions", subject_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.lpush(key, orjson.dumps(asdict(interaction)))
            pipe.ltrim(key, 0, MAX_INTERACTIONS - 1)
            pipe.expire(key, INTERACTIONS_TTL_SECONDS)
            await pipe.execute()

    async def recent_interactions(self, organization_id: uuid.UUID, subject_id: str,
                                  limit: int = MAX_INTERACTIONS) -> list[Interaction]:
        """Newest first."""
        raws = await self.redis.lrange(_key(organization_id, "interactions", subject_id),
                                       0, limit - 1)
        return [Interaction.from_json(raw) for raw in raws]

    async def remember_task(self, organization_id: uuid.UUID, task_id: str,
                            data: dict[str, Any]) -> None:
        await self.redis.set(_key(organization_id, "task", task_id), orjson.dumps(data),
                             ex=TASK_TTL_SECONDS)

    async def task_context(self, organization_id: uuid.UUID,
                           task_id: str) -> dict[str, Any] | None:
        raw = await self.redis.get(_key(organization_id, "task", task_id))
        return orjson.loads(raw) if raw is not None else None


short_term_memory = ShortTermMemory()
