"""Embedded server processes, and what they have in common.

Each server is a direct child process of the devstack: it runs in its own
session (so a terminal Ctrl-C reaches only the devstack, which stops things in
order) and gets a parent-death signal, so it cannot outlive a devstack that
was killed with SIGKILL.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class ServiceError(RuntimeError):
    """An embedded server could not be started."""


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


class EmbeddedServer(ABC):
    """One embedded data server: `start()` launches `server`, `stop()` stops it."""

    server: ServerProcess | None = None
    stop_timeout: float = 30.0  # seconds before the stop signal turns into SIGKILL

    @property
    @abstractmethod
    def url(self) -> str: ...

    @abstractmethod
    def start(self) -> None: ...

    @abstractmethod
    def _ready(self) -> bool: ...

    def _launch(self, server: ServerProcess, timeout: float) -> None:
        """Start `server` (kept first, so `stop` covers a half-started one) until `_ready`."""
        self.server = server
        server.start()
        server.wait_ready(self._ready, timeout=timeout)

    def stop(self) -> None:
        if self.server:
            self.server.stop(timeout=self.stop_timeout)
