"""Sending a task by name from async code (the relay, services): never blocks the loop."""

from __future__ import annotations

import asyncio
from typing import Any

from app.config import get_settings


async def enqueue(task_name: str, *args: Any, **options: Any) -> None:
    """Put `task_name(*args)` on its queue. With WORKER__EAGER (no worker: some dev and
    test setups) the task's async body runs here instead, in the caller's loop."""
    from app.worker.celery_app import celery_app

    if get_settings().worker.eager:
        celery_app.loader.import_default_modules()
        body = getattr(celery_app.tasks.get(task_name), "async_body", None)
        if body is None:
            raise LookupError(f"no async task registered as {task_name!r}")
        await body(*args)
        return
    # send_task talks to the broker synchronously (kombu); keep it off the event loop.
    await asyncio.to_thread(celery_app.send_task, task_name, args=list(args), **options)
