"""Local-mode Qdrant shared by several processes (the embedded stack's API and prefork
workers): uses wait their turn for the store instead of failing on its folder lock, see what
the previous holder wrote, give up after their timeout, and the health probe never waits."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid

import anyio.to_thread
import pytest

from app.ai.memory import Collection, vector_memory
from app.config import get_settings
from app.core import vector
from tests.core.conftest import BACKEND, child_env

# Holds the store for %(hold)s s after writing one lead of organization %(org)s.
HOLDER = """
import time, uuid
from app.ai.embeddings import OfflineEmbedder
from app.ai.memory.points import Collection, ensure_collection, make_point
from app.core.vector import open_store

embedder = OfflineEmbedder()
text = "Fotografo de casamentos e ensaios de noivos"
with open_store() as client:
    ensure_collection(client, Collection.leads, embedder)
    client.upsert("leads", points=[make_point(uuid.UUID("%(org)s"), "%(record)s", text,
                                              embedder.embed_sync([text])[0], embedder.name)])
    print("held", flush=True)
    time.sleep(%(hold)s)
"""

# Upserts one lead of organization %(org)s through the public memory API.
WRITER = """
import asyncio, uuid
from app.ai.memory import Collection, vector_memory
from app.config import get_settings

asyncio.run(vector_memory.upsert(Collection.leads, uuid.UUID("%(org)s"), "%(record)s",
                                 "Cinegrafista de eventos numero %(record)s"))
"""


def start(code: str, data_dir) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], cwd=BACKEND,
                            env=child_env(DATA_DIR=str(data_dir), QDRANT_URL=""),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def holder(data_dir):
    """Start a process that takes the store; returns once it holds it."""
    started: list[subprocess.Popen] = []

    async def hold(org: uuid.UUID, record: str, seconds: float) -> subprocess.Popen:
        proc = start(HOLDER % {"org": org, "record": record, "hold": seconds}, data_dir)
        started.append(proc)
        line = await anyio.to_thread.run_sync(proc.stdout.readline)
        assert line.strip() == "held", proc.stderr.read()
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait()


class TestSharedLocalStore:
    async def test_a_search_waits_for_the_holder_and_sees_its_write(self, holder):
        org = uuid.uuid4()
        proc = await holder(org, "photographer", 1.5)

        started = time.monotonic()
        hits = await vector_memory.search(Collection.leads, org, "fotografo de casamento")
        waited = time.monotonic() - started

        assert [hit.id for hit in hits] == ["photographer"]
        assert waited >= 1.0  # it queued behind the other process instead of failing
        assert await anyio.to_thread.run_sync(proc.wait) == 0

    async def test_concurrent_writers_in_several_processes_all_land(self, data_dir):
        org = uuid.uuid4()
        records = [f"w{n}" for n in range(3)]

        procs = [start(WRITER % {"org": org, "record": r}, data_dir) for r in records]
        results = await asyncio.gather(*(anyio.to_thread.run_sync(p.communicate, 60)
                                         for p in procs))

        assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in results]
        hits = await vector_memory.search(Collection.leads, org, "cinegrafista de eventos",
                                          limit=10)
        assert sorted(hit.id for hit in hits) == records

    async def test_the_folder_is_exclusive_without_the_lock(self, holder):
        """Why the lock exists: a second local client fails outright while one is open."""
        from qdrant_client import QdrantClient

        await holder(uuid.uuid4(), "exclusive", 5)

        with pytest.raises(RuntimeError, match="already accessed by another instance"):
            QdrantClient(path=str(get_settings().qdrant_path))

    async def test_a_use_gives_up_after_its_lock_timeout(self, holder):
        await holder(uuid.uuid4(), "busy", 5)

        def use() -> None:
            with vector.open_store(lock_timeout=0.3):
                pass

        started = time.monotonic()
        with pytest.raises(vector.VectorStoreBusy):
            await anyio.to_thread.run_sync(use)
        assert time.monotonic() - started < 2

    async def test_health_probe_neither_waits_for_nor_takes_the_store(self, client, holder):
        await holder(uuid.uuid4(), "probe", 5)

        started = time.monotonic()
        r = await client.get("/health")
        elapsed = time.monotonic() - started

        assert r.json()["checks"]["vector"]["status"] == "ok"
        assert elapsed < 3
        assert not vector.is_open()
