"""CSV import end to end: upload through storage, suggested mapping, dry-run preview that
writes nothing, the `crm.import_csv` task (run in-process), progress on the organization's
channel, and the exact report of created, updated, skipped and rejected rows."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select

from app.modules.crm.models import Company
from tests.crm.conftest import CNPJ_A, CNPJ_B, settle

COMPANIES = (
    "Razão Social;CNPJ;Site;Telefone;Cidade;UF\r\n"
    "Alfa Filmes Ltda;11.222.333/0001-81;alfa.com.br;(11) 3333-4444;São Paulo;SP\r\n"
    "ALFA FILMES;11222333000181;;(11) 98765-4321;;\r\n"
    "Beta Ltda;11.222.333/0001-82;;;;\r\n"
    "Gama Produções;;www.gama.com.br;;;\r\n"
    ";;;;;\r\n"
    f"Delta Conteúdo;{CNPJ_B};alfa.com.br;;;\r\n"
    ";45.723.174/0001-10;;;;\r\n"
).encode("cp1252")

CONTACTS = (
    "Nome,E-mail,Celular,Empresa,CNPJ da empresa\n"
    "Ana Souza,ana@alfa.com.br,(11) 91234-5678,,11.222.333/0001-81\n"
    "Ana S.,ANA@ALFA.COM.BR,,,\n"
    "Bruno Lima,bruno@alfa.com.br,11912345678,,\n"
    "Carla,carla@,,,\n"
    "Dani,dani@nova.com.br,,Nova Produtora,\n"
    "Eva,eva@nova.com.br,,Nova Produtora,\n"
    "Fábio,ana@alfa.com.br,(21) 99876-5432,,\n"
).encode()


async def upload(crm, data: bytes, entity: str, name: str = "lista.csv") -> dict:
    r = await crm.call("POST", "/imports", 201, data={"entity": entity},
                       files={"file": (name, data, "text/csv")})
    return r.json()


def report(rows: list[dict]) -> list[tuple]:
    return [(r["row_number"], r["action"], [m["field"] for m in r["messages"]])
            for r in rows]


class TestCompaniesImport:
    async def test_preview_then_run_with_the_exact_report(self, api, admin, session, eager,
                                                          redis):
        """The file is Windows-1252 with `;` (Excel in Brazil); its blank line is skipped."""
        crm = api(admin)
        gama = await crm.company("Gama Existente", website="gama.com.br")
        job = await upload(crm, COMPANIES, "company")
        assert (job["status"], job["total_rows"], job["columns"][0]) == ("uploaded", 6,
                                                                         "Razão Social")
        mapping = job["suggested_mapping"]
        assert mapping == {"Razão Social": "legal_name", "CNPJ": "cnpj", "Site": "website",
                           "Telefone": "phone", "Cidade": "city", "UF": "state"}
        assert job["sample"][0]["CNPJ"] == CNPJ_A

        preview = await crm.call("POST", f"/imports/{job['id']}/preview", 200,
                                 json={"mapping": mapping})
        expected = [
            (1, "created", []),
            (2, "updated", ["cnpj", "legal_name"]),
            (3, "rejected", ["cnpj"]),
            (4, "skipped", ["domain", "website", "legal_name", "row"]),
            (5, "created", []),
            (6, "rejected", ["legal_name"]),
        ]
        assert report(preview.json()["outcomes"]) == expected
        assert preview.json()["counts"] == {"created": 2, "updated": 1, "skipped": 1,
                                            "rejected": 2}
        count = select(func.count()).select_from(Company).where(
            Company.organization_id == admin.organization_id)
        assert await session.scalar(count) == 1  # the preview wrote nothing

        channel = redis.pubsub()
        await channel.subscribe(f"rt:org:{admin.organization_id}")
        started = await crm.call("POST", f"/imports/{job['id']}/start", 202,
                                 json={"mapping": mapping})
        assert started.json()["status"] == "queued"
        await settle()

        done = (await crm.call("GET", f"/imports/{job['id']}", 200)).json()
        assert (done["status"], done["processed_rows"]) == ("finished", 6)
        assert done["counts"] == {"created": 2, "updated": 1, "skipped": 1, "rejected": 2}
        rows = (await crm.call("GET", f"/imports/{job['id']}/rows", 200)).json()["items"]
        assert report(rows) == expected
        assert rows[1]["messages"][1]["message"] == ("kept 'Alfa Filmes Ltda'; the file has "
                                                     "'ALFA FILMES'")
        assert "check digits" in rows[2]["messages"][0]["message"]
        assert rows[3]["record_id"] == gama["id"]
        rejected = (await crm.call("GET", f"/imports/{job['id']}/rows", 200,
                                   params={"action": "rejected"})).json()["items"]
        assert [r["row_number"] for r in rejected] == [3, 6]

        alfa = (await crm.call("GET", "/companies", 200, params={"q": "11222333000181"})
                ).json()["items"]
        assert len(alfa) == 1
        assert [p["number"] for p in alfa[0]["phones"]] == ["+551133334444", "+5511987654321"]
        assert alfa[0]["address"] == {"city": "São Paulo", "state": "SP", "country": "BR"}
        assert await session.scalar(count) == 3

        statuses = []
        while (message := await channel.get_message(timeout=1)) is not None:
            if message["type"] == "message" and "crm.import_progressed" in message["data"]:
                statuses.append(message["data"])
        await channel.aclose()
        assert statuses and '"finished"' in statuses[-1]

    async def test_mapping_is_checked_and_a_started_import_does_not_start_twice(
            self, api, admin, eager):
        crm = api(admin)
        job = await upload(crm, COMPANIES, "company")
        bad = await crm.call("POST", f"/imports/{job['id']}/start", 422, json={"mapping": {
            "Nope": "legal_name", "CNPJ": "salary", "Site": "cnpj"}})
        assert {e["field"] for e in bad.json()["errors"]} == {
            "mapping.Nope", "mapping.CNPJ", "mapping"}
        mapping = {"Razão Social": "legal_name"}
        await crm.call("POST", f"/imports/{job['id']}/start", 202, json={"mapping": mapping})
        await crm.call("POST", f"/imports/{job['id']}/start", 409, json={"mapping": mapping})

    async def test_not_a_csv_is_415(self, api, admin):
        crm = api(admin)
        pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
        r = await crm.call("POST", "/imports", 415, data={"entity": "company"},
                           files={"file": ("lista.pdf", pdf, "application/pdf")})
        assert r.json()["errors"][0]["field"] == "file"


class TestContactsImport:
    async def test_dedup_by_email_in_any_case_and_by_phone(self, api, admin, comercial, eager):
        crm = api(admin)
        alfa = await crm.company("Alfa Filmes", cnpj=CNPJ_A)
        await crm.contact("Zeca", phones=[{"number": "(21) 99876-5432"}])
        job = await upload(crm, CONTACTS, "contact")
        mapping = job["suggested_mapping"]
        assert mapping == {"Nome": "name", "E-mail": "email", "Celular": "phone",
                           "Empresa": "company", "CNPJ da empresa": "company_cnpj"}
        await crm.call("POST", f"/imports/{job['id']}/start", 202, json={"mapping": mapping})
        await settle()
        rows = (await crm.call("GET", f"/imports/{job['id']}/rows", 200)).json()["items"]
        assert report(rows) == [
            (1, "created", []),
            (2, "skipped", ["email", "name", "row"]),
            (3, "updated", ["phone", "name"]),
            (4, "rejected", ["emails.0.address"]),
            (5, "created", []),
            (6, "created", []),
            (7, "rejected", ["row"]),
        ]
        assert "different records" in rows[6]["messages"][0]["message"]
        ana = (await crm.call("GET", "/contacts", 200, params={"q": "ana@alfa"})).json()
        [ana] = ana["items"]
        assert ana["company_id"] == alfa["id"] and ana["lead_source"] == "import"
        assert [e["address"] for e in ana["emails"]] == ["ana@alfa.com.br",
                                                         "bruno@alfa.com.br"]
        nova = (await crm.call("GET", "/companies", 200, params={"q": "nova produtora"})
                ).json()["items"]
        assert len(nova) == 1  # two rows, one new company
        dani = (await crm.call("GET", "/contacts", 200, params={"q": "dani"})).json()["items"]
        assert dani[0]["company_id"] == nova[0]["id"]

    async def test_a_comercial_cannot_touch_anothers_records(self, api, admin, comercial,
                                                             eager):
        await api(admin).contact("Ana", emails=[{"address": "ana@alfa.com.br"}])
        mine = api(comercial)
        job = await upload(mine, b"Nome,E-mail\nAna,ana@alfa.com.br\nNova,nova@x.com\n",
                           "contact")
        await mine.call("POST", f"/imports/{job['id']}/start", 202,
                        json={"mapping": {"Nome": "name", "E-mail": "email"}})
        await settle()
        rows = (await mine.call("GET", f"/imports/{job['id']}/rows", 200)).json()["items"]
        assert [(r["action"], r["messages"][0]["message"] if r["messages"] else "")
                for r in rows][0][0] == "rejected"
        assert "another owner" in rows[0]["messages"][0]["message"]
        assert rows[1]["action"] == "created"
        await api(admin).call("GET", f"/imports/{job['id']}", 200)
        other = await upload(api(admin), b"Nome\nX\n", "contact")
        await mine.call("GET", f"/imports/{other['id']}", 404)


class TestExport:
    async def test_csv_and_xlsx_of_a_filtered_list_and_a_saved_view(self, api, admin):
        import io

        from openpyxl import load_workbook

        crm = api(admin)
        await crm.company("Alfa", cnpj=CNPJ_A, industry="Varejo")
        await crm.company("Beta", industry="Indústria")
        r = await crm.call("GET", "/companies/export", 200, params={
            "industry": "varejo", "columns": ["legal_name", "cnpj"]})
        assert r.headers["content-disposition"].startswith('attachment; filename="crm-companies-')
        text = r.content.decode("utf-8-sig")
        assert text == "legal_name;cnpj\r\nAlfa;11222333000181\r\n"
        view = await crm.create("views", entity="company", name="Indústria",
                                filters={"industry": "Indústria"}, columns=["legal_name"])
        x = await crm.call("GET", "/companies/export", 200,
                           params={"format": "xlsx", "view_id": view["id"]})
        sheet = load_workbook(io.BytesIO(x.content)).active
        assert [[c.value for c in row] for row in sheet.iter_rows()] == [["legal_name"],
                                                                         ["Beta"]]
        assert isinstance(x, httpx.Response)
