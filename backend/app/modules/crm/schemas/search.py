"""The CRM-wide search."""

from __future__ import annotations

import uuid
from decimal import Decimal

from pydantic import BaseModel


class SearchHit(BaseModel):
    id: uuid.UUID
    type: str
    title: str
    subtitle: str | None
    value: Decimal | None = None


class SearchResults(BaseModel):
    companies: list[SearchHit]
    contacts: list[SearchHit]
    deals: list[SearchHit]
