"""Supervision of the devstack's children: signals, output, orderly shutdown."""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

from app.config import BACKEND_DIR
from app.devstack.servers import ServiceError, parent_death_signal

if TYPE_CHECKING:
    from app.devstack.services import DataServices

CHILD_STOP_TIMEOUT = 15.0


class Shutdown(Exception):
    """Raised between steps once a stop was requested or something died."""


class StopRequest:
    """Signal handler: remembers the first SIGINT/SIGTERM, never raises."""

    def __init__(self) -> None:
        self.signum: int | None = None

    def __call__(self, signum: int, _frame: object) -> None:
        if self.signum is None:
            self.signum = signum
            print(f"\ndevstack: {signal.Signals(signum).name} received, shutting down ...")
        else:
            print("devstack: already shutting down, please wait ...")

    @property
    def requested(self) -> bool:
        return self.signum is not None

    def check(self) -> None:
        if self.requested:
            raise Shutdown("stop requested")

    def install(self) -> None:
        signal.signal(signal.SIGINT, self)
        signal.signal(signal.SIGTERM, self)


class Child:
    """A supervised child whose output is echoed line by line with a prefix."""

    def __init__(
        self,
        name: str,
        argv: list[str],
        *,
        cwd: Path,
        env: dict[str, str],
        keep_output: bool = False,
    ) -> None:
        self.name = name
        self.argv = argv
        self.output: list[str] = []
        self._keep = keep_output
        self.proc = subprocess.Popen(  # noqa: S603 - argv built here, no shell
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches only us; we stop children in order
            preexec_fn=parent_death_signal(signal.SIGTERM),
        )
        assert self.proc.stdout is not None
        self._reader = threading.Thread(target=self._pump, args=(self.proc.stdout,), daemon=True)
        self._reader.start()

    def _pump(self, stream: IO[bytes]) -> None:
        prefix = f"{self.name:>7} | "
        for raw in iter(stream.readline, b""):
            line = raw.decode(errors="replace").rstrip("\n")
            if self._keep:
                self.output.append(line)
            sys.stdout.write(prefix + line + "\n")
            sys.stdout.flush()

    def exited(self) -> int | None:
        return self.proc.poll()

    def signal_group(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signum)

    def finish_output(self) -> None:
        self._reader.join(timeout=5)


def stop_children(children: list[Child], timeout: float = CHILD_STOP_TIMEOUT) -> None:
    """SIGTERM every child's process group, SIGKILL whatever outlives `timeout`."""
    running = [c for c in children if c.exited() is None]
    for child in running:
        print(f"devstack: stopping {child.name} (pid {child.proc.pid})")
        child.signal_group(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for child in running:
        try:
            child.proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"devstack: {child.name} did not stop within {timeout:.0f}s, killing it")
            child.signal_group(signal.SIGKILL)
            child.proc.wait(5)
    for child in children:
        # grandchildren (e.g. uvicorn reloaders, node) share the group
        child.signal_group(signal.SIGKILL)
        child.finish_output()


def run_step(
    name: str, argv: list[str], env: dict[str, str], stop: StopRequest, cwd: Path = BACKEND_DIR
) -> Child:
    """Run a one-shot command to completion, honouring Ctrl-C; raise on failure."""
    shown = ["python", *argv[1:]] if argv[0] == sys.executable else argv
    print(f"devstack: {name}: {shlex.join(shown)}", flush=True)
    t0 = time.monotonic()
    child = Child(name, argv, cwd=cwd, env=env, keep_output=True)
    while child.exited() is None:
        if stop.requested:
            stop_children([child])
            raise Shutdown("stop requested")
        time.sleep(0.1)
    child.finish_output()
    if child.proc.returncode != 0:
        raise Shutdown(f"{name} failed with exit code {child.proc.returncode}")
    print(f"devstack: {name} done in {time.monotonic() - t0:.1f}s", flush=True)
    return child


def check_children(children: list[Child], services: DataServices | None = None) -> None:
    """Raise Shutdown when a child or an embedded server has exited."""
    for child in children:
        code = child.exited()
        if code is not None:
            raise Shutdown(f"{child.name} exited unexpectedly with code {code}")
    for problem in services.dead_servers() if services else []:
        raise Shutdown(f"embedded {problem} exited unexpectedly")


class Stack:
    """What one devstack command started: its children and embedded data services."""

    def __init__(self, stop: StopRequest) -> None:
        self.stop = stop
        self.children: list[Child] = []
        self.services: DataServices | None = None

    def supervise(self, body: Callable[[], NoReturn], *, stopping: str) -> int:
        """Run `body` until it raises, then stop everything; the exit status.

        A requested stop exits 0; anything else that ends the run (a child or
        server died, a step failed: `devstack: <why>; <stopping>`) exits 1.
        """
        try:
            body()
        except Shutdown as exc:
            if not self.stop.requested:
                print(f"devstack: {exc}; {stopping}", file=sys.stderr)
                return 1
        except ServiceError as exc:
            print(f"devstack: {exc}", file=sys.stderr)
            return 1
        finally:
            stop_children(self.children)
            if self.services is not None:
                self.services.stop()
        return 0

    def watch(self) -> NoReturn:
        """Wait for a stop request, or for a child or server to die (raises Shutdown)."""
        while True:
            self.stop.check()
            check_children(self.children, self.services)
            time.sleep(0.5)
