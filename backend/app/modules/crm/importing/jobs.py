"""Import jobs: upload a CSV (through object storage), map its columns, preview a dry run,
start it; the `crm.import_csv` task runs it in batches, each committed with its progress
(so a retried task resumes where it stopped) and announced on the organization's realtime
channel (`ImportProgressed`); every row's outcome is kept for the report."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events, storage
from app.core.audit.models import ActorType
from app.core.db import unit_of_work
from app.core.errors import (
    Conflict,
    FieldError,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from app.core.pagination import PageParams, paginate
from app.core.storage.buckets import CSV
from app.identity.actor import Actor
from app.identity.roles import Role, permissions_for
from app.modules.crm import custom_fields, tags
from app.modules.crm.events import ImportProgressed, ImportQueued
from app.modules.crm.importing.fields import CUSTOM_PREFIX, MULTI, REQUIRED, allowed, suggest
from app.modules.crm.importing.planner import Outcome, Planner
from app.modules.crm.importing.reader import ParsedCsv, decode, read_csv
from app.modules.crm.models import Entity, ImportJob, ImportRow, ImportStatus, RowAction
from app.modules.crm.records import invalid, not_found, scope_of
from app.modules.crm.repository import ImportRepository
from app.modules.crm.schemas.imports import (
    ImportCounts,
    ImportPreview,
    ImportRead,
    ImportSettings,
    ImportUpload,
    RowOutcome,
)

BUCKET = storage.Bucket.documents
ENTITIES = (Entity.company, Entity.contact)
BATCH_ROWS = 500
PREVIEW_ROWS = 50
SAMPLE_ROWS = 5
RUN_BUDGET_SECONDS = 120.0


def _own(actor: Actor) -> uuid.UUID | None:
    """Owner-scoped callers see their own imports only."""
    return scope_of(actor).owner_id


async def _read(job: ImportJob) -> ParsedCsv:
    """The job's file, as stored (UTF-8)."""
    data = await storage.read(BUCKET, job.storage_key)
    return read_csv(data.decode(), job.encoding, job.delimiter)


def _refuse_file(message: str) -> UnsupportedMediaType:
    return UnsupportedMediaType(f"file: {message}", errors=[FieldError(
        field="file", message=message, type="unsupported_media_type")])


async def upload(session: AsyncSession, actor: Actor, entity: Entity, data: bytes,
                 filename: str) -> ImportUpload:
    """Keep the file (as UTF-8, whatever it came in) and describe it. 413 past the
    documents bucket's limit, 415 for anything but CSV text."""
    if entity not in ENTITIES:
        raise ValidationFailed.on("entity", "Companies and contacts can be imported")
    if len(data) > BUCKET.max_bytes:
        raise PayloadTooLarge("file: too large", errors=[FieldError(
            field="file", message=f"larger than {BUCKET.max_bytes:,} bytes", type="too_large")])
    if filename.rsplit(".", 1)[-1].lower() not in ("csv", "txt"):
        raise _refuse_file("a CSV file (.csv) is expected")
    text, encoding = decode(data)
    if "\x00" in text:
        raise _refuse_file("binary data, not CSV text")
    parsed = await anyio.to_thread.run_sync(read_csv, text, encoding)
    stored = await storage.upload(BUCKET, text.encode(), filename, CSV, actor.organization_id)
    definitions = await custom_fields.definitions(session, actor.organization_id, entity)
    job = ImportJob(organization_id=actor.organization_id, entity=entity,
                    status=ImportStatus.uploaded, filename=stored.filename or filename,
                    storage_key=stored.key, encoding=encoding, delimiter=parsed.delimiter,
                    columns=parsed.columns, total_rows=len(parsed.rows), mapping={},
                    counts=ImportCounts().model_dump(), created_by=actor.user_id,
                    created_by_role=actor.role.value)
    session.add(job)
    await session.flush()
    await audit.record(session, actor, "crm.import.uploaded", "crm_import", job.id,
                       after=audit.snapshot(job))
    return ImportUpload.model_validate({
        **ImportRead.model_validate(job).model_dump(),
        "fields": allowed(entity, definitions),
        "suggested_mapping": suggest(entity, parsed.columns, definitions),
        "sample": parsed.rows[:SAMPLE_ROWS]})


