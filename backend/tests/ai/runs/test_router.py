"""The runs, tasks and sandbox API: filters and pages, the ledger summary, organization
scoping, state rules, and runs that start only when their transaction commits."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.ai.crews import runner
from app.ai.runs import service as runs
from app.ai.runs.models import AgentRun
from app.ai.types import Trigger
from app.core.db import get_sessionmaker, unit_of_work
from app.core.errors import ValidationFailed
from app.core.events.models import OutboxEvent
from tests.ai.crews.conftest import queued_run
from tests.ai.crews.steps import HAPPY_PATH


class TestRuns:
    async def test_list_filters_pages_and_shows_the_model_calls_of_a_run(
            self, scripted_router, org, admin, client):
        scripted_router.script(*HAPPY_PATH)
        paused = await queued_run(org.id)
        await runner.run(paused)
        queued = [await queued_run(org.id) for _ in range(2)]

        r = await client.get("/api/v1/agents/runs", params={"status": "queued", "limit": 1},
                             headers=admin.headers)
        first = r.json()
        assert [i["id"] for i in first["items"]] == [str(queued[1])]
        r = await client.get("/api/v1/agents/runs", headers=admin.headers,
                             params={"status": "queued", "cursor": first["next_cursor"]})
        assert [i["id"] for i in r.json()["items"]] == [str(queued[0])]
        r = await client.get("/api/v1/agents/runs", params={"agent": "outro"},
                             headers=admin.headers)
        assert r.json()["items"] == []

        detail = (await client.get(f"/api/v1/agents/runs/{paused}",
                                   headers=admin.headers)).json()
        assert detail["status"] == "awaiting_approval"
        assert detail["llm_calls"]["calls"] == len(HAPPY_PATH)
        assert detail["llm_calls"]["input_tokens"] == 12 * len(HAPPY_PATH)

    async def test_another_organizations_run_is_not_found(self, org, make_org, admin, client):
        other = await queued_run((await make_org("Outra")).id)
        for method, path in (("GET", f"/api/v1/agents/runs/{other}"),
                             ("GET", f"/api/v1/agents/tasks/{other}"),
                             ("POST", f"/api/v1/agents/runs/{other}/cancel"),
                             ("POST", f"/api/v1/agents/runs/{other}/retry")):
            r = await client.request(method, path, headers=admin.headers)
            assert r.status_code == 404, (path, r.text)

    async def test_a_run_that_did_not_fail_cannot_be_retried(self, org, admin, client):
        run_id = await queued_run(org.id)
        r = await client.post(f"/api/v1/agents/runs/{run_id}/retry", headers=admin.headers)
        assert r.status_code == 409
        await client.post(f"/api/v1/agents/runs/{run_id}/cancel", headers=admin.headers)
        again = await client.post(f"/api/v1/agents/runs/{run_id}/cancel",
                                  headers=admin.headers)
        assert again.status_code == 409

    async def test_a_run_started_in_a_rolled_back_transaction_never_starts(self, org):
        with pytest.raises(RuntimeError):
            async with unit_of_work() as session:
                await runs.start_run(session, organization_id=org.id, agent="sdr_whatsapp",
                                     crew="outreach_draft", input={}, trigger=Trigger.system())
                raise RuntimeError("the caller failed after starting the run")

        async with get_sessionmaker()() as session:
            rows = await session.scalar(select(func.count()).select_from(AgentRun)
                                        .where(AgentRun.organization_id == org.id))
            queued = await session.scalar(select(func.count()).select_from(OutboxEvent).where(
                OutboxEvent.organization_id == org.id,
                OutboxEvent.name == "ai.agent_run_queued"))
        assert (rows, queued) == (0, 0)

    async def test_an_unknown_crew_or_the_wrong_agent_is_refused(self, org):
        async with get_sessionmaker()() as session:
            for crew, agent in (("nope", "sdr_whatsapp"), ("outreach_draft", "qualificador")):
                with pytest.raises(ValidationFailed, match="crew|agent"):
                    await runs.start_run(session, organization_id=org.id, agent=agent,
                                         crew=crew, input={}, trigger=Trigger.system())


class TestSandbox:
    async def test_sends_stay_in_the_sandbox_until_an_admin_turns_it_off(self, org, admin,
                                                                         client):
        r = await client.get("/api/v1/agents/sandbox", headers=admin.headers)
        assert r.json() == {"organization": True, "agents": {}}

        await client.put("/api/v1/agents/sandbox", json={"sandbox": False},
                         headers=admin.headers)
        r = await client.put("/api/v1/agents/sandbox",
                             json={"agent": "sdr_whatsapp", "sandbox": True},
                             headers=admin.headers)
        assert r.json() == {"organization": False, "agents": {"sdr_whatsapp": True}}

        async with get_sessionmaker()() as session:
            assert await runs.sandbox_for(session, org.id, "sdr_whatsapp") is True
            assert await runs.sandbox_for(session, org.id, "sdr_email") is False
            assert await runs.sandbox_for(session, uuid.uuid4(), "sdr_whatsapp") is True
