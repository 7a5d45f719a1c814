"""Every query of the hunter's tables."""

from app.modules.hunter.repository.directory import DirectoryRepository
from app.modules.hunter.repository.icps import IcpRepository
from app.modules.hunter.repository.leads import LeadRepository
from app.modules.hunter.repository.searches import SearchRepository

__all__ = ["DirectoryRepository", "IcpRepository", "LeadRepository", "SearchRepository"]