async def get(session: AsyncSession, actor: Actor, import_id: uuid.UUID, *,
              for_update: bool = False) -> ImportJob:
    job = await ImportRepository(session).get(actor.organization_id, import_id,
                                              user_id=_own(actor), for_update=for_update)
    if job is None:
        raise not_found("Import")
    return job


async def list_imports(session: AsyncSession, actor: Actor, page: PageParams
                       ) -> tuple[list[ImportJob], str | None]:
    stmt = ImportRepository(session).list_query(actor.organization_id, _own(actor))
    return await paginate(session, stmt, sort=ImportJob.created_at, tiebreaker=ImportJob.id,
                          params=page)


async def rows(session: AsyncSession, actor: Actor, import_id: uuid.UUID,
               action: RowAction | None, page: PageParams) -> tuple[list[ImportRow], str | None]:
    job = await get(session, actor, import_id)
    stmt = ImportRepository(session).rows_query(job.id, action)
    return await paginate(session, stmt, sort=ImportRow.row_number, tiebreaker=None,
                          params=page, descending=False)


async def _checked_mapping(session: AsyncSession, job: ImportJob, body: ImportSettings
                           ) -> dict[str, str]:
    definitions = await custom_fields.definitions(session, job.organization_id, job.entity)
    fields = set(allowed(job.entity, definitions))
    mapping = {column: target for column, target in body.mapping.items() if target}
    errors = []
    for column, target in mapping.items():
        where = f"mapping.{column}"
        if column not in job.columns:
            errors.append(FieldError(field=where, message="no such column in the file",
                                     type="unknown_column"))
        elif target not in fields:
            hint = "a custom field key" if target.startswith(CUSTOM_PREFIX) else "a field"
            errors.append(FieldError(field=where, message=f"{target!r} is not {hint} of "
                                                         f"{job.entity}s", type="unknown_field"))
    targets = [t for c, t in mapping.items() if c in job.columns and t in fields]
    for target in set(targets):
        if targets.count(target) > 1 and target not in MULTI:
            errors.append(FieldError(field="mapping", message=f"only one column can be "
                                                             f"{target!r}", type="duplicate"))
    if REQUIRED[job.entity] not in targets:
        errors.append(FieldError(field="mapping", message=f"map a column to "
                                                         f"{REQUIRED[job.entity]!r}",
                                 type="missing"))
    if errors:
        raise invalid(errors)
    return mapping


async def _planner(session: AsyncSession, actor: Actor, job: ImportJob,
                   mapping: dict[str, str], policy, *, dry_run: bool) -> Planner:
    definitions = await custom_fields.definitions(session, job.organization_id, job.entity)
    known = {t.key: t for t in await tags.list_tags(session, actor)}
    return Planner(session, actor, job.entity, mapping, policy, definitions, known,
                   dry_run=dry_run)


def _counts(outcomes: list[Outcome], counts: dict[str, int] | None = None) -> dict[str, int]:
    totals = dict(counts or ImportCounts().model_dump())
    for outcome in outcomes:
        totals[outcome.action.value] += 1
    return totals


async def preview(session: AsyncSession, actor: Actor, import_id: uuid.UUID,
                  body: ImportSettings) -> ImportPreview:
    """What the first rows would do with this mapping; nothing is written."""
    job = await get(session, actor, import_id)
    mapping = await _checked_mapping(session, job, body)
    parsed = await _read(job)
    planner = await _planner(session, actor, job, mapping, body.merge_policy, dry_run=True)
    outcomes = await planner.run(list(enumerate(parsed.rows[:PREVIEW_ROWS], start=1)))
    return ImportPreview(rows=len(outcomes), counts=ImportCounts(**_counts(outcomes)),
                         outcomes=[RowOutcome.model_validate(o, from_attributes=True)
                                   for o in outcomes])


