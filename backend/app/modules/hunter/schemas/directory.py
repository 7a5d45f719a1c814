from __future__ import annotations

from pydantic import BaseModel


class RejectedRow(BaseModel):
    row: int
    reason: str


class DirectoryUpload(BaseModel):
    list_name: str
    rows: int
    rejected: list[RejectedRow]


class DirectoryList(BaseModel):
    list_name: str
    rows: int
