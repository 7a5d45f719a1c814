"""The vector store: a Qdrant server when `QDRANT_URL` is set, qdrant-client's embedded local
mode at `settings.qdrant_path` otherwise.

Every use goes through `open_store()` (blocking, for threads) or `use_store(fn)` (async: the
whole use runs in one worker thread). With a server they hand out the process's one
long-lived client. In local mode the client locks its folder for as long as it is open, and
the embedded stack runs several processes that need vectors (the API searches, prefork
worker processes run crews), so no process may keep it: each use takes an inter-process lock
(`fcntl.flock` on `qdrant.lock` next to the folder), opens the local client, runs, closes it
and releases the lock. Uses from any process are serialised; none fails because another
process holds the folder.

The price is the open: local mode loads every point of every collection into memory when it
opens, and its filtered search checks each point's payload in Python. Measured on the 2-core
dev VM over several runs (`python -m bench.vectors`, 384 dimensions; docs/benchmarks.md): a
use costs ~60-170 ms to open and close at 1,000 points and ~0.7-1.8 s at 10,000; a search
with the organization filter ~20-45 us per point of the collection (p95 2.8-6.6 s at 100,000
points, depending on how busy the machine is). Local
mode is therefore for development and demos (a few thousand points); production, and
anything larger, uses a Qdrant server, where a use costs nothing extra and the organization
filter is served by its keyword index. The health probe never opens local mode (a load
balancer's probe must not queue behind, or take, the folder); see `local_folder_usable`.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.config import get_settings

if TYPE_CHECKING:
    from qdrant_client import QdrantClient

LOCK_TIMEOUT_SECONDS = 60.0
LOCK_POLL_SECONDS = 0.005

T = TypeVar("T")

_server_client: QdrantClient | None = None
_server_lock = threading.Lock()
_local_users = 0  # local-mode stores open in this process right now


class VectorStoreBusy(RuntimeError):
    """The local store stayed locked by another use for longer than the timeout."""


def get_qdrant() -> QdrantClient:
    """The process's client of the Qdrant server (blocking calls: use it from a thread)."""
    global _server_client
    url = get_settings().qdrant_url
    if not url:
        raise RuntimeError("no QDRANT_URL: local mode is opened per use through open_store()")
    if _server_client is None:
        with _server_lock:
            if _server_client is None:
                from qdrant_client import QdrantClient  # heavy import, only when needed

                _server_client = QdrantClient(url=url, timeout=10)
    return _server_client


def close_qdrant() -> None:
    """Close the server client; the next use reopens it."""
    global _server_client
    with _server_lock:
        if _server_client is not None:
            _server_client.close()
        _server_client = None


def lock_path() -> Path:
    path = get_settings().qdrant_path
    return path.with_name(f"{path.name}.lock")


@contextmanager
def _interprocess_lock(timeout: float) -> Iterator[None]:
    """Exclusive flock, polled so that a wait can give up (a blocked flock cannot)."""
    path = lock_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise VectorStoreBusy(f"{path} held for more than {timeout:g} s") from None
                time.sleep(LOCK_POLL_SECONDS)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


@contextmanager
def open_store(lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[QdrantClient]:
    """A client for one use (blocking: call from a thread, never from the event loop)."""
    global _local_users
    settings = get_settings()
    if settings.qdrant_url:
        yield get_qdrant()
        return
    from qdrant_client import QdrantClient

    with _interprocess_lock(lock_timeout):
        settings.qdrant_path.mkdir(parents=True, exist_ok=True)
        client = QdrantClient(path=str(settings.qdrant_path))
        _local_users += 1
        try:
            yield client
        finally:
            _local_users -= 1
            client.close()


async def use_store(operation: Callable[[QdrantClient], T]) -> T:
    """Run `operation(client)` in a worker thread: lock, open, run, close, release all happen
    there, so a cancelled caller never leaves the lock behind."""

    def run() -> T:
        with open_store() as client:
            return operation(client)

    return await asyncio.to_thread(run)


def is_open() -> bool:
    """Whether this process holds the local store right now (never true for a server)."""
    return _local_users > 0


def local_folder_usable() -> None:
    """Raise unless the local-mode folder exists (or can be made) and is writable; takes no
    lock, so it is safe while another process owns the folder."""
    path = get_settings().qdrant_path
    path.mkdir(parents=True, exist_ok=True)
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise PermissionError(f"Qdrant local folder {path} is not writable")
