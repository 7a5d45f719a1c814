"""The process's Qdrant client: a server when `QDRANT_URL` is set, the client's embedded
local mode at `settings.qdrant_path` otherwise.

Local mode holds a file lock on its folder for as long as the client lives, so a
process opens it once, lazily, and keeps it (`get_qdrant()`); the AI layer and the
health probe share that one client. Only one process at a time can own a local-mode
folder: with several processes using vectors (API + worker) set `QDRANT_URL` to a server.
The health probe never opens local mode itself (a load balancer's probe would take the
folder away from the process that uses it); see `local_folder_usable`.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from app.config import get_settings

if TYPE_CHECKING:
    from qdrant_client import QdrantClient

_client: QdrantClient | None = None
_lock = threading.Lock()


def get_qdrant() -> QdrantClient:
    """The shared client (blocking calls: use it from a worker thread in async code)."""
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                from qdrant_client import QdrantClient  # heavy import, only when needed

                settings = get_settings()
                if settings.qdrant_url:
                    _client = QdrantClient(url=settings.qdrant_url, timeout=10)
                else:
                    settings.qdrant_path.mkdir(parents=True, exist_ok=True)
                    _client = QdrantClient(path=str(settings.qdrant_path))
    return _client


def is_open() -> bool:
    return _client is not None


def local_folder_usable() -> None:
    """Raise unless the local-mode folder exists (or can be made) and is writable; takes no
    lock, so it is safe while another process owns the folder."""
    path = get_settings().qdrant_path
    path.mkdir(parents=True, exist_ok=True)
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise PermissionError(f"Qdrant local folder {path} is not writable")


def close_qdrant() -> None:
    """Close the client (releases the local-mode lock); the next get_qdrant() reopens."""
    global _client
    with _lock:
        if _client is not None:
            _client.close()
        _client = None
