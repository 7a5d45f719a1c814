"""The CRM's tables (all `crm_*`). Relationships load explicitly (`lazy="raise"`)."""

from app.modules.crm.models.activities import Activity, ActivityKind, RecordEvent, RecordType
from app.modules.crm.models.companies import Company, CompanySize
from app.modules.crm.models.contacts import Contact, LeadSource, LegalBasis
from app.modules.crm.models.deals import (
    Deal,
    DealContact,
    DealStatus,
    LeadConversion,
    StageTotal,
)
from app.modules.crm.models.imports import ImportJob, ImportRow, ImportStatus, RowAction
from app.modules.crm.models.pipelines import Pipeline, Stage
from app.modules.crm.models.settings import (
    CustomFieldDefinition,
    CustomFieldType,
    Entity,
    SavedView,
    Tag,
)

__all__ = [
    "Activity", "ActivityKind", "Company", "CompanySize", "Contact", "CustomFieldDefinition",
    "CustomFieldType", "Deal", "DealContact", "DealStatus", "Entity", "ImportJob", "ImportRow",
    "ImportStatus", "LeadConversion", "LeadSource", "LegalBasis", "Pipeline", "RecordEvent",
    "RecordType", "RowAction", "SavedView", "Stage", "StageTotal", "Tag",
]
