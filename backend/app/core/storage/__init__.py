"""Object storage for every module: files go in through `upload`, out through short-lived
presigned URLs.

    from app.core import storage
    stored = await storage.upload(storage.Bucket.documents, upload_file, upload_file.filename,
                                  upload_file.content_type, actor.organization_id)
    url = storage.presigned_get(storage.Bucket.documents, stored.key)

`upload` refuses files over the bucket's size limit (413, `payload_too_large`) and files
whose real content is not accepted by the bucket or contradicts their name or declared
type (415, `unsupported_media_type`). Store `stored.key` on the row that owns the file.
"""

from __future__ import annotations

import uuid

from app.core.storage.buckets import POLICIES, Bucket, BucketPolicy
from app.core.storage.client import (
    ObjectStorage,
    StorageUnavailable,
    StoredObject,
    get_storage,
    object_key,
    safe_filename,
    use_storage,
)
from app.core.storage.intake import Source

__all__ = [
    "POLICIES", "Bucket", "BucketPolicy", "ObjectStorage", "Source", "StorageUnavailable",
    "StoredObject", "delete", "get_storage", "object_key", "ping", "presigned_get",
    "read", "safe_filename", "stat", "upload", "use_storage",
]


async def upload(bucket: Bucket, data: Source, filename: str, declared_content_type: str | None,
                 organization_id: uuid.UUID | str) -> StoredObject:
    return await get_storage().upload(bucket, data, filename, declared_content_type,
                                      organization_id)


def presigned_get(bucket: Bucket, key: str, ttl: int | None = None,
                  download_name: str | None = None) -> str:
    return get_storage().presigned_get(bucket, key, ttl, download_name)


async def stat(bucket: Bucket, key: str) -> StoredObject:
    return await get_storage().stat(bucket, key)


async def read(bucket: Bucket, key: str) -> bytes:
    return await get_storage().read(bucket, key)


async def delete(bucket: Bucket, key: str) -> None:
    await get_storage().delete(bucket, key)


async def ping() -> None:
    await get_storage().ping()
