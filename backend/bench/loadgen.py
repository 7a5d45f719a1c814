"""A small keep-alive HTTP/1.1 load generator on raw asyncio streams.

Kept deliberately lean (no HTTP library) so that on a 2-core machine the client
costs as little CPU as possible and both servers are measured the same way.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:].strip())
    if length:
        await reader.readexactly(length)
    return status


async def _worker(host: str, port: int, paths: list[str], headers: str, deadline: float,
                  offset: int, result: Result) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = offset
    try:
        while time.perf_counter() < deadline:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{headers}\r\n".encode())
            status = await _read_response(reader)
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            result.requests += 1
            if status != 200:
                result.errors += 1
    finally:
        writer.close()


async def run(host: str, port: int, paths: list[str], *, connections: int, seconds: float,
              headers: dict[str, str] | None = None) -> Result:
    header_text = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    result = Result(0, 0, 0.0, [])
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*[
        _worker(host, port, paths, header_text, deadline, n * 7, result)
        for n in range(connections)])
    result.seconds = time.perf_counter() - started
    return result
