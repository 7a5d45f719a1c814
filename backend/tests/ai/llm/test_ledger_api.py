"""The ledger, usage, settings and prompts over HTTP, scoped to the caller's organization."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import select

from app.ai.router import complete
from app.ai.schemas import LLMCallDetail, UsageRow
from app.ai.types import LLMRequest, Message, TaskKind
from app.core.audit.models import AuditEntry
from app.core.db import get_sessionmaker
from app.identity.roles import Role
from tests.ai.llm.conftest import openai_reply


def request(org_id: uuid.UUID, agent: str, text: str, run_id: uuid.UUID | None = None
            ) -> LLMRequest:
    return LLMRequest(organization_id=org_id, agent=agent, task=TaskKind.summary,
                      messages=[Message("user", text)], run_id=run_id,
                      facts={"text": text})


class TestCalls:
    async def test_list_filter_page_and_inspect(self, client, org, admin, ai):
        run = uuid.uuid4()  # also makes each prompt new to the cache, which outlives runs
        for i in range(3):
            await complete(request(org.id, "news_curator", f"Notícia {i}. {run}", run))
        await complete(request(org.id, "report_generator", f"Relatório. {run}"))

        r = await client.get("/api/v1/agents/calls", headers=admin.headers,
                             params={"run_id": str(run), "limit": 2})
        assert r.status_code == 200
        first = r.json()
        assert len(first["items"]) == 2 and first["next_cursor"]
        r = await client.get("/api/v1/agents/calls", headers=admin.headers,
                             params={"run_id": str(run), "cursor": first["next_cursor"]})
        ids = [c["id"] for c in first["items"] + r.json()["items"]]
        assert len(set(ids)) == 3 and r.json()["next_cursor"] is None

        r = await client.get("/api/v1/agents/calls", headers=admin.headers,
                             params={"agent": "report_generator"})
        [call] = r.json()["items"]
        r = await client.get(f"/api/v1/agents/calls/{call['id']}", headers=admin.headers)
        detail = LLMCallDetail.model_validate(r.json())
        assert (detail.provider, detail.model, detail.status) == ("offline", "offline-v1", "ok")
        assert "Relatório." in detail.input and detail.output.startswith("Relatório.")

    async def test_secrets_in_prompts_are_redacted_in_the_ledger(self, client, org, admin, ai):
        text = "Use a chave sk-proj-abcdefghijklmnopqrstuv e Bearer eyJhbGciOi.x.y senha=hunter2"
        completion = await complete(request(org.id, "news_curator", text))
        r = await client.get(f"/api/v1/agents/calls/{completion.call_id}", headers=admin.headers)
        stored = r.json()["input"] + r.json()["output"]
        assert "abcdefghijklmnop" not in stored and "hunter2" not in stored
        assert "eyJhbGciOi" not in stored and "[redacted" in stored

    async def test_another_organizations_call_is_not_found(self, client, make_org, admin, ai):
        other = await make_org()
        completion = await complete(request(other.id, "news_curator", "Segredo deles."))
        r = await client.get(f"/api/v1/agents/calls/{completion.call_id}",
                             headers=admin.headers)
        assert r.status_code == 404
        r = await client.get("/api/v1/agents/calls", headers=admin.headers)
        assert str(completion.call_id) not in {c["id"] for c in r.json()["items"]}


class TestUsage:
    async def test_daily_totals_per_agent(self, client, org, admin, hosts, http):
        http.post(f"{hosts.openai}/chat/completions").mock(
            return_value=httpx.Response(200, json=openai_reply("ok", 100, 50)))
        tag = uuid.uuid4().hex  # the cache outlives test runs
        for i in range(2):  # report_generator: GPT-4o
            await complete(request(org.id, "report_generator", f"Dados {i} {tag}."))
        await complete(request(org.id, "report_generator", f"Dados 0 {tag}."))  # cached: 0

        r = await client.get("/api/v1/agents/usage", headers=admin.headers)

        assert r.status_code == 200
        [row] = [UsageRow.model_validate(x) for x in r.json()]
        assert (row.agent, row.calls, row.input_tokens, row.output_tokens) == (
            "report_generator", 3, 300, 150)
        assert row.cost_usd == Decimal(2 * (100 * 5 + 50 * 15)) / 1_000_000
        assert row.day == datetime.now(ZoneInfo("America/Sao_Paulo")).date()

    async def test_an_inverted_range_is_refused(self, client, admin):
        r = await client.get("/api/v1/agents/usage", headers=admin.headers,
                             params={"from": "2026-11-20", "to": "2026-11-01"})
        assert r.status_code == 422


class TestSettings:
    async def test_defaults_come_from_the_seed_table(self, client, admin):
        r = await client.get("/api/v1/agents/settings", headers=admin.headers)
        settings = {s["agent"]: s for s in r.json()}
        assert len(settings) == 15
        assert [m["display_name"] for m in settings["qualificador"]["models"]] == [
            "GPT-4o", "Claude 3.5 Sonnet", "Gemini Pro"]
        assert [m["key"] for m in settings["hunter_google"]["models"]] == [
            "gpt-4o-mini", "gemini-flash"]
        assert settings["qualificador"]["reason"] == "Scoring estruturado com precisao"
        assert not settings["qualificador"]["customized"]

    async def test_admin_changes_a_chain_and_it_is_audited(self, client, org, admin):
        r = await client.put("/api/v1/agents/settings/sdr_email", headers=admin.headers,
                             json={"models": ["gpt-4o-mini"], "daily_budget_usd": "2.5"})
        assert r.status_code == 200, r.text
        assert [m["key"] for m in r.json()["models"]] == ["gpt-4o-mini"]
        r = await client.get("/api/v1/agents/settings", headers=admin.headers)
        [saved] = [s for s in r.json() if s["agent"] == "sdr_email"]
        assert saved["customized"] and saved["daily_budget_usd"] == "2.5000"
        async with get_sessionmaker()() as session:
            entry = (await session.scalars(select(AuditEntry).where(
                AuditEntry.organization_id == org.id,
                AuditEntry.action == "ai.agent_setting.updated"))).one()
        assert entry.after["models"] == ["gpt-4o-mini"]

    async def test_unknown_models_and_agents_are_refused(self, client, admin):
        r = await client.put("/api/v1/agents/settings/sdr_email", headers=admin.headers,
                             json={"models": ["gpt-9"]})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "models"
        r = await client.put("/api/v1/agents/settings/nobody", headers=admin.headers,
                             json={"models": ["gpt-4o"]})
        assert r.status_code == 404

    async def test_a_director_reads_but_cannot_change(self, client, org, make_member):
        director = await make_member(org, Role.diretor)
        assert (await client.get("/api/v1/agents/settings",
                                 headers=director.headers)).status_code == 200
        r = await client.put("/api/v1/agents/settings/sdr_email", headers=director.headers,
                             json={"models": ["gpt-4o"]})
        assert r.status_code == 403


class TestPrompts:
    async def test_the_registry_is_listed_with_versions_and_variables(self, client, admin):
        r = await client.get("/api/v1/agents/prompts", headers=admin.headers)
        [prompt] = [p for p in r.json() if p["id"] == "sdr.first_message"]
        assert prompt["version"] == 1 and "lead_name" in prompt["variables"]
