"""Celery tasks of agent runs (queue `agents`): thin, the event payload in, the runner or
the lifecycle does the work. CrewAI is imported here, in the worker, never by the API."""

from __future__ import annotations

import uuid
from typing import Any

from app.ai.runs import lifecycle
from app.worker.runtime import task


# A crew's own time limit (catalog, at most a few minutes) ends it first; these only stop a
# run stuck outside the crew. A redelivery of a run still going finds it claimed.
@task("ai.run_agent", max_retries=0, soft_time_limit=230, time_limit=260)
async def run_agent(payload: dict[str, Any]) -> None:
    from celery import current_task

    from app.ai.crews import runner

    task_id = current_task.request.id if current_task else None
    await runner.run(uuid.UUID(payload["run_id"]), task_id)


@task("ai.resume_run")
async def resume_run(payload: dict[str, Any]) -> None:
    await lifecycle.resume(uuid.UUID(payload["approval_id"]), uuid.UUID(payload["event_id"]))
