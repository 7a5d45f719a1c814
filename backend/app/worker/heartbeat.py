"""Worker liveness in Redis: `worker:heartbeat` exists while some worker is alive
(prefixed by WORKER__KEY_PREFIX when set).

Each worker's main process refreshes the key from a thread every TTL/3 seconds (started
on `worker_ready`), and the beat task `core.worker_heartbeat` refreshes it from a pool
process, so it also proves that tasks get executed. The key expires
WORKER__HEARTBEAT_TTL_SECONDS after the last worker stopped. `/health` reads it through
`worker_heartbeat_ok(redis)`.
"""

from __future__ import annotations

import threading
import time

import orjson
import redis
import structlog
from redis.asyncio import Redis as AsyncRedis

from app.config import get_settings

log = structlog.get_logger(__name__)

HEARTBEAT_KEY = "worker:heartbeat"


def heartbeat_key() -> str:
    return get_settings().worker.key_prefix + HEARTBEAT_KEY


def _value(hostname: str) -> str:
    return orjson.dumps({"host": hostname, "at": time.time()}).decode()


async def worker_heartbeat_ok(redis_client: AsyncRedis) -> bool:
    """True when some worker refreshed its heartbeat within the TTL."""
    return bool(await redis_client.exists(heartbeat_key()))


async def beat_async(redis_client: AsyncRedis, hostname: str) -> None:
    await redis_client.set(heartbeat_key(), _value(hostname),
                           ex=get_settings().worker.heartbeat_ttl_seconds)


class _HeartbeatThread(threading.Thread):
    def __init__(self, hostname: str) -> None:
        super().__init__(name="worker-heartbeat", daemon=True)
        self.hostname = hostname
        self.stopping = threading.Event()

    def run(self) -> None:
        settings = get_settings()
        ttl = settings.worker.heartbeat_ttl_seconds
        client = redis.Redis.from_url(settings.redis_url, socket_timeout=5,
                                      socket_connect_timeout=5)
        try:
            while not self.stopping.is_set():
                try:
                    client.set(heartbeat_key(), _value(self.hostname), ex=ttl)
                except redis.RedisError as exc:
                    log.warning("worker_heartbeat_failed", error_type=type(exc).__name__)
                self.stopping.wait(max(ttl / 3, 0.5))
        finally:
            client.close()


_thread: _HeartbeatThread | None = None


def start(hostname: str) -> None:
    global _thread
    if _thread is None or not _thread.is_alive():
        _thread = _HeartbeatThread(hostname)
        _thread.start()


def stop() -> None:
    global _thread
    if _thread is not None:
        _thread.stopping.set()
        _thread.join(timeout=5)
    _thread = None
