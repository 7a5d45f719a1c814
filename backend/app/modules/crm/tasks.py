"""CRM tasks (queue `default`): thin, the event in, the service call."""

from __future__ import annotations

from typing import Any

from app.modules.crm.events import ImportQueued
from app.modules.crm.handlers import IMPORT_TASK
from app.modules.crm.importing import jobs
from app.worker.runtime import is_transient, task


@task(IMPORT_TASK)
async def import_csv(payload: dict[str, Any]) -> None:
    """Run (part of) a started import; each batch commits, so a retry resumes where it
    stopped. A transient error is retried with backoff; any other ends the import as
    failed."""
    event = ImportQueued.model_validate(payload)
    try:
        await jobs.run(event.import_id)
    except Exception as exc:
        if not is_transient(exc):
            await jobs.fail(event.import_id, exc)
        raise
