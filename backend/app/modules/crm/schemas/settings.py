"""Tags, custom field definitions and saved views."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.modules.crm.models.settings import CustomFieldType, Entity

HEX_COLOR = r"^#[0-9a-fA-F]{6}$"
FIELD_KEY = r"^[a-z][a-z0-9_]{0,59}$"
CHOICE_TYPES = frozenset({CustomFieldType.select, CustomFieldType.multi_select})


class TagCreate(BaseModel):
    name: str = Field(min_length=1, max_length=60)
    color: str | None = Field(None, pattern=HEX_COLOR)


class TagUpdate(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=60)
    color: str | None = Field(None, pattern=HEX_COLOR)


class TagRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    color: str | None


Options = list[str]


class CustomFieldCreate(BaseModel):
    entity: Entity
    key: str = Field(pattern=FIELD_KEY, description="snake_case, the key in custom_fields")
    label: str = Field(min_length=1, max_length=120)
    type: CustomFieldType
    options: Options = Field(default_factory=list, max_length=100,
                             description="The choices of select and multi-select fields")
    required: bool = False
    position: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _options(self) -> CustomFieldCreate:
        if (self.type in CHOICE_TYPES) != bool(self.options):
            raise ValueError("options: select fields need options, other types take none")
        if len(set(self.options)) != len(self.options):
            raise ValueError("options: each option once")
        return self


class CustomFieldUpdate(BaseModel):
    """The type and key of a field never change (values are stored by them)."""

    label: str | None = Field(None, min_length=1, max_length=120)
    options: Options | None = Field(None, max_length=100,
                                    description="Existing options can only be added to")
    required: bool | None = None
    position: int | None = Field(None, ge=0)


class CustomFieldRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    entity: Entity
    key: str
    label: str
    type: CustomFieldType
    options: list[str]
    required: bool
    position: int


class SavedViewCreate(BaseModel):
    entity: Entity
    name: str = Field(min_length=1, max_length=120)
    filters: dict[str, Any] = Field(default_factory=dict,
                                    description="The list's filters, as its query takes them")
    sort: str | None = Field(None, max_length=40)
    columns: list[str] = Field(default_factory=list, max_length=60)


class SavedViewUpdate(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    filters: dict[str, Any] | None = None
    sort: str | None = Field(None, max_length=40)
    columns: list[str] | None = Field(None, max_length=60)


class SavedViewRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    entity: Entity
    name: str
    filters: dict[str, Any]
    sort: str | None
    columns: list[str]
    created_at: datetime
    updated_at: datetime



class BulkTag(BaseModel):
    """Tags to add to and remove from many records of one kind at once."""

    ids: list[uuid.UUID] = Field(min_length=1, max_length=500)
    add: list[uuid.UUID] = Field(default_factory=list, max_length=50)
    remove: list[uuid.UUID] = Field(default_factory=list, max_length=50)


class BulkTagged(BaseModel):
    updated: int = Field(description="Records whose tags changed")
