"""The `services` command: only the missing data services, for tests and benchmarks.

scripts/services.sh starts it with `--env-file PATH` and waits for the file:
it appears (atomically) once every service answers and is removed on exit.
Each run keeps its data in DATA_DIR/test-services/run-<pid>, deleted afterwards.
"""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path
from typing import NoReturn

from app.config import get_settings
from app.devstack.services import data_dir, redact, start_services
from app.devstack.supervisor import Stack, StopRequest


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


def _write_env_file(env_file: Path, values: dict[str, str]) -> None:
    env_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = env_file.with_name(env_file.name + ".tmp")
    tmp.write_text("".join(f"{k}={shlex.quote(v)}\n" for k, v in values.items()))
    tmp.chmod(0o600)
    os.replace(tmp, env_file)  # atomic: readers never see half a file


def _serve(stack: Stack, stop: StopRequest, root: Path, env_file: Path) -> NoReturn:
    stack.services, started = start_services(root, test_mode=True)
    stop.check()
    settings = get_settings()
    values = {
        "DATABASE_URL": started.get("DATABASE_URL", settings.database_url),
        "REDIS_URL": started.get("REDIS_URL", settings.redis_url),
        "S3_ENDPOINT": started.get("S3_ENDPOINT", settings.s3_endpoint),
    }
    _write_env_file(env_file, values)
    summary = ", ".join(f"{k}={redact(v)}" for k, v in values.items())
    print(f"devstack: services ready, wrote {env_file}: {summary}", flush=True)
    stack.watch()


def cmd_services(env_file: Path, stop: StopRequest) -> int:
    parent = data_dir() / "test-services"
    _clear_test_dirs(parent)
    root = parent / f"run-{os.getpid()}"
    stack = Stack(stop)
    try:
        return stack.supervise(lambda: _serve(stack, stop, root, env_file), stopping="stopping")
    finally:
        env_file.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
