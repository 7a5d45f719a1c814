"""Sending a task by name from async code (the relay, services): never blocks the loop."""

from __future__ import annotations

import asyncio
import importlib
import sys
from typing import Any

from app.config import get_settings


async def enqueue(task_name: str, *args: Any, **options: Any) -> None:
    """Put `task_name(*args)` on its queue. With WORKER__EAGER (no worker: some dev and
    test setups) the task's async body runs here instead, in the caller's loop."""
    celery_app = await _celery_app()
    if get_settings().worker.eager:
        celery_app.loader.import_default_modules()
        body = getattr(celery_app.tasks.get(task_name), "async_body", None)
        if body is None:
            raise LookupError(f"no async task registered as {task_name!r}")
        await body(*args)
        return
    # Fire and forget: without ignore_result, send_task also subscribes to the result
    # backend, which after a Redis outage fails with "the Celery application must be
    # restarted". send_task talks to the broker synchronously (kombu): keep it off the loop.
    options.setdefault("ignore_result", True)
    await asyncio.to_thread(celery_app.send_task, task_name, args=list(args), **options)


async def _celery_app():
    """The Celery app, imported off the event loop the first time (a second or more of
    imports would otherwise stall every request of an API process)."""
    module = sys.modules.get("app.worker.celery_app")
    if module is None:
        module = await asyncio.to_thread(importlib.import_module, "app.worker.celery_app")
    return module.celery_app
