"""The SDR's interface (public): what its routes, tasks and other modules call.

    accepted = await sdr.acceptance.accept(session, actor, lead_id, Acceptance(...))
"""

from app.modules.sdr import acceptance

__all__ = ["acceptance"]
