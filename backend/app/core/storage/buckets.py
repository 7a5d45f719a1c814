"""Buckets per concern, each with the content types it accepts and its size limit.

A module picks the bucket that says what the file is for (`Bucket.documents`
for contracts and proposals, `Bucket.media` for footage and photos, ...);
the bucket's policy decides what may go in. Bucket names on the server are
`<settings.storage.bucket_prefix>-<bucket>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.config import get_settings

MiB = 1024 * 1024
GiB = 1024 * MiB

PDF = "application/pdf"
PNG, JPEG, WEBP, GIF = "image/png", "image/jpeg", "image/webp", "image/gif"
HEIC, AVIF, TIFF = "image/heic", "image/avif", "image/tiff"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
DOC, XLS, PPT = "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"
ZIP = "application/zip"
TEXT, CSV, JSON = "text/plain", "text/csv", "application/json"
MP4, MOV, M4V, WEBM, MKV = (
    "video/mp4", "video/quicktime", "video/x-m4v", "video/webm", "video/x-matroska",
)
MP3, M4A, WAV, OGG, FLAC, AAC = (
    "audio/mpeg", "audio/mp4", "audio/x-wav", "audio/ogg", "audio/x-flac", "audio/aac",
)

IMAGES = frozenset({PNG, JPEG, WEBP, GIF})
OFFICE = frozenset({DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT})


class Bucket(StrEnum):
    documents = "documents"
    media = "media"
    exports = "exports"
    avatars = "avatars"

    @property
    def policy(self) -> BucketPolicy:
        return POLICIES[self]

    @property
    def server_name(self) -> str:
        return f"{get_settings().storage.bucket_prefix}-{self.value}"

    @property
    def max_bytes(self) -> int:
        return self.policy.max_bytes or get_settings().storage.max_upload_bytes


@dataclass(frozen=True)
class BucketPolicy:
    """What a bucket accepts: canonical content types (as `filetype` names them, or a
    text type for content without magic bytes) and a size limit (None: the default
    `settings.storage.max_upload_bytes`)."""

    content_types: frozenset[str]
    max_bytes: int | None = None


# SVG and HTML are never accepted: served back from the bucket they would run script.
POLICIES: dict[Bucket, BucketPolicy] = {
    Bucket.documents: BucketPolicy(frozenset({PDF, TEXT, CSV} | IMAGES | OFFICE)),
    Bucket.media: BucketPolicy(
        frozenset(IMAGES | {HEIC, AVIF, TIFF, MP4, MOV, M4V, WEBM, MKV,
                            MP3, M4A, WAV, OGG, FLAC, AAC}),
        max_bytes=1 * GiB,
    ),
    Bucket.exports: BucketPolicy(frozenset({PDF, CSV, JSON, XLSX, ZIP})),
    Bucket.avatars: BucketPolicy(frozenset(IMAGES), max_bytes=5 * MiB),
}
