"""Object storage over the S3 API (SeaweedFS embedded, MinIO or any S3 in production).

The minio SDK is synchronous: every call that touches the network runs in a worker
thread. Buckets are created on first use (idempotent, remembered per process).
"""

from __future__ import annotations

import re
import threading
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar
from urllib.parse import quote, urlsplit

import anyio.to_thread
import urllib3
from minio import Minio
from minio.error import S3Error

from app.config import get_settings
from app.core.errors import AppError, NotFound
from app.core.storage.buckets import Bucket
from app.core.storage.content import identify
from app.core.storage.intake import Source, take_in

T = TypeVar("T")

_MISSING = {"NoSuchKey", "NoSuchBucket", "NoSuchObject", "ResourceNotFound"}
_ALREADY_THERE = {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class StorageUnavailable(AppError):
    status, code, title = 503, "storage_unavailable", "File storage unavailable"


@dataclass(frozen=True)
class StoredObject:
    bucket: Bucket
    key: str
    size: int
    content_type: str
    sha256: str | None  # None only for objects written by something other than upload()
    filename: str | None = None
    last_modified: datetime | None = None


def safe_filename(filename: str, max_length: int = 100) -> str:
    """`../Relatório final (v2).PDF` -> `Relatorio-final-v2-.PDF`: ASCII, no path, no dotfiles."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"\.{2,}", ".", _UNSAFE.sub("-", name)).strip(".-_")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext[:16]
    stem = stem[: max(1, max_length - len(ext) - 1)].rstrip(".-_") or "file"
    return f"{stem}.{ext}" if ext else stem


def object_key(organization_id: uuid.UUID | str, filename: str,
               now: datetime | None = None) -> str:
    """`<organization_id>/<yyyy>/<mm>/<uuid>-<safe filename>`."""
    org = uuid.UUID(str(organization_id))  # refuses anything that is not an id (no `../`)
    now = now or datetime.now(UTC)
    return f"{org}/{now:%Y}/{now:%m}/{uuid.uuid4().hex}-{safe_filename(filename)}"


def _http_client(timeout: float, retries: int) -> urllib3.PoolManager:
    return urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=min(timeout, 5.0), read=timeout),
        maxsize=10,
        retries=urllib3.Retry(total=retries, backoff_factor=0.2,
                              status_forcelist=[500, 502, 503, 504]),
    )


def _endpoint(url: str, secure_default: bool) -> tuple[str, bool]:
    """`http://host:port` -> (`host:port`, False); a bare `host:port` uses the setting."""
    if "://" not in url:
        return url.rstrip("/"), secure_default
    parts = urlsplit(url)
    if parts.path.strip("/"):
        raise ValueError(f"S3_ENDPOINT must not have a path: {url}")
    return parts.netloc, parts.scheme == "https"


class ObjectStorage:
    """One S3 endpoint. `get_storage()` is the process's; tests and probes may build others."""

    def __init__(self, endpoint: str | None = None, *, probe_timeout: float = 2.0) -> None:
        settings = get_settings()
        cfg = settings.storage
        self.endpoint = endpoint or settings.s3_endpoint
        host, secure = _endpoint(self.endpoint, cfg.secure)

        def client(timeout: float, retries: int) -> Minio:
            # region given: presigning is local and no request asks the server for it
            return Minio(host, access_key=cfg.access_key, secret_key=cfg.secret_key,
                         secure=secure, region=cfg.region,
                         http_client=_http_client(timeout, retries))

        self.client = client(timeout=60.0, retries=3)
        self._probe = client(timeout=probe_timeout, retries=0)
        self._ready: set[str] = set()
        self._lock = threading.Lock()

    # -- plumbing -------------------------------------------------------------

    async def _run(self, fn: Callable[..., T], *args: object) -> T:
        try:
            return await anyio.to_thread.run_sync(fn, *args)
        except S3Error as exc:
            if exc.code in _MISSING:
                raise NotFound("File not found") from exc
            raise StorageUnavailable(f"Storage refused the request: {exc.code}") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise StorageUnavailable("File storage cannot be reached") from exc

    def _ensure_bucket(self, bucket: Bucket) -> str:
        name = bucket.server_name
        if name in self._ready:
            return name
        with self._lock:
            if name not in self._ready:
                if not self.client.bucket_exists(name):
                    try:
                        self.client.make_bucket(name)
                    except S3Error as exc:  # another process made it first
                        if exc.code not in _ALREADY_THERE:
                            raise
                self._ready.add(name)
        return name

    # -- the API --------------------------------------------------------------

    async def upload(self, bucket: Bucket, data: Source, filename: str,
                     declared_content_type: str | None,
                     organization_id: uuid.UUID | str) -> StoredObject:
        """Store a file after checking its size (413) and its real type (415)."""
        intake = await take_in(data, bucket.max_bytes, f"the {bucket.value} bucket")
        try:
            content_type = identify(intake.head, filename, declared_content_type, bucket)
            key = object_key(organization_id, filename)
            name = safe_filename(filename)
            metadata = {"sha256": intake.sha256, "filename": name,
                        "organization-id": str(organization_id)}

            def put() -> None:
                self.client.put_object(self._ensure_bucket(bucket), key, intake.body,
                                       intake.size, content_type=content_type,
                                       metadata=metadata)

            await self._run(put)
        finally:
            intake.close()
        return StoredObject(bucket, key, intake.size, content_type, intake.sha256, name)

    def presigned_get(self, bucket: Bucket, key: str, ttl: int | None = None,
                      download_name: str | None = None) -> str:
        """A short-lived GET URL (default `settings.storage.presign_ttl_seconds`); computed
        locally, no request to the server. `download_name` makes browsers save the file."""
        seconds = ttl or get_settings().storage.presign_ttl_seconds
        headers = None
        if download_name:
            safe = safe_filename(download_name)
            headers = {"response-content-disposition":
                       f"attachment; filename=\"{safe}\"; "
                       f"filename*=UTF-8''{quote(download_name, safe='')}"}
        return self.client.presigned_get_object(bucket.server_name, key,
                                                expires=timedelta(seconds=seconds),
                                                response_headers=headers)

    async def stat(self, bucket: Bucket, key: str) -> StoredObject:
        """What is stored under `key` (404 if nothing)."""
        info = await self._run(self.client.stat_object, bucket.server_name, key)
        meta = info.metadata or {}
        return StoredObject(
            bucket, key, info.size or 0, info.content_type or "application/octet-stream",
            meta.get("x-amz-meta-sha256"), meta.get("x-amz-meta-filename"), info.last_modified,
        )

    async def read(self, bucket: Bucket, key: str) -> bytes:
        """The whole object (404 if nothing): for files a task processes, which the
        bucket's size limit keeps small."""
        def get() -> bytes:
            response = self.client.get_object(bucket.server_name, key)
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()

        return await self._run(get)

    async def delete(self, bucket: Bucket, key: str) -> None:
        """Remove an object; deleting what is not there is not an error."""
        try:
            await self._run(self.client.remove_object, bucket.server_name, key)
        except NotFound:
            return

    async def ping(self) -> None:
        """Raise unless the server answers an authenticated request within the probe timeout."""
        await self._run(self._probe.list_buckets)


_storage: ObjectStorage | None = None


def get_storage() -> ObjectStorage:
    global _storage
    if _storage is None:
        _storage = ObjectStorage()
    return _storage


def use_storage(storage: ObjectStorage | None) -> None:
    """Point the process at another storage (None: back to the settings' one on next use)."""
    global _storage
    _storage = storage
