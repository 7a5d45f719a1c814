"""The CRM's schemas (public): what its API and its service take and return."""

from app.modules.crm.schemas.activities import (
    ActivityCreate,
    ActivityFilters,
    ActivityRead,
    ActivityUpdate,
    MyTasks,
    TimelineEntry,
)
from app.modules.crm.schemas.common import Address, Email, MergeRequest, Phone
from app.modules.crm.schemas.companies import (
    CompanyCreate,
    CompanyFilters,
    CompanyRead,
    CompanyUpdate,
)
from app.modules.crm.schemas.contacts import (
    ContactCreate,
    ContactFilters,
    ContactRead,
    ContactUpdate,
)
from app.modules.crm.schemas.deals import (
    DealCreate,
    DealFilters,
    DealMove,
    DealRead,
    DealUpdate,
    StaleDealProblem,
)
from app.modules.crm.schemas.imports import (
    ImportPreview,
    ImportRead,
    ImportSettings,
    ImportUpload,
    MergePolicy,
    RowOutcome,
)
from app.modules.crm.schemas.leads import (
    LeadCompany,
    LeadContact,
    LeadConversion,
    LeadConverted,
    LeadDeal,
    LeadMessage,
)
from app.modules.crm.schemas.pipelines import (
    BoardColumn,
    BoardRead,
    DealCard,
    PipelineCreate,
    PipelineRead,
    PipelineUpdate,
    StageCreate,
    StageOrder,
    StageRead,
    StageUpdate,
)
from app.modules.crm.schemas.search import SearchHit, SearchResults
from app.modules.crm.schemas.settings import (
    BulkTag,
    BulkTagged,
    CustomFieldCreate,
    CustomFieldRead,
    CustomFieldUpdate,
    SavedViewCreate,
    SavedViewRead,
    SavedViewUpdate,
    TagCreate,
    TagRead,
    TagUpdate,
)

__all__ = [
    "ActivityCreate", "ActivityFilters", "ActivityRead", "ActivityUpdate", "Address",
    "BoardColumn", "BoardRead", "BulkTag", "BulkTagged", "CompanyCreate", "CompanyFilters",
    "CompanyRead",
    "CompanyUpdate", "ContactCreate", "ContactFilters", "ContactRead", "ContactUpdate",
    "CustomFieldCreate", "CustomFieldRead", "CustomFieldUpdate", "DealCard", "DealCreate",
    "DealFilters", "DealMove", "DealRead", "DealUpdate", "Email", "ImportPreview",
    "ImportRead", "ImportSettings", "ImportUpload", "LeadCompany", "LeadContact",
    "LeadConversion", "LeadConverted", "LeadDeal", "LeadMessage", "MergePolicy",
    "MergeRequest", "MyTasks",
    "Phone", "PipelineCreate", "PipelineRead", "PipelineUpdate", "RowOutcome", "SavedViewCreate",
    "SavedViewRead", "SavedViewUpdate", "SearchHit", "SearchResults", "StageCreate",
    "StageOrder", "StageRead", "StageUpdate", "StaleDealProblem", "TagCreate", "TagRead",
    "TagUpdate", "TimelineEntry",
]
