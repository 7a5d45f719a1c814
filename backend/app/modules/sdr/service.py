"""The SDR's interface (public): what its routes, tasks and other modules call.

    accepted = await sdr.acceptance.accept(session, actor, lead_id, Acceptance(...))
    if await sdr.suppression.blocked(session, org_id, emails=[...], phones=[...]): ...
    result = await sdr.scheduler.tick(session, now)     # beat, every minute
"""

from app.modules.sdr import (
    acceptance,
    approvals,
    cadences,
    campaigns,
    conversations,
    manual_tasks,
    metrics,
    pausing,
    privacy,
    scheduler,
    suppression,
)

__all__ = ["acceptance", "approvals", "cadences", "campaigns", "conversations",
           "manual_tasks", "metrics", "pausing", "privacy", "scheduler", "suppression"]
