"""Reading an uploaded CSV: UTF-8 (with or without BOM) or Windows-1252, as Excel in Brazil
saves it; `,`, `;`, tab or `|` between fields; the first line is the header."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from app.core.errors import ValidationFailed

MAX_ROWS = 50_000
DELIMITERS = ",;\t|"
ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class ParsedCsv:
    encoding: str
    delimiter: str
    columns: list[str]
    rows: list[dict[str, str]]  # row i is data row i + 1 (the header is not counted)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValidationFailed.on("file", "The file is neither UTF-8 nor Windows-1252 text")


def _delimiter(text: str) -> str:
    sample = text[:8192]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        return max(DELIMITERS, key=header.count)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for i, raw in enumerate(names):
        name = raw.strip() or f"column {i + 1}"
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def read_csv(text: str, encoding: str, delimiter: str | None = None) -> ParsedCsv:
    delimiter = delimiter or _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise ValidationFailed.on("file", "The file has no header line")
    columns = _unique(header)
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        rows.append({c: v.strip() for c, v in zip(columns, values, strict=False)})
        if len(rows) > MAX_ROWS:
            raise ValidationFailed.on("file", f"More than {MAX_ROWS:,} rows: split the file")
    return ParsedCsv(encoding, delimiter, columns, rows)
