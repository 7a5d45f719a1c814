"""One-command development stack.

    python -m app.devstack run                        # everything, like `make run`
    python -m app.devstack services --env-file PATH   # data services only (tests)

For DATABASE_URL, REDIS_URL and S3_ENDPOINT, whichever is not configured (in
the environment or a .env file) is replaced by an embedded server with its
data under DATA_DIR (see app.devstack_services). QDRANT_URL left empty means
qdrant-client local mode in DATA_DIR/qdrant: nothing to start.

`run` then migrates, seeds the demo data, and supervises the API, the Celery
worker and beat (and the web dashboard when frontend/ exists). Ctrl-C or
SIGTERM stops everything; a child that dies on its own stops everything too,
with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

from app.config import BACKEND_DIR, REPO_DIR, get_settings
from app.devstack_services import (
    DataServices,
    ServiceError,
    env_port,
    parent_death_signal,
    port_is_free,
    redact,
)

FRONTEND_DIR = REPO_DIR / "frontend"
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


# -- configuration ------------------------------------------------------------


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


# -- child processes ----------------------------------------------------------


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


# -- run ----------------------------------------------------------------------


def _python(*args: str) -> list[str]:
    return [sys.executable, *args]


def _children_specs(
    env: dict[str, str], stop: StopRequest, api_port: int, web_port: int, root: Path
) -> list[tuple[str, list[str], Path]]:
    specs = [
        ("api", _python("-m", "uvicorn", "app.main:app", "--host", "0.0.0.0",  # noqa: S104
                        "--port", str(api_port)), BACKEND_DIR),
        ("worker", _python("-m", "celery", "-A", "app.worker.celery_app", "worker",
                           "-Q", "default,agents,integrations", "--concurrency", "2",
                           "-l", "INFO"), BACKEND_DIR),
        ("beat", _python("-m", "celery", "-A", "app.worker.celery_app", "beat", "-l", "INFO",
                         "--schedule", str(root / "celerybeat-schedule")), BACKEND_DIR),
    ]  # fmt: skip
    if (FRONTEND_DIR / "package.json").exists():
        npm = shutil.which("npm")
        if npm is None:
            print("devstack: frontend/ exists but npm is not installed: dashboard skipped")
        else:
            if not (FRONTEND_DIR / "node_modules").exists():
                run_step("npm", [npm, "install"], env, stop, cwd=FRONTEND_DIR)
            specs.append(("web", [npm, "run", "dev", "--", "--port", str(web_port)], FRONTEND_DIR))
    return specs


def _wait_for_api(url: str, children: list[Child], stop: StopRequest, timeout: float) -> bool:
    """True once `url` answers HTTP at all (the banner waits for the API to listen)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stop.check()
        _check_children(children)
        try:
            urllib.request.urlopen(url, timeout=2).close()  # noqa: S310 - local URL
            return True
        except urllib.error.HTTPError:
            return True
        except OSError:
            time.sleep(0.5)
    return False


def _check_children(children: list[Child], services: DataServices | None = None) -> None:
    for child in children:
        code = child.exited()
        if code is not None:
            raise Shutdown(f"{child.name} exited unexpectedly with code {code}")
    for problem in services.dead_servers() if services else []:
        raise Shutdown(f"embedded {problem} exited unexpectedly")


def _banner(
    api_port: int,
    web_port: int,
    has_web: bool,
    env: dict[str, str],
    embedded: dict[str, str],
    seed_output: list[str],
) -> str:
    line = "=" * 72
    dashboard = (
        f"http://localhost:{web_port}"
        if has_web
        else "not part of this build yet (no frontend/package.json)"
    )
    qdrant = env.get("QDRANT_URL") or f"local mode in {Path(env['DATA_DIR']) / 'qdrant'}"

    def shown(var: str) -> str:  # embedded URLs in full (local, for psql); others redacted
        return env[var] if var in embedded else redact(env[var]) + " (configured)"

    rows = [
        line,
        "Somos Produtora dev stack is up",
        f"  API        http://localhost:{api_port}",
        f"  OpenAPI    http://localhost:{api_port}/docs",
        f"  Dashboard  {dashboard}",
        f"  Postgres   {shown('DATABASE_URL')}",
        f"  Redis      {shown('REDIS_URL')}",
        f"  S3         {shown('S3_ENDPOINT')}",
        f"  Qdrant     {qdrant}",
        f"  Data       {env['DATA_DIR']}",
    ]
    if seed_output:
        rows += ["", "Demo data (from `python -m app.cli seed-demo`):"]
        rows += [f"  {text}" for text in seed_output if text.strip()]
    rows += ["", "Ctrl-C stops everything.", line]
    return "\n".join(rows)


