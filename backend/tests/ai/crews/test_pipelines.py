"""Crews written as code: the runner awaits them with the same claim, allow-list, progress
and statuses as CrewAI crews, and one that asks for approval waits for a human, then its
approved e-mail goes out to the run's contact."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import update

from app.ai.crews import catalog, pipelines, runner
from app.ai.crews.catalog import CrewSpec
from app.ai.crews.context import ApprovalRequest
from app.ai.runs import service as runs
from app.ai.runs.models import AgentRun, RunStatus
from app.ai.types import Trigger
from app.core.db import get_sessionmaker
from tests.ai.crews.test_runner import load, reaches, sends

LEAD = {"name": "Ana Souza", "email": "ana@agencia.example", "phone": "+5511987654321"}


@pytest.fixture
def crew(monkeypatch):
    """A `test_mail` crew of the sdr_email agent, allowed one tool, run by `steps`."""
    steps: list = []
    monkeypatch.setitem(catalog.CREWS, "test_mail",
                        CrewSpec("test_mail", "sdr_email", frozenset({"draft"}), 60))

    async def pipeline(context: pipelines.PipelineContext) -> dict:
        for step in steps:
            await step(context)
        return {"done": True}

    monkeypatch.setitem(pipelines._PIPELINES, "test_mail", pipeline)
    return steps


async def queued(organization_id: uuid.UUID) -> uuid.UUID:
    async with get_sessionmaker()() as session:
        run = await runs.start_run(session, organization_id=organization_id, agent="sdr_email",
                                   crew="test_mail", input={"lead": LEAD},
                                   trigger=Trigger.system())
        await session.commit()
        return run.id


class TestPipelines:
    async def test_an_approved_email_goes_to_the_runs_contact(self, crew, org, admin, client,
                                                              eager):
        async def draft(context):
            context.use_tool("draft")
            await context.report(drafted=1)
            context.approval = ApprovalRequest("first_contact", "Primeiro contato: Ana", {
                "channel": "email", "to": LEAD["email"], "subject": "Vídeo para a agência",
                "text": "Oi, Ana! Para não receber mais mensagens, responda SAIR."})

        crew.append(draft)
        run_id = await queued(org.id)
        assert await runner.run(run_id) == RunStatus.awaiting_approval
        run = await load(run_id)
        assert run.progress == {"drafted": 1} and run.result == {"drafted": 1, "done": True}
        assert await sends(org.id) == []

        [approval] = (await client.get("/api/v1/agents/approvals",
                                       headers=admin.headers)).json()["items"]
        r = await client.post(f"/api/v1/agents/approvals/{approval['id']}/approve",
                              json={"payload": {"subject": "Um vídeo para a agência"}},
                              headers=admin.headers)
        assert r.status_code == 200, r.text
        await reaches(run_id, RunStatus.succeeded)
        [sent] = await sends(org.id)
        assert (sent.channel, sent.recipient, sent.status) == ("email", LEAD["email"],
                                                               "sandboxed")
        assert sent.content["subject"] == "Um vídeo para a agência"

    async def test_a_step_outside_the_allow_list_fails_the_run_on_record(self, crew, org):
        async def wander(context):
            context.use_tool("send_whatsapp")

        crew.append(wander)
        run_id = await queued(org.id)
        assert await runner.run(run_id) == RunStatus.failed
        run = await load(run_id)
        assert run.refusals == [{"tool": "send_whatsapp",
                                 "reason": "tool not allowed for this agent"}]
        assert "ToolRefused" in run.error

    async def test_a_cancelled_pipeline_ends_cancelled(self, crew, org):
        async def cancel_then_check(context):
            async with get_sessionmaker()() as session:  # what POST /runs/{id}/cancel sets
                await session.execute(update(AgentRun).where(AgentRun.id == context.run.id)
                                      .values(cancel_requested=True))
                await session.commit()
            await context.checkpoint()

        crew.append(cancel_then_check)
        run_id = await queued(org.id)
        assert await runner.run(run_id) == RunStatus.cancelled
        assert (await load(run_id)).error == "cancelled on request"