async def start(session: AsyncSession, actor: Actor, import_id: uuid.UUID,
                body: ImportSettings) -> ImportJob:
    job = await get(session, actor, import_id, for_update=True)
    if job.status != ImportStatus.uploaded:
        raise Conflict(f"The import was started already ({job.status})")
    before = audit.snapshot(job)
    job.mapping = await _checked_mapping(session, job, body)
    job.merge_policy = body.merge_policy
    job.status = ImportStatus.queued
    await audit.record(session, actor, "crm.import.started", "crm_import", job.id,
                       before=before, after=audit.snapshot(job))
    await events.publish(session, ImportQueued(organization_id=job.organization_id,
                                               import_id=job.id))
    return job


def _importer(job: ImportJob) -> Actor:
    """The import acts as the user who started it, within that user's scope."""
    role = Role(job.created_by_role)
    return Actor(ActorType.user, job.organization_id, role, permissions_for(role),
                 user_id=job.created_by)


async def _progressed(session: AsyncSession, job: ImportJob) -> None:
    await events.publish(session, ImportProgressed(
        organization_id=job.organization_id, import_id=job.id, status=job.status,
        processed_rows=job.processed_rows, total_rows=job.total_rows, **job.counts))


async def run(import_id: uuid.UUID, budget_seconds: float = RUN_BUDGET_SECONDS) -> None:
    """The task's body: batches of rows, each in its own committed unit of work (a rerun
    after a crash or transient error goes on from the last committed batch). After
    `budget_seconds` it queues the rest as a new task, so that no task outlives the
    broker's visibility timeout."""
    deadline = time.monotonic() + budget_seconds
    async with unit_of_work() as session:
        job = await ImportRepository(session).get_for_task(import_id)
        if job is None or job.status in (ImportStatus.finished, ImportStatus.failed,
                                         ImportStatus.uploaded):
            return
        job.status, job.started_at = ImportStatus.running, job.started_at or datetime.now(UTC)
        await _progressed(session, job)
    parsed = await _read(job)
    while True:
        async with unit_of_work() as session:
            job = await ImportRepository(session).get_for_task(import_id)
            assert job is not None
            batch = parsed.rows[job.processed_rows:job.processed_rows + BATCH_ROWS]
            if not batch:
                job.status, job.finished_at = ImportStatus.finished, datetime.now(UTC)
                await _progressed(session, job)
                return
            planner = await _planner(session, _importer(job), job, job.mapping,
                                     job.merge_policy, dry_run=False)
            outcomes = await planner.run(list(enumerate(batch, start=job.processed_rows + 1)))
            await ImportRepository(session).add_rows([
                {"import_id": job.id, "row_number": o.row_number, "action": o.action,
                 "record_id": o.record_id, "messages": o.messages} for o in outcomes])
            job.processed_rows += len(batch)
            job.counts = _counts(outcomes, job.counts)
            await _progressed(session, job)
            if time.monotonic() > deadline and job.processed_rows < len(parsed.rows):
                await events.publish(session, ImportQueued(
                    organization_id=job.organization_id, import_id=job.id))
                return


async def fail(import_id: uuid.UUID, error: BaseException) -> None:
    """An import that cannot go on (not a transient error) ends as failed, with the reason;
    the rows already imported stay."""
    async with unit_of_work() as session:
        job = await ImportRepository(session).get_for_task(import_id)
        if job is not None and job.status in (ImportStatus.queued, ImportStatus.running):
            job.status, job.finished_at = ImportStatus.failed, datetime.now(UTC)
            job.error = f"{type(error).__name__}: {error}"[:2000]
            await _progressed(session, job)
