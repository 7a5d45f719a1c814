"""What a file really is: content sniffed from its magic bytes, checked against its name,
the type the caller declared and the bucket's policy.

A file is refused (415) when its real type is not accepted by the bucket, or when its
extension or declared type says something else than its bytes: a Windows executable
renamed `report.pdf` and declared `application/pdf` never reaches storage.
"""

from __future__ import annotations

import codecs
import mimetypes

import filetype

from app.core.errors import FieldError, UnsupportedMediaType
from app.core.storage import buckets as b

SNIFF_BYTES = 8192  # what `filetype` reads
FIELD = "file"

TEXT_TYPES = frozenset({b.TEXT, b.CSV, b.JSON})

# Other names clients send for the same format -> our canonical (filetype's) name.
_ALIASES = {
    "image/jpg": b.JPEG, "image/pjpeg": b.JPEG, "image/heif": b.HEIC,
    "audio/wav": b.WAV, "audio/wave": b.WAV, "audio/vnd.wave": b.WAV,
    "audio/mp3": b.MP3, "audio/flac": b.FLAC, "audio/x-m4a": b.M4A, "audio/x-aac": b.AAC,
    "application/x-zip-compressed": b.ZIP, "application/x-zip": b.ZIP,
    "application/csv": b.CSV, "text/x-csv": b.CSV, "text/comma-separated-values": b.CSV,
    "text/markdown": b.TEXT, "text/x-markdown": b.TEXT,
}

# Formats that share a container: sniffing sees the container, the name tells the flavour.
_FAMILIES = (
    frozenset({b.MP4, b.MOV, b.M4V, b.M4A, "video/3gpp"}),  # ISO base media (ftyp)
    frozenset({b.ZIP, b.DOCX, b.XLSX, b.PPTX, b.ODT, b.ODS, b.ODP, "application/epub+zip"}),
    frozenset({b.DOC, b.XLS, b.PPT}),  # OLE2 compound documents
    TEXT_TYPES,  # no magic bytes: the name tells
)
# Excel on Windows declares CSV files as application/vnd.ms-excel.
_TEXT_DECLARED_AS = {b.CSV: frozenset({b.XLS})}

_EXTRA_EXTENSIONS = {
    "jpeg": b.JPEG, "jpe": b.JPEG, "tiff": b.TIFF, "heif": b.HEIC, "qt": b.MOV,
    "txt": b.TEXT, "md": b.TEXT, "csv": b.CSV, "json": b.JSON, "wave": b.WAV,
    "opus": b.OGG, "oga": b.OGG,
}


def _extension_map() -> dict[str, str]:
    table: dict[str, str] = {}
    builtin = mimetypes.MimeTypes()  # Python's own table, not the host's /etc/mime.types
    for ext, mime in builtin.types_map[True].items():
        table.setdefault(ext.lstrip(".").lower(), canonical(mime) or mime)
    for kind in filetype.types:
        if kind.mime != "application/octet-stream":
            table[kind.extension.lower()] = kind.mime
    table.update(_EXTRA_EXTENSIONS)
    return table


def canonical(content_type: str | None) -> str | None:
    """`image/JPG; charset=x` -> `image/jpeg`; None for absent or `application/octet-stream`
    (what browsers send when they do not know, which claims nothing)."""
    if not content_type:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    if not mime or mime == "application/octet-stream":
        return None
    return _ALIASES.get(mime, mime)


_EXTENSIONS = _extension_map()


def extension_of(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def _same_format(claim: str, real: str) -> bool:
    if claim == real:
        return True
    if any(claim in family and real in family for family in _FAMILIES):
        return True
    return claim in _TEXT_DECLARED_AS.get(real, ())


def _refuse(message: str) -> UnsupportedMediaType:
    return UnsupportedMediaType(
        f"{FIELD}: {message}",
        errors=[FieldError(field=FIELD, message=message, type="unsupported_media_type")],
    )


def _not_accepted(content_type: str, bucket: b.Bucket) -> str:
    accepted = ", ".join(sorted(bucket.policy.content_types))
    return (f"the content is {content_type}, which the {bucket.value} bucket does not accept "
            f"(accepted: {accepted})")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:  # incremental: a multi-byte character cut at the end of the sample is fine
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def identify(head: bytes, filename: str, declared_content_type: str | None,
             bucket: b.Bucket) -> str:
    """The canonical content type of a file whose first bytes are `head`, or 415."""
    allowed = bucket.policy.content_types
    declared = canonical(declared_content_type)
    ext = extension_of(filename)
    by_name = _EXTENSIONS.get(ext) if ext else None
    if ext and by_name is None:
        raise _refuse(f"the extension .{ext} is not a recognised file type")

    kind = filetype.guess(head[:SNIFF_BYTES]) if head else None
    if kind is None:
        claim = by_name or declared or b.TEXT
        if claim not in TEXT_TYPES:
            if claim not in allowed:
                raise _refuse(_not_accepted(claim, bucket))
            raise _refuse(f"the content is not a valid {claim} file")
        if not _looks_like_text(head):
            raise _refuse("the content is binary data of an unrecognised type")
        real = claim
    else:
        real = canonical(kind.mime) or kind.mime
        # the container (zip, ftyp, OLE) was sniffed; a name inside its family is the flavour
        for claim in (by_name, declared):
            if claim and claim != real and _same_format(claim, real) and claim in allowed:
                real = claim
                break

    if real not in allowed:
        raise _refuse(_not_accepted(real, bucket))
    if by_name and not _same_format(by_name, real):
        raise _refuse(f"the extension .{ext} says {by_name} but the content is {real}")
    if declared and not _same_format(declared, real):
        raise _refuse(f"the declared type {declared} does not match the content ({real})")
    return real
