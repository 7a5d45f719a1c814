"""The hunter's tables (all `hunter_*`)."""

from app.modules.hunter.models.directory import DirectoryEntry
from app.modules.hunter.models.icps import Icp, IcpVersion
from app.modules.hunter.models.leads import Lead, LeadStatus, Tier
from app.modules.hunter.models.searches import Search, SearchStatus

__all__ = ["DirectoryEntry", "Icp", "IcpVersion", "Lead", "LeadStatus", "Search",
           "SearchStatus", "Tier"]
