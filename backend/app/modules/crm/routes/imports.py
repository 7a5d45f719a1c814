"""Routes of CSV imports (/crm/imports)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, File, Form, UploadFile

from app.core import storage
from app.core.db import DbSession
from app.core.pagination import Page, PageParams
from app.identity.actor import Actor
from app.modules.crm import service as crm
from app.modules.crm.models import Entity, ImportJob, RowAction
from app.modules.crm.routes.access import WRITE, Limit
from app.modules.crm.schemas import (
    ImportPreview,
    ImportRead,
    ImportSettings,
    ImportUpload,
    RowOutcome,
)

router = APIRouter(prefix="/imports")


@router.post("", response_model=ImportUpload, status_code=201, operation_id="crm:upload_import",
             summary="Upload a CSV of companies or contacts: its columns, a sample and a "
             "suggested mapping")
async def upload_import(session: DbSession, file: UploadFile = File(...),
                        entity: Entity = Form(...), actor: Actor = WRITE) -> ImportUpload:
    data = await file.read(storage.Bucket.documents.max_bytes + 1)
    return await crm.imports.upload(session, actor, entity, data,
                                    file.filename or "import.csv")


@router.get("", response_model=Page[ImportRead], operation_id="crm:list_imports")
async def list_imports(session: DbSession, limit: Limit = 50, cursor: str | None = None,
                       actor: Actor = WRITE) -> Page[ImportRead]:
    items, next_cursor = await crm.imports.list_imports(session, actor,
                                                        PageParams(limit, cursor))
    return Page(items=[ImportRead.model_validate(i) for i in items], next_cursor=next_cursor)


@router.get("/{import_id}", response_model=ImportRead, operation_id="crm:get_import")
async def get_import(import_id: uuid.UUID, session: DbSession, actor: Actor = WRITE
                     ) -> ImportJob:
    return await crm.imports.get(session, actor, import_id)


@router.post("/{import_id}/preview", response_model=ImportPreview,
             operation_id="crm:preview_import",
             summary="Dry run of the first rows with this mapping; nothing is written")
async def preview_import(import_id: uuid.UUID, body: ImportSettings, session: DbSession,
                         actor: Actor = WRITE) -> ImportPreview:
    return await crm.imports.preview(session, actor, import_id, body)


@router.post("/{import_id}/start", response_model=ImportRead, status_code=202,
             operation_id="crm:start_import",
             summary="Run the import in the background (progress on /ws)")
async def start_import(import_id: uuid.UUID, body: ImportSettings, session: DbSession,
                       actor: Actor = WRITE) -> ImportJob:
    return await crm.imports.start(session, actor, import_id, body)


@router.get("/{import_id}/rows", response_model=Page[RowOutcome],
            operation_id="crm:list_import_rows",
            summary="The report: each row's outcome and reasons")
async def list_import_rows(import_id: uuid.UUID, session: DbSession,
                           action: RowAction | None = None, limit: Limit = 200,
                           cursor: str | None = None, actor: Actor = WRITE
                           ) -> Page[RowOutcome]:
    items, next_cursor = await crm.imports.rows(session, actor, import_id, action,
                                                PageParams(limit, cursor))
    return Page(items=[RowOutcome.model_validate(r) for r in items], next_cursor=next_cursor)
