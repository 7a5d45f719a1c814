"""The raw baseline: a minimal ASGI app with asyncpg, serving the same keyset page query as
`GET /api/v1/admin/audit` (no framework, no auth, no ORM). Run: uvicorn bench.baseline:app"""

from __future__ import annotations

import json
import os
from urllib.parse import parse_qs

import asyncpg

from bench.queries import PAGE_AFTER, PAGE_FIRST

_pool: asyncpg.Pool | None = None


def _row(r: asyncpg.Record) -> dict:
    return {"id": str(r["id"]), "seq": r["seq"], "occurred_at": r["occurred_at"].isoformat(),
            "actor_type": r["actor_type"], "actor_id": r["actor_id"], "action": r["action"],
            "entity_type": r["entity_type"], "entity_id": r["entity_id"],
            "before": json.loads(r["before"]) if r["before"] else None,
            "after": json.loads(r["after"]) if r["after"] else None, "ip": r["ip"],
            "user_agent": r["user_agent"], "request_id": r["request_id"]}


async def app(scope, receive, send):
    global _pool
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                _pool = await asyncpg.create_pool(os.environ["BENCH_RAW_DSN"], min_size=2,
                                                  max_size=20)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await _pool.close()
                await send({"type": "lifespan.shutdown.complete"})
                return
    query = parse_qs(scope["query_string"].decode())
    org = os.environ["BENCH_ORG_ID"]
    after = query.get("after_seq", [None])[0]
    async with _pool.acquire() as conn:
        if after:
            rows = await conn.fetch(PAGE_AFTER, org, int(after), 51)
        else:
            rows = await conn.fetch(PAGE_FIRST, org, 51)
    items = [_row(r) for r in rows[:50]]
    body = json.dumps({"items": items,
                       "next_cursor": str(items[-1]["seq"]) if len(rows) > 50 else None}).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
