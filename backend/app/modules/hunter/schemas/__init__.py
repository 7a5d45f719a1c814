"""The hunter's request and response shapes (public: other modules may read them)."""

from app.modules.hunter.schemas.candidates import Candidate, PersonFound
from app.modules.hunter.schemas.directory import DirectoryList, DirectoryUpload, RejectedRow
from app.modules.hunter.schemas.icps import (
    Criterion,
    IcpCreate,
    IcpCriteria,
    IcpRead,
    IcpUpdate,
    IcpVersionRead,
    Size,
)
from app.modules.hunter.schemas.leads import (
    BreakdownItem,
    Discard,
    LeadCorrections,
    LeadFilters,
    LeadRead,
    Rescore,
)
from app.modules.hunter.schemas.searches import (
    DirectorySource,
    SearchCreate,
    SearchRead,
    SearchStarted,
    SerpApiSource,
    SourceReport,
    WebSource,
)

__all__ = [
    "BreakdownItem", "Candidate", "Criterion", "DirectoryList", "DirectorySource",
    "DirectoryUpload", "Discard", "IcpCreate", "IcpCriteria", "IcpRead", "IcpUpdate",
    "IcpVersionRead", "LeadCorrections", "LeadFilters", "LeadRead", "PersonFound",
    "RejectedRow", "Rescore", "SearchCreate", "SearchRead", "SearchStarted", "SerpApiSource",
    "Size", "SourceReport", "WebSource",
]
