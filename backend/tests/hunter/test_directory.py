"""The organization's own company lists: a CSV in, rows kept or rejected by line, searched
instead of the demo directory when named."""

from __future__ import annotations

from tests.hunter.conftest import fields_of

CSV = ("Nome;CNPJ;Cidade;UF;Segmento;Telefone;E-mail;Funcionários\n"
       "Produtora Lume;11.222.333/0001-81;São Paulo;SP;Publicidade e campanhas;"
       "(11) 3333-4444;CONTATO@LUME.COM.BR;120\n"
       "Eventos Maré;;Santos;SP;Eventos de marcas;;;12\n"
       ";45.723.174/0001-10;Campinas;SP;Publicidade;;;\n").encode("cp1252")


class TestDirectory:
    async def test_a_list_is_kept_row_by_row_and_searched_by_name(self, api, diretor):
        crm = api(diretor)
        up = await crm.call("POST", "/directory", 201, data={"list_name": "Feira 2026"},
                            files={"file": ("feira.csv", CSV, "text/csv")})
        assert up.json()["rows"] == 2
        assert [r["row"] for r in up.json()["rejected"]] == [4]
        assert (await crm.call("GET", "/directory", 200)).json() == [
            {"list_name": "Feira 2026", "rows": 2}]
        search = await crm.search(criteria={"industries": ["publicidade"], "states": ["SP"]},
                                  sources=[{"type": "directory", "list_name": "Feira 2026"}])
        [lead] = await crm.leads(search_id=search["id"])
        assert (lead["name"], lead["cnpj"], lead["employees"]) == ("Produtora Lume",
                                                                  "11222333000181", 120)
        assert lead["emails"] == ["contato@lume.com.br"] and not lead["demo"]
        assert lead["provenance"]["cnpj"]["source"] == "directory:Feira 2026"
        await crm.call("DELETE", "/directory/Feira 2026", 204)
        assert (await crm.call("GET", "/directory", 200)).json() == []

    async def test_a_file_without_a_name_column_changes_nothing(self, api, diretor):
        crm = api(diretor)
        bad = await crm.call("POST", "/directory", 422, data={"list_name": "X"},
                             files={"file": ("x.csv", b"cnpj;cidade\n1;2\n", "text/csv")})
        assert fields_of(bad) == {"file"}
        assert (await crm.call("GET", "/directory", 200)).json() == []
