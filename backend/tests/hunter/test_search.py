"""Search sessions end to end on real services: the API queues an agent run, the runner
(eager, in this process) runs the prospecting crew, sources answer, dedup, enrichment and
the Qualificador run, leads land with breakdowns, reasons and provenance."""

from __future__ import annotations

import httpx
import pytest
import respx
from sqlalchemy import func, select

from app.ai.models import LLMCall
from app.config import get_settings
from app.core.db import get_sessionmaker
from app.core.events.models import OutboxEvent
from app.modules.hunter import demo_directory
from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.sources.base import in_profile
from tests.hunter.conftest import AGENCIES_SP, run_of, settle

DIRECTORY = [{"type": "directory"}]


def demo_in_profile(criteria: dict) -> list:
    icp = IcpCriteria.model_validate(criteria)
    return [c for c in demo_directory.entries() if in_profile(c, icp)]


class TestDemoDirectorySearch:
    async def test_leads_come_scored_with_breakdowns_reasons_and_provenance(
            self, api, diretor, client):
        crm = api(diretor)
        icp = await crm.icp(threshold=90)  # a lead of the wrong size scores 85
        started = (await crm.call("POST", "/search", 202, json={
            "icp_id": icp["id"], "sources": DIRECTORY, "limit": 30})).json()
        assert started["status"] == "queued"
        await settle()

        search = (await crm.call("GET", f"/searches/{started['search_id']}", 200)).json()
        assert (search["status"], search["found"], search["scored"]) == ("finished", 30, 30), \
            search["error"]
        assert (search["icp_id"], search["icp_version"]) == (icp["id"], 1)
        assert 0 < search["qualified"] < 30
        assert search["report"] == [{"source": "directory", "found": 30, "cost_usd": "0",
                                     "sandboxed": False, "error": None}]
        task = (await client.get(f"/api/v1/agents/tasks/{started['task_id']}",
                                 headers=diretor.headers)).json()
        assert task["status"] == "succeeded"
        run = await run_of(started["task_id"])
        assert (run.agent, run.crew) == ("qualificador", "prospecting")
        assert run.progress["leads_found"] == 30 and run.progress["qualified"] == \
            search["qualified"]

        leads = await crm.leads(search_id=search["id"])
        assert len(leads) == 30
        assert [lead["score"] for lead in leads] == sorted((lead["score"] for lead in leads),
                                                           reverse=True)
        assert {lead["state"] for lead in leads} == {"SP"}
        best, worst = leads[0], leads[-1]
        assert best["qualified"] and best["tier"] == "hot" and best["score"] >= 90
        assert not worst["qualified"]
        assert {i["criterion"] for i in best["breakdown"]} >= {"industry", "size", "location"}
        assert best["reason"].startswith(f"Pontuação {best['score']}.")
        assert (best["reason_prompt"], best["reason_offline"]) == ("hunter.score_reason@1",
                                                                   True)
        assert best["demo"] and best["legal_basis"] == "legitimate_interest"
        assert best["provenance"]["cnpj"]["source"] == "directory:demo"
        assert best["owner_id"] == str(diretor.user_id)
        async with get_sessionmaker()() as session:
            calls = await session.scalar(select(func.count()).select_from(LLMCall).where(
                LLMCall.run_id == run.id, LLMCall.prompt_id == "hunter.score_reason",
                LLMCall.prompt_version == 1))
        assert calls == 30
        assert search["cost_usd"] == "0.000000" and search["cost_per_qualified_usd"] == \
            "0.000000"
        async with get_sessionmaker()() as session:  # one announcement per stored batch
            progressed = list((await session.scalars(select(OutboxEvent.payload).where(
                OutboxEvent.organization_id == diretor.organization_id,
                OutboxEvent.name == "hunter.search_progressed"))).all())
        assert [(p["scored"], p["qualified"]) for p in progressed] == [
            (30, search["qualified"])]

    async def test_known_leads_and_crm_companies_are_set_aside(self, api, diretor, client):
        crm = api(diretor)
        pool = demo_in_profile(AGENCIES_SP)
        first = await crm.search(criteria=AGENCIES_SP, sources=DIRECTORY, limit=10)
        assert first["scored"] == 10
        customer = pool[12]
        r = await client.post("/api/v1/crm/companies", headers=diretor.headers, json={
            "legal_name": "Cliente já na base", "cnpj": customer.cnpj})
        assert r.status_code == 201, r.text

        second = await crm.search(criteria=AGENCIES_SP, sources=DIRECTORY, limit=20)
        assert (second["found"], second["duplicates"], second["in_crm"], second["scored"]) \
            == (20, 10, 1, 9)
        names = {lead["cnpj"] for lead in await crm.leads(search_id=second["id"])}
        assert customer.cnpj not in names
        assert names == {c.cnpj for c in pool[10:20]} - {customer.cnpj}


