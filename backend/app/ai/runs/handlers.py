"""Runs start and resume in the worker, after the commit that queued them."""

from __future__ import annotations

from app.ai.runs.events import AgentRunQueued, ApprovalDecided
from app.core.events import subscribe_task

subscribe_task(AgentRunQueued, "ai.run_agent")
subscribe_task(ApprovalDecided, "ai.resume_run")
