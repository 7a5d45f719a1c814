"""What agent runs announce. The realtime ones reach the organization's staff over /ws
(the dashboard and the mobile app show runs and approvals); they carry ids and labels."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from app.core.events import Audience, Event


class AgentRunQueued(Event):
    """A run is ready to start (new or retried): the relay enqueues `ai.run_agent`."""

    run_id: uuid.UUID


class AgentRunProgressed(Event):
    realtime: ClassVar[bool] = True

    run_id: uuid.UUID
    agent: str
    status: str
    progress: dict[str, Any]


class AgentRunFinished(Event):
    realtime: ClassVar[bool] = True

    run_id: uuid.UUID
    agent: str
    status: str


class AgentRunNeedsManualRetry(Event):
    """Every model of the agent's chain failed: an Admin retries the run when the providers
    are back (`POST /agents/runs/{id}/retry`). One event per Admin, to that Admin only."""

    realtime: ClassVar[bool] = True
    audience: ClassVar[tuple[Audience, ...]] = (Audience.user,)

    user_id: uuid.UUID
    run_id: uuid.UUID
    agent: str
    error: str


class ApprovalRequested(Event):
    realtime: ClassVar[bool] = True

    approval_id: uuid.UUID
    run_id: uuid.UUID
    kind: str
    title: str


class ApprovalDecided(Event):
    """A human approved or rejected: the relay enqueues `ai.resume_run`."""

    realtime: ClassVar[bool] = True

    approval_id: uuid.UUID
    run_id: uuid.UUID
    status: str
