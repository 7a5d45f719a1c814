"""Reading an upload with its size limit enforced as it arrives.

At most `limit + 1` bytes are ever read from the source: the first byte past the
limit refuses the file (413). The body is kept in memory up to 8 MiB and spills to a
temporary file beyond that, so a large video never sits whole in memory; the SHA-256
and the first bytes (for sniffing) are taken on the way.
"""

from __future__ import annotations

import hashlib
import inspect
import io
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from dataclasses import dataclass
from typing import IO, Any, Protocol

import anyio.to_thread

from app.core.errors import FieldError, PayloadTooLarge
from app.core.storage.content import FIELD, SNIFF_BYTES

CHUNK_BYTES = 1024 * 1024
SPOOL_MEMORY_BYTES = 8 * 1024 * 1024


class AsyncReadable(Protocol):
    async def read(self, size: int = -1) -> bytes: ...  # starlette/fastapi UploadFile


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


Source = bytes | bytearray | memoryview | AsyncReadable | Readable | AsyncIterable[bytes] \
    | Iterable[bytes]


@dataclass
class Intake:
    body: IO[bytes]
    size: int
    sha256: str
    head: bytes

    def close(self) -> None:
        self.body.close()


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


def too_large(limit: int, where: str) -> PayloadTooLarge:
    message = f"larger than the {human_size(limit)} limit for {where}"
    return PayloadTooLarge(f"{FIELD}: {message}",
                           errors=[FieldError(field=FIELD, message=message, type="too_large")])


async def _chunks(source: Any, budget: int) -> AsyncIterator[bytes]:
    """Chunks of `source`, asking read()-style sources for no more than `budget` bytes."""
    read = getattr(source, "read", None)
    if read is not None:
        is_async = inspect.iscoroutinefunction(read)
        remaining = budget
        while remaining > 0:
            size = min(CHUNK_BYTES, remaining)
            chunk = await read(size) if is_async else await anyio.to_thread.run_sync(read, size)
            if not chunk:
                return
            remaining -= len(chunk)
            yield bytes(chunk)
    elif isinstance(source, AsyncIterable):
        async for chunk in source:
            yield bytes(chunk)
    elif isinstance(source, Iterable):
        for chunk in source:
            yield bytes(chunk)
    else:
        raise TypeError(f"cannot read an upload from {type(source).__name__}")


async def take_in(source: Source, limit: int, where: str) -> Intake:
    """The whole upload, refused with 413 as soon as it passes `limit` bytes."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > limit:
            raise too_large(limit, where)
        digest = await anyio.to_thread.run_sync(lambda: hashlib.sha256(data).hexdigest())
        return Intake(io.BytesIO(data), len(data), digest, data[:SNIFF_BYTES])

    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES)  # noqa: SIM115
    sha = hashlib.sha256()
    head = bytearray()
    size = 0
    try:
        async for chunk in _chunks(source, limit + 1):
            size += len(chunk)
            if size > limit:
                raise too_large(limit, where)
            if len(head) < SNIFF_BYTES:
                head += chunk[: SNIFF_BYTES - len(head)]
            sha.update(chunk)
            if size > SPOOL_MEMORY_BYTES:  # on disk now: keep the event loop free
                await anyio.to_thread.run_sync(spool.write, chunk)
            else:
                spool.write(chunk)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return Intake(spool, size, sha.hexdigest(), bytes(head))
