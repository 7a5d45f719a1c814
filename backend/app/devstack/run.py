"""The `run` command: data services, migrate, seed, then API, worker, beat and web."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import NoReturn

from app.config import BACKEND_DIR, REPO_DIR, get_settings
from app.devstack.ports import env_port, http_answers, port_is_free
from app.devstack.services import data_dir, redact, start_services
from app.devstack.supervisor import Child, Stack, StopRequest, check_children, run_step

FRONTEND_DIR = REPO_DIR / "frontend"
EXPO_WEB_PORT = 8081  # `npx expo start --web` in mobile/


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
                run_step("npm", [npm, "ci", "--no-audit", "--no-fund"], env, stop,
                         cwd=FRONTEND_DIR)
            specs.append(("web", [npm, "run", "dev", "--", "--port", str(web_port)], FRONTEND_DIR))
    return specs


def _wait_for_api(url: str, children: list[Child], stop: StopRequest, timeout: float) -> bool:
    """True once `url` answers HTTP at all (the banner waits for the API to listen)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stop.check()
        check_children(children)
        if http_answers(url):
            return True
        time.sleep(0.5)
    return False


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


def _run(stack: Stack, stop: StopRequest, root: Path, api_port: int, web_port: int) -> NoReturn:
    stack.services, started = start_services(root, test_mode=False)
    stop.check()
    env = dict(os.environ, **started, DATA_DIR=str(root), PYTHONUNBUFFERED="1")
    env.setdefault("NEXT_PUBLIC_API_URL", f"http://localhost:{api_port}")  # the browser's
    env.setdefault("API_URL", f"http://127.0.0.1:{api_port}")  # the dashboard server's
    env.setdefault("CORS_ORIGINS", json.dumps(
        [f"http://{host}:{port}" for port in (web_port, EXPO_WEB_PORT)
         for host in ("localhost", "127.0.0.1")]))
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
        stack.children.append(Child(name, argv, cwd=cwd, env=env))

    t0 = time.monotonic()
    api_up = _wait_for_api(f"http://127.0.0.1:{api_port}/health/live", stack.children, stop, 90)
    if api_up:
        print(f"devstack: API answering after {time.monotonic() - t0:.1f}s", flush=True)
    else:
        print("devstack: the API did not answer within 90s (still starting?)")
    print(_banner(api_port, web_port, has_web, env, started, seed.output), flush=True)
    stack.watch()


def cmd_run(stop: StopRequest) -> int:
    root = data_dir()
    root.mkdir(parents=True, exist_ok=True)
    api_port = env_port("API_PORT", 8000)
    web_port = env_port("WEB_PORT", 3000)
    for name, port in (("API_PORT", api_port), ("WEB_PORT", web_port)):
        if not port_is_free(port, "0.0.0.0"):  # noqa: S104 - where the child will bind
            print(f"devstack: port {port} ({name}) is in use; set {name} to another port")
            return 1

    stack = Stack(stop)
    exit_code = stack.supervise(
        lambda: _run(stack, stop, root, api_port, web_port), stopping="stopping everything"
    )
    print("devstack: stopped")
    return exit_code
