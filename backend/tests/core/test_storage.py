"""Object storage through the real S3 API (SeaweedFS, MinIO or any S3 at S3_ENDPOINT)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import uuid

import anyio.to_thread
import httpx
import pytest
from minio.error import S3Error

from app.core import storage
from app.core.errors import NotFound, PayloadTooLarge, UnsupportedMediaType
from app.core.storage import Bucket
from tests.core.files import pdf_bytes, png_bytes, windows_exe_bytes


@pytest.fixture(scope="module")
async def s3() -> storage.ObjectStorage:
    if not os.environ.get("S3_ENDPOINT"):
        pytest.fail("S3_ENDPOINT is not set: the storage tests need a real S3 server "
                    "(scripts/test.sh starts one; or `python -m app.devstack services`)")
    store = storage.get_storage()
    try:
        await store.ping()
    except Exception as exc:
        pytest.fail(f"the S3 server at {store.endpoint} does not answer: {exc}")
    return store


@pytest.fixture
def org_id() -> uuid.UUID:
    return uuid.uuid4()


async def stored_keys(store: storage.ObjectStorage, bucket: Bucket, org: uuid.UUID) -> list[str]:
    def keys() -> list[str]:
        try:
            return [o.object_name for o in store.client.list_objects(
                bucket.server_name, prefix=f"{org}/", recursive=True)]
        except S3Error as exc:
            if exc.code == "NoSuchBucket":
                return []
            raise

    return await anyio.to_thread.run_sync(keys)


class TestRoundTrip:
    async def test_png_goes_in_and_comes_back_byte_for_byte(self, s3, org_id):
        data = png_bytes()
        stored = await storage.upload(Bucket.documents, data, "Relatório de gravação.png",
                                      "image/png", org_id)

        assert re.fullmatch(rf"{org_id}/\d{{4}}/\d{{2}}/[0-9a-f]{{32}}-Relatorio-de-gravacao\.png",
                            stored.key)
        assert (stored.size, stored.content_type) == (len(data), "image/png")
        assert stored.sha256 == hashlib.sha256(data).hexdigest()

        info = await storage.stat(Bucket.documents, stored.key)
        assert (info.size, info.content_type, info.sha256) == (
            len(data), "image/png", stored.sha256)

        async with httpx.AsyncClient() as http:
            r = await http.get(storage.presigned_get(Bucket.documents, stored.key))
        assert r.status_code == 200
        assert r.content == data
        assert hashlib.sha256(r.content).hexdigest() == stored.sha256
        assert r.headers["content-type"] == "image/png"
        assert await storage.read(Bucket.documents, stored.key) == data
        await storage.delete(Bucket.documents, stored.key)

    async def test_pdf_from_an_upload_stream_is_stored_as_pdf(self, s3, org_id):
        data = pdf_bytes()

        async def chunks():  # what a streamed request body looks like
            for i in range(0, len(data), 100):
                yield data[i:i + 100]

        stored = await storage.upload(Bucket.documents, chunks(), "proposta.pdf",
                                      "application/pdf", org_id)

        assert stored.content_type == "application/pdf"
        assert stored.sha256 == hashlib.sha256(data).hexdigest()
        info = await storage.stat(Bucket.documents, stored.key)
        assert info.size == len(data)
        await storage.delete(Bucket.documents, stored.key)


class TestPresignedUrl:
    async def test_expires_after_its_ttl(self, s3, org_id):
        stored = await storage.upload(Bucket.avatars, png_bytes(), "me.png", "image/png", org_id)
        url = storage.presigned_get(Bucket.avatars, stored.key, ttl=1)

        await asyncio.sleep(2)
        async with httpx.AsyncClient() as http:
            r = await http.get(url)

        assert r.status_code == 403
        await storage.delete(Bucket.avatars, stored.key)

    async def test_download_name_makes_browsers_save_the_file(self, s3, org_id):
        stored = await storage.upload(Bucket.documents, pdf_bytes(), "p.pdf", None, org_id)
        url = storage.presigned_get(Bucket.documents, stored.key, download_name="Orçamento.pdf")

        async with httpx.AsyncClient() as http:
            r = await http.get(url)

        assert r.status_code == 200
        assert r.headers["content-disposition"].startswith('attachment; filename="Orcamento.pdf"')
        await storage.delete(Bucket.documents, stored.key)


class TestDelete:
    async def test_deleted_file_is_gone(self, s3, org_id):
        stored = await storage.upload(Bucket.documents, png_bytes(), "a.png", "image/png", org_id)

        await storage.delete(Bucket.documents, stored.key)
        await storage.delete(Bucket.documents, stored.key)  # twice is fine

        with pytest.raises(NotFound):
            await storage.stat(Bucket.documents, stored.key)
        with pytest.raises(NotFound):
            await storage.read(Bucket.documents, stored.key)
        async with httpx.AsyncClient() as http:
            r = await http.get(storage.presigned_get(Bucket.documents, stored.key))
        assert r.status_code == 404


class EndlessUpload:
    """A client that keeps sending: counts what the server side actually read."""

    def __init__(self) -> None:
        self.sent = 0

    async def read(self, size: int = -1) -> bytes:  # UploadFile's interface
        chunk = b"\x89PNG\r\n\x1a\n" + bytes(size - 8) if self.sent == 0 else bytes(size)
        self.sent += len(chunk)
        return chunk


class TestSizeLimit:
    async def test_oversized_upload_is_refused_and_nothing_stored(self, s3, org_id):
        limit = Bucket.avatars.max_bytes
        data = png_bytes() + bytes(limit)

        with pytest.raises(PayloadTooLarge) as refused:
            await storage.upload(Bucket.avatars, data, "big.png", "image/png", org_id)

        assert refused.value.status == 413
        assert refused.value.code == "payload_too_large"
        assert refused.value.errors[0].field == "file"
        assert "file" in refused.value.detail
        assert await stored_keys(s3, Bucket.avatars, org_id) == []

    async def test_a_stream_is_read_no_further_than_the_limit(self, s3, org_id):
        source = EndlessUpload()

        with pytest.raises(PayloadTooLarge):
            await storage.upload(Bucket.avatars, source, "big.png", "image/png", org_id)

        assert source.sent == Bucket.avatars.max_bytes + 1
        assert await stored_keys(s3, Bucket.avatars, org_id) == []


class TestContentCheck:
    async def test_executable_renamed_pdf_is_refused_and_nothing_stored(self, s3, org_id):
        with pytest.raises(UnsupportedMediaType) as refused:
            await storage.upload(Bucket.documents, windows_exe_bytes(), "report.pdf",
                                 "application/pdf", org_id)

        assert refused.value.status == 415
        assert refused.value.code == "unsupported_media_type"
        assert refused.value.errors[0].field == "file"
        assert "application/x-msdownload" in refused.value.detail
        assert await stored_keys(s3, Bucket.documents, org_id) == []

    async def test_image_named_pdf_is_refused(self, s3, org_id):
        with pytest.raises(UnsupportedMediaType) as refused:
            await storage.upload(Bucket.documents, png_bytes(), "contrato.pdf", None, org_id)

        assert ".pdf" in refused.value.detail
        assert await stored_keys(s3, Bucket.documents, org_id) == []

    async def test_declared_type_must_match_the_content(self, s3, org_id):
        with pytest.raises(UnsupportedMediaType):
            await storage.upload(Bucket.documents, pdf_bytes(), "proposta", "image/png", org_id)

    async def test_type_the_bucket_does_not_take_is_refused(self, s3, org_id):
        with pytest.raises(UnsupportedMediaType) as refused:
            await storage.upload(Bucket.avatars, pdf_bytes(), "cv.pdf", "application/pdf",
                                 org_id)

        assert "avatars" in refused.value.detail

    async def test_csv_from_excel_on_windows_is_accepted_as_csv(self, s3, org_id):
        data = "nome;valor\nDiária de câmera;1500,00\n".encode()

        stored = await storage.upload(Bucket.documents, data, "orcamento.csv",
                                      "application/vnd.ms-excel", org_id)

        assert stored.content_type == "text/csv"
        await storage.delete(Bucket.documents, stored.key)

    async def test_svg_is_never_accepted(self, s3, org_id):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

        with pytest.raises(UnsupportedMediaType):
            await storage.upload(Bucket.documents, svg, "logo.svg", "image/svg+xml", org_id)
