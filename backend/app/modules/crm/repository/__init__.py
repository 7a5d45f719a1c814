"""All SQL of the CRM, one repository per concept; every query takes the caller's scope (or
organization) first."""

from app.modules.crm.repository.activities import ActivityRepository
from app.modules.crm.repository.companies import CompanyRepository
from app.modules.crm.repository.contacts import ContactRepository
from app.modules.crm.repository.deals import DealRepository
from app.modules.crm.repository.imports import ImportRepository
from app.modules.crm.repository.leads import LeadRepository
from app.modules.crm.repository.pipelines import PipelineRepository
from app.modules.crm.repository.scoping import CustomCondition
from app.modules.crm.repository.search import SearchRepository
from app.modules.crm.repository.settings import (
    CustomFieldRepository,
    SavedViewRepository,
    TagRepository,
)

__all__ = [
    "ActivityRepository", "CompanyRepository", "ContactRepository", "CustomCondition",
    "CustomFieldRepository", "DealRepository", "ImportRepository", "LeadRepository",
    "PipelineRepository",
    "SavedViewRepository", "SearchRepository", "TagRepository",
]
