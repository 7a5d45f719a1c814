"""The SDR's interface (public): what its routes, tasks and other modules call.

    accepted = await sdr.acceptance.accept(session, actor, lead_id, Acceptance(...))
    if await sdr.suppression.blocked(session, org_id, emails=[...], phones=[...]): ...
"""

from app.modules.sdr import acceptance, cadences, campaigns, suppression

__all__ = ["acceptance", "cadences", "campaigns", "suppression"]
