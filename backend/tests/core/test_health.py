"""Health probes: /health reports each dependency, /health/live only the process."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from app.config import get_settings
from app.core import vector
from app.core.storage import ObjectStorage, get_storage
from app.worker.heartbeat import HEARTBEAT_KEY, beat_async

# qdrant-client warns (from a worker thread) when the server it checks is unreachable
pytestmark = pytest.mark.filterwarnings("ignore:Failed to obtain server version")

CHECKS = {"database", "redis", "worker", "storage", "vector"}


@pytest.fixture
async def worker_alive(redis):
    await beat_async(redis, "test-worker")  # what a running worker writes
    yield
    await redis.delete(HEARTBEAT_KEY)


@pytest.fixture
def storage_at(app):
    def point_to(endpoint: str) -> None:
        app.dependency_overrides[get_storage] = lambda: ObjectStorage(endpoint)

    yield point_to
    app.dependency_overrides.pop(get_storage, None)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


class TestReadiness:
    async def test_all_dependencies_up_is_200(self, client, worker_alive):
        r = await client.get("/health")

        body = r.json()
        assert r.status_code == 200, body
        assert body["status"] == "ok"
        assert set(body["checks"]) == CHECKS
        for name, check in body["checks"].items():
            assert check["status"] == "ok", (name, check)
            assert check["latency_ms"] >= 0
            assert "error" not in check or check["error"] is None
        assert r.headers["cache-control"] == "no-store"

    async def test_storage_down_is_503_naming_storage(self, client, worker_alive, storage_at):
        storage_at(f"http://127.0.0.1:{closed_port()}")

        r = await client.get("/health")

        body = r.json()
        assert r.status_code == 503
        assert body["status"] == "down"
        assert body["checks"]["storage"]["status"] == "down"
        assert body["checks"]["storage"]["error"]
        others = {name: c["status"] for name, c in body["checks"].items() if name != "storage"}
        assert others == dict.fromkeys(CHECKS - {"storage"}, "ok")

    async def test_a_hanging_dependency_answers_within_the_timeout(
            self, client, worker_alive, storage_at, silent_server):
        storage_at(f"http://127.0.0.1:{silent_server}")

        started = time.monotonic()
        r = await client.get("/health")
        elapsed = time.monotonic() - started

        assert r.status_code == 503
        assert r.json()["checks"]["storage"]["status"] == "down"
        assert elapsed < 4

    async def test_no_worker_heartbeat_is_503_naming_worker(self, client, redis):
        await redis.delete(HEARTBEAT_KEY)

        r = await client.get("/health")

        body = r.json()
        assert r.status_code == 503
        assert body["checks"]["worker"] == {
            "status": "down", "latency_ms": body["checks"]["worker"]["latency_ms"],
            "error": "no recent worker heartbeat"}
        assert body["checks"]["database"]["status"] == "ok"


class TestVectorStore:
    @pytest.fixture
    def fresh_vector_client(self):
        vector.close_qdrant()
        yield
        vector.close_qdrant()

    async def test_probe_does_not_take_the_local_folder(self, client, worker_alive,
                                                         fresh_vector_client):
        r = await client.get("/health")

        assert r.json()["checks"]["vector"]["status"] == "ok"
        assert not vector.is_open()  # the worker may own the folder; the probe leaves it

    async def test_qdrant_server_down_is_503_naming_vector(
            self, client, worker_alive, fresh_vector_client, monkeypatch):
        monkeypatch.setattr(get_settings(), "qdrant_url", f"http://127.0.0.1:{closed_port()}")

        r = await client.get("/health")

        body = r.json()
        assert r.status_code == 503
        assert body["checks"]["vector"]["status"] == "down"
        assert body["checks"]["storage"]["status"] == "ok"


class TestLiveness:
    async def test_live_needs_no_dependency(self, client, storage_at):
        storage_at(f"http://127.0.0.1:{closed_port()}")

        r = await client.get("/health/live")

        assert r.status_code == 200
        assert r.json() == {"status": "ok"}


class TestOpenApi:
    async def test_probes_have_stable_operation_ids(self, client):
        paths = (await client.get("/openapi.json")).json()["paths"]

        assert paths["/health"]["get"]["operationId"] == "health:check"
        assert paths["/health/live"]["get"]["operationId"] == "health:live"
        assert paths["/metrics"]["get"]["operationId"] == "metrics:scrape"