PAGE = """<html><head><title>Agência Aurora | Filmes e campanhas</title>
<meta name="description" content="Publicidade e campanhas para marcas em São Paulo.">
<script>var x = "ignore@me.com";</script></head>
<body><h1>Agência Aurora</h1><p>Fale conosco: (11) 98765-4321 · CNPJ 11.222.333/0001-81</p>
<a href="mailto:contato@aurora.example?subject=Oi">e-mail</a>
<a href="https://www.instagram.com/aurora">Instagram</a>
<a href="https://www.linkedin.com/company/agencia-aurora/">LinkedIn</a></body></html>"""
BRASILAPI = {"cnpj": "11222333000181", "razao_social": "AURORA PUBLICIDADE LTDA",
             "nome_fantasia": "", "cnae_fiscal": 7311400,
             "cnae_fiscal_descricao": "Agências de publicidade", "porte": "DEMAIS",
             "municipio": "SAO PAULO", "uf": "SP", "cep": "01310100",
             "ddd_telefone_1": "1133334444", "email": None,
             "descricao_situacao_cadastral": "ATIVA"}


class TestOutsideSources:
    @pytest.fixture
    def web(self, monkeypatch, clean_breakers):
        monkeypatch.setattr(get_settings().integrations, "web_fetch_allow_private", True)
        with respx.mock(assert_all_called=False) as router:
            yield router

    async def test_a_site_is_read_and_its_cnpj_completes_the_lead(self, api, diretor, web):
        web.get("https://aurora.example/").mock(return_value=httpx.Response(
            200, text=PAGE, headers={"content-type": "text/html; charset=utf-8"}))
        web.get("https://gone.example/").mock(return_value=httpx.Response(404))
        cnpj = web.get("http://cnpj.test/cnpj/v1/11222333000181").mock(
            return_value=httpx.Response(200, json=BRASILAPI))
        crm = api(diretor)
        search = await crm.search(
            criteria={**AGENCIES_SP, "cnae_codes": ["7311"], "sizes": ["medium"]},
            sources=[{"type": "web", "urls": ["https://aurora.example/",
                                              "https://gone.example/"]}])
        assert search["status"] == "finished" and search["scored"] == 1
        assert "https://gone.example/: the site answered HTTP 404" in search["report"][0]["error"]
        [lead] = await crm.leads(search_id=search["id"])
        assert lead["name"] == "Agência Aurora" and lead["domain"] == "aurora.example"
        assert lead["emails"] == ["contato@aurora.example"]
        assert lead["phones"] == ["+5511987654321"]
        assert lead["linkedin_url"] == "https://www.linkedin.com/company/agencia-aurora/"
        assert lead["social_links"] == ["https://www.instagram.com/aurora"]
        assert (lead["cnpj"], lead["cnae"], lead["state"]) == ("11222333000181", "7311400", "SP")
        assert lead["legal_name"] == "AURORA PUBLICIDADE LTDA" and lead["size"] == "medium"
        assert lead["provenance"]["emails"]["source"] == "web"
        assert lead["provenance"]["cnae"]["source"] == "cnpj_data"
        assert "phones" not in lead["provenance"] or \
            lead["provenance"]["phones"]["source"] == "web"
        assert lead["qualified"] and cnpj.call_count == 1

    async def test_a_private_address_is_never_read(self, api, diretor, monkeypatch):
        monkeypatch.setattr(get_settings().integrations, "web_fetch_allow_private", False)
        search = await api(diretor).search(criteria=AGENCIES_SP, sources=[
            {"type": "web", "urls": ["http://127.0.0.1:5432/", "http://localhost/admin"]}])
        assert search["scored"] == 0
        error = search["report"][0]["error"]
        assert "127.0.0.1 is not a public address" in error
        assert "localhost is not a public address" in error

    async def test_serpapi_without_a_key_records_the_request_in_the_sandbox(
            self, api, diretor, admin, client):
        search = await api(diretor).search(criteria=AGENCIES_SP, sources=[
            {"type": "serpapi", "query": "agência de publicidade", "location": "São Paulo"}])
        assert search["report"] == [{"source": "serpapi:google_maps", "found": 0,
                                     "cost_usd": "0", "sandboxed": True, "error": None}]
        sandbox = (await client.get("/api/v1/integrations/sandbox", headers=admin.headers,
                                    params={"service": "serpapi"})).json()["items"]
        assert len(sandbox) == 1
        url = sandbox[0]["request"]["url"]
        assert url.startswith("https://serpapi.com/search.json?engine=google_maps")
        assert "api_key=%2A%2A%2A" in url and sandbox[0]["context"]["search_id"] == search["id"]

    async def test_serpapi_places_become_leads_and_their_cost_is_counted(
            self, api, diretor, web, monkeypatch):
        monkeypatch.setattr(get_settings().integrations, "serpapi_api_key", "serp-key-1")
        maps = web.get("https://serpapi.com/search.json").mock(return_value=httpx.Response(
            200, json={"search_metadata": {"status": "Success"}, "local_results": [
                {"position": 1, "title": "Maré Publicidade", "type": "Agência de publicidade",
                 "address": "Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100",
                 "phone": "(11) 3222-1111", "website": "https://mare.example/",
                 "description": "Campanhas para marcas"},
                {"position": 2, "type": "sem título"}]}))
        search = await api(diretor).search(criteria=AGENCIES_SP, enrich_cnpj=False, sources=[
            {"type": "serpapi", "query": "agência de publicidade"}])
        sent = maps.calls.last.request.url.params
        assert (sent["engine"], sent["q"], sent["api_key"]) == (
            "google_maps", "agência de publicidade", "serp-key-1")
        assert search["report"][0]["found"] == 1 and search["report"][0]["cost_usd"] == "0.015"
        [lead] = await api(diretor).leads(search_id=search["id"])
        assert (lead["name"], lead["city"], lead["state"]) == ("Maré Publicidade", "São Paulo",
                                                              "SP")
        assert lead["phones"] == ["+551132221111"] and lead["domain"] == "mare.example"
        assert search["cost_usd"] == "0.015000"


class TestEndedRuns:
    # the task goes to a broker no worker reads (the app was configured eager earlier)
    @pytest.mark.filterwarnings("ignore::celery.exceptions.AlwaysEagerIgnored")
    async def test_a_search_cancelled_before_it_ran_says_so(self, api, diretor, admin, client,
                                                            monkeypatch):
        monkeypatch.setattr(get_settings().worker, "eager", False)  # no worker takes it
        started = (await api(diretor).call("POST", "/search", 202, json={
            "criteria": AGENCIES_SP, "sources": DIRECTORY})).json()
        r = await client.post(f"/api/v1/agents/runs/{started['task_id']}/cancel",
                              headers=admin.headers)
        assert r.status_code == 200 and r.json()["status"] == "cancelled"
        await settle()
        search = (await api(diretor).call("GET", f"/searches/{started['search_id']}",
                                          200)).json()
        assert (search["status"], search["error"]) == ("cancelled",
                                                       "the agent run ended cancelled")
        assert search["finished_at"] is not None and search["scored"] == 0