def cmd_run(stop: StopRequest) -> int:
    root = data_dir()
    root.mkdir(parents=True, exist_ok=True)
    api_port = env_port("API_PORT", 8000)
    web_port = env_port("WEB_PORT", 3000)
    for name, port in (("API_PORT", api_port), ("WEB_PORT", web_port)):
        if not port_is_free(port, "0.0.0.0"):  # noqa: S104 - where the child will bind
            print(f"devstack: port {port} ({name}) is in use; set {name} to another port")
            return 1

    services: DataServices | None = None
    children: list[Child] = []
    exit_code = 0
    try:
        services, started = start_services(root, test_mode=False)
        stop.check()
        env = dict(os.environ, **started, DATA_DIR=str(root), PYTHONUNBUFFERED="1")
        env.setdefault("NEXT_PUBLIC_API_URL", f"http://localhost:{api_port}")
        settings = get_settings()
        env.setdefault("DATABASE_URL", settings.database_url)
        env.setdefault("REDIS_URL", settings.redis_url)
        env.setdefault("S3_ENDPOINT", settings.s3_endpoint)
        if not env.get("QDRANT_URL"):
            print(f"devstack: Qdrant runs in local mode at {root / 'qdrant'} (no server)")

        run_step("migrate", _python("-m", "alembic", "upgrade", "head"), env, stop)
        seed = run_step("seed", _python("-m", "app.cli", "seed-demo"), env, stop)

        specs = _children_specs(env, stop, api_port, web_port, root)
        has_web = any(name == "web" for name, _, _ in specs)
        if not has_web:
            print("devstack: the web dashboard is not part of this build yet (no frontend/)")
        for name, argv, cwd in specs:
            stop.check()
            children.append(Child(name, argv, cwd=cwd, env=env))

        t0 = time.monotonic()
        api_up = _wait_for_api(f"http://127.0.0.1:{api_port}/health/live", children, stop, 90)
        if api_up:
            print(f"devstack: API answering after {time.monotonic() - t0:.1f}s", flush=True)
        else:
            print("devstack: the API did not answer within 90s (still starting?)")
        print(_banner(api_port, web_port, has_web, env, started, seed.output), flush=True)

        while True:
            stop.check()
            _check_children(children, services)
            time.sleep(0.5)
    except Shutdown as exc:
        if not stop.requested:
            print(f"devstack: {exc}; stopping everything", file=sys.stderr)
            exit_code = 1
    except ServiceError as exc:
        print(f"devstack: {exc}", file=sys.stderr)
        exit_code = 1
    finally:
        stop_children(children)
        if services is not None:
            services.stop()
    print("devstack: stopped")
    return exit_code


# -- services -----------------------------------------------------------------


def _clear_test_dirs(parent: Path) -> None:
    """Remove data of earlier test-services runs that are no longer alive."""
    import psutil  # shipped with the embedded wheels

    if not parent.is_dir():
        return
    for entry in parent.iterdir():
        pid = entry.name.removeprefix("run-")
        if entry.is_dir() and pid.isdigit() and psutil.pid_exists(int(pid)):
            continue  # another `services` process still uses it
        shutil.rmtree(entry, ignore_errors=True)


def cmd_services(env_file: Path, stop: StopRequest) -> int:
    parent = data_dir() / "test-services"
    _clear_test_dirs(parent)
    root = parent / f"run-{os.getpid()}"
    services: DataServices | None = None
    exit_code = 0
    try:
        services, started = start_services(root, test_mode=True)
        stop.check()
        settings = get_settings()
        values = {
            "DATABASE_URL": started.get("DATABASE_URL", settings.database_url),
            "REDIS_URL": started.get("REDIS_URL", settings.redis_url),
            "S3_ENDPOINT": started.get("S3_ENDPOINT", settings.s3_endpoint),
        }
        env_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = env_file.with_name(env_file.name + ".tmp")
        tmp.write_text("".join(f"{k}={shlex.quote(v)}\n" for k, v in values.items()))
        tmp.chmod(0o600)
        os.replace(tmp, env_file)  # atomic: readers never see half a file
        summary = ", ".join(f"{k}={redact(v)}" for k, v in values.items())
        print(f"devstack: services ready, wrote {env_file}: {summary}", flush=True)
        while True:
            stop.check()
            _check_children([], services)
            time.sleep(0.5)
    except Shutdown as exc:
        if not stop.requested:
            print(f"devstack: {exc}; stopping", file=sys.stderr)
            exit_code = 1
    except ServiceError as exc:
        print(f"devstack: {exc}", file=sys.stderr)
        exit_code = 1
    finally:
        if services is not None:
            services.stop()
        env_file.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
    return exit_code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.devstack",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="embedded services + migrate + seed + API, worker, beat")
    services = sub.add_parser("services", help="only the missing data services, for tests")
    services.add_argument("--env-file", type=Path, required=True, help="where to write URLs")
    args = parser.parse_args(argv)

    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # keep our lines in order with children's
    stop = StopRequest()
    stop.install()
    try:
        if args.command == "run":
            return cmd_run(stop)
        return cmd_services(args.env_file.resolve(), stop)
    except ServiceError as exc:  # raised before anything was started (bad settings)
        print(f"devstack: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
