"""Routes of the company directory (/hunter/directory)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Response, UploadFile, status

from app.core.db import DbSession
from app.core.errors import PayloadTooLarge
from app.identity.actor import Actor
from app.modules.hunter import service as hunter
from app.modules.hunter.routes.access import READ, WRITE
from app.modules.hunter.schemas import DirectoryList, DirectoryUpload

router = APIRouter(prefix="/directory")
MAX_BYTES = 5_000_000
ListName = Annotated[str, Path(min_length=1, max_length=120)]


@router.get("", response_model=list[DirectoryList], operation_id="hunter:list_directory")
async def list_directory(session: DbSession, actor: Actor = READ) -> list[DirectoryList]:
    return await hunter.directory.lists(session, actor)


@router.post("", response_model=DirectoryUpload, status_code=201,
             operation_id="hunter:upload_directory",
             summary="Upload a CSV of companies as a list (replaces a list of that name)")
async def upload_directory(session: DbSession, file: UploadFile = File(...),
                           list_name: str = Form(min_length=1, max_length=120),
                           actor: Actor = WRITE) -> DirectoryUpload:
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise PayloadTooLarge(f"file: at most {MAX_BYTES // 1_000_000} MB")
    return await hunter.directory.upload(session, actor, list_name.strip(), data)


@router.delete("/{list_name}", status_code=status.HTTP_204_NO_CONTENT,
               response_class=Response, operation_id="hunter:delete_directory")
async def delete_directory(list_name: ListName, session: DbSession, actor: Actor = WRITE
                           ) -> Response:
    await hunter.directory.delete(session, actor, list_name)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
