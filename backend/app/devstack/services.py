"""The embedded data services: which to start, and starting and stopping them as a set.

- PostgreSQL (app.devstack.postgres) for DATABASE_URL,
- Valkey (app.devstack.valkey) for REDIS_URL,
- SeaweedFS S3 (app.devstack.seaweedfs) for S3_ENDPOINT,

each only when that variable is not configured, with its data under DATA_DIR.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.config import BACKEND_DIR, REPO_DIR, get_settings
from app.devstack.ports import PortPicker, env_port
from app.devstack.postgres import EmbeddedPostgres
from app.devstack.seaweedfs import EmbeddedSeaweed, SeaweedPorts
from app.devstack.servers import EmbeddedServer
from app.devstack.valkey import EmbeddedValkey


@dataclass
class Started:
    env_var: str
    name: str
    url: str
    seconds: float
    detail: str


@dataclass
class DataServices:
    """Starts the embedded replacement for every data service not configured.

    `configured` tells whether an env var (DATABASE_URL, ...) was given; the
    caller decides (environment and .env files).
    """

    data_dir: Path
    access_key: str
    secret_key: str
    preferred_ports: bool = True  # False: any free port (test services)
    fast: bool = False
    started: list[Started] = field(default_factory=list)
    _servers: list[tuple[str, EmbeddedServer]] = field(default_factory=list)

    def start_missing(self, configured: Callable[[str], bool]) -> dict[str, str]:
        picker = PortPicker(use_preferred=self.preferred_ports)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not configured("DATABASE_URL"):
            pg = EmbeddedPostgres(
                self.data_dir / "postgres",
                picker.pick(env_port("EMBEDDED_PG_PORT", 5433)),
                fast=self.fast,
            )
            self._start("DATABASE_URL", "PostgreSQL", pg, f"data {pg.pgdata}")
        if not configured("REDIS_URL"):
            vk = EmbeddedValkey(
                self.data_dir / "valkey", picker.pick(env_port("EMBEDDED_REDIS_PORT", 6380))
            )
            self._start("REDIS_URL", "Valkey", vk, f"data {vk.data_dir} (appendonly)")
        if not configured("S3_ENDPOINT"):
            ports = SeaweedPorts.pick(picker, env_port("EMBEDDED_S3_PORT", 8333))
            sw = EmbeddedSeaweed(
                self.data_dir / "seaweedfs", ports, self.access_key, self.secret_key
            )
            self._start(
                "S3_ENDPOINT", "SeaweedFS S3", sw,
                f"data {sw.data_dir}, master :{ports.master}, filer :{ports.filer}",
            )  # fmt: skip
        return {s.env_var: s.url for s in self.started}

    def _start(self, env_var: str, name: str, service: EmbeddedServer, detail: str) -> None:
        # registered before starting: a half-started server is stopped too
        self._servers.append((name, service))
        t0 = time.monotonic()
        print(f"devstack: starting embedded {name} ...", flush=True)
        service.start()
        seconds = time.monotonic() - t0
        self.started.append(Started(env_var, name, service.url, seconds, detail))
        print(f"devstack: {name} ready in {seconds:.1f}s at {redact(service.url)}", flush=True)
        print(f"devstack:   {detail}", flush=True)

    def stop(self) -> None:
        """Stop every started server, newest first."""
        while self._servers:
            name, service = self._servers.pop()
            try:
                service.stop()
            except Exception as exc:  # noqa: BLE001 - keep stopping the others
                print(f"devstack: error stopping {name}: {exc}", file=sys.stderr)
            else:
                print(f"devstack: stopped {name}", flush=True)

    def dead_servers(self) -> list[str]:
        """Started servers whose process has exited, described for the user."""
        dead = []
        for name, service in self._servers:
            server = service.server
            if server is not None and server.proc is not None and not server.alive():
                dead.append(f"{name} (exit code {server.proc.returncode}, log {server.log_path})")
        return dead


def redact(url: str) -> str:
    """Hide the password of a URL for printing."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    if ":" not in creds:
        return url
    return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"


# -- what the commands start ----------------------------------------------------


def _dotenv_values() -> dict[str, str]:
    """Variables from the .env files Settings reads (backend/.env, repo .env)."""
    from dotenv import dotenv_values

    values: dict[str, str] = {}
    for path in (REPO_DIR / ".env", BACKEND_DIR / ".env", Path.cwd() / ".env"):
        if path.is_file():
            values.update({k: v for k, v in dotenv_values(path).items() if v})
    return values


def configured_vars() -> Callable[[str], bool]:
    dotenv = _dotenv_values()
    return lambda name: bool(os.environ.get(name, "").strip() or dotenv.get(name, "").strip())


def data_dir() -> Path:
    return Path(get_settings().data_dir).expanduser().resolve()


def start_services(root: Path, *, test_mode: bool) -> tuple[DataServices, dict[str, str]]:
    """The missing data services, started under `root`, and their env vars."""
    storage = get_settings().storage
    services = DataServices(
        data_dir=root,
        access_key=storage.access_key,
        secret_key=storage.secret_key,
        preferred_ports=not test_mode,
        fast=test_mode,
    )
    try:
        started = services.start_missing(configured_vars())
    except BaseException:
        services.stop()
        raise
    return services, started
