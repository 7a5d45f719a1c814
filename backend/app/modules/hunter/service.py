"""The hunter's interface (public): what its routes, tasks and other modules call.

    from app.modules.hunter import service as hunter

    icp = await hunter.icps.create(session, actor, IcpCreate(name="Agências SP", ...))
    search = await hunter.searches.start(session, actor, SearchCreate(icp_id=icp.id, ...))
    lead = await hunter.leads.approve(session, actor, lead_id)   # -> LeadQualified

Every function takes the session first and the caller second, never commits, and sees only
the caller's organization (a Comercial: the leads and searches it owns).
"""

from app.modules.hunter import directory, icps, leads, searches

__all__ = ["directory", "icps", "leads", "searches"]
