"""An export as a download."""

from __future__ import annotations

from fastapi import Response

from app.modules.crm.exports import ExportFile

EXPORT_RESPONSES = {200: {"content": {"text/csv": {}, "application/vnd.openxmlformats-"
                                      "officedocument.spreadsheetml.sheet": {}},
                          "description": "The file"}}


def download(file: ExportFile) -> Response:
    return Response(file.content, media_type=file.media_type, headers={
        "Content-Disposition": f'attachment; filename="{file.filename}"'})
