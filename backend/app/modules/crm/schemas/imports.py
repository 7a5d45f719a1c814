"""CSV imports: upload, mapping, dry-run preview, the run's report."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.modules.crm.models.imports import ImportStatus, RowAction
from app.modules.crm.models.settings import Entity


class MergePolicy(StrEnum):
    """What a row that matches an existing record does to it."""

    fill_empty = "fill_empty"  # fill only empty fields; differing values are reported
    overwrite = "overwrite"  # the file's values win
    skip = "skip"  # leave existing records alone


class ImportSettings(BaseModel):
    mapping: dict[str, str | None] = Field(description=(
        "CSV column -> field (see `fields` of the upload); null or absent: ignored"))
    merge_policy: MergePolicy = MergePolicy.fill_empty


class RowMessage(BaseModel):
    field: str
    message: str


class RowOutcome(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    row_number: int = Field(description="1 is the first row after the header")
    action: RowAction
    record_id: uuid.UUID | None
    messages: list[RowMessage] = Field(description="Why it was rejected or skipped, and "
                                                   "the values kept on a conflict")


class ImportCounts(BaseModel):
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0


class ImportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    entity: Entity
    status: ImportStatus
    filename: str
    columns: list[str]
    total_rows: int
    processed_rows: int
    mapping: dict[str, str]
    merge_policy: MergePolicy
    counts: ImportCounts
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class ImportUpload(ImportRead):
    """The upload's answer: the file's columns, a sample, and a suggested mapping."""

    fields: list[str] = Field(description="Fields a column can map to")
    suggested_mapping: dict[str, str | None]
    sample: list[dict[str, Any]]


class ImportPreview(BaseModel):
    """A dry run over the first rows: what the import would do; nothing is written."""

    rows: int
    counts: ImportCounts
    outcomes: list[RowOutcome]
