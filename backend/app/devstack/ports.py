"""Loopback ports for the embedded servers, and the HTTP probe used to wait for them."""

from __future__ import annotations

import os
import socket
import urllib.error
import urllib.request

from app.devstack.servers import ServiceError

LOOPBACK = "127.0.0.1"


def port_is_free(port: int, host: str = LOOPBACK) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # servers set SO_REUSEADDR too: TIME_WAIT leftovers do not block them
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


class PortPicker:
    """Hands out free loopback ports, never the same one twice."""

    def __init__(self, use_preferred: bool = True) -> None:
        self.use_preferred = use_preferred
        self._claimed: set[int] = set()

    def pick(self, preferred: int | None = None, attempts: int = 50) -> int:
        if preferred and self.use_preferred:
            for port in range(preferred, min(preferred + attempts, 65536)):
                if port not in self._claimed and port_is_free(port):
                    return self._claim(port)
        while True:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                sock.bind((LOOPBACK, 0))
                port = sock.getsockname()[1]
            if port not in self._claimed:
                return self._claim(port)

    def _claim(self, port: int) -> int:
        self._claimed.add(port)
        return port


def env_port(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        return int(raw) if raw else default
    except ValueError as exc:
        raise ServiceError(f"{name} must be a port number, got {raw!r}") from exc


def http_answers(url: str, timeout: float = 2) -> bool:
    """True once `url` answers HTTP at all: any status counts (e.g. 403 for anonymous S3)."""
    try:
        urllib.request.urlopen(url, timeout=timeout).close()  # noqa: S310 - local URL
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True
