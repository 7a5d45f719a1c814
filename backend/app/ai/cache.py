"""Response cache in Redis: the same prompt to the same model is answered once a week
(AISettings.cache_ttl_seconds; the IAMKT seed's 7 days). The key hashes everything that
shapes the answer: messages, temperature, max_tokens, stop sequences, the JSON flag, and the
task and facts (what the offline engine writes from)."""

from __future__ import annotations

import hashlib

import orjson

from app.ai.providers.base import ProviderReply
from app.ai.types import LLMRequest
from app.config import get_settings
from app.core.redis import get_redis

PREFIX = "ai:cache:"


def cache_key(model: str, request: LLMRequest) -> str:
    shape = orjson.dumps([[m.role, m.content] for m in request.messages]
                         + [request.temperature, request.max_tokens, request.stop,
                            request.json_output, request.task.value, request.facts],
                         option=orjson.OPT_SORT_KEYS, default=str)
    return f"{PREFIX}{model}:{hashlib.sha256(shape).hexdigest()}"


async def get(model: str, request: LLMRequest) -> ProviderReply | None:
    raw = await get_redis().get(cache_key(model, request))
    if raw is None:
        return None
    text, input_tokens, output_tokens = orjson.loads(raw)
    return ProviderReply(text, input_tokens, output_tokens)


async def put(model: str, request: LLMRequest, reply: ProviderReply) -> None:
    await get_redis().set(cache_key(model, request),
                          orjson.dumps([reply.text, reply.input_tokens, reply.output_tokens]),
                          ex=get_settings().ai.cache_ttl_seconds)
