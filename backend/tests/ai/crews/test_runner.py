"""The runner in-process, against the scripted model: a run pauses for approval and
resumes through the API; cancellation, the time limit and a provider outage end it with
the right status."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from app.ai.crews import runner
from app.ai.runs.models import AgentRun, Approval, RunStatus
from app.config import get_settings
from app.core.db import get_sessionmaker
from app.core.events.models import OutboxEvent
from app.identity.roles import Role
from app.integrations.models import OutboundMessage
from tests.ai.crews.conftest import LEAD_NUMBER, queued_run
from tests.ai.crews.scripted_model import ScriptedModel, serve
from tests.ai.crews.steps import DRAFT, HAPPY_PATH, action
from tests.core.test_worker import eventually


async def load(run_id: uuid.UUID) -> AgentRun:
    async with get_sessionmaker()() as session:
        return await session.get(AgentRun, run_id)


async def reaches(run_id: uuid.UUID, status: RunStatus) -> AgentRun:
    """The run once it has `status` (the resume task runs after the API's commit)."""
    async def check() -> bool:
        return (await load(run_id)).status == status

    await eventually(check, 20, f"the run to be {status}")
    return await load(run_id)


async def sends(organization_id: uuid.UUID) -> list[OutboundMessage]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(OutboundMessage).where(
            OutboundMessage.organization_id == organization_id))).all())


class TestApprovalPause:
    async def test_a_first_contact_waits_for_a_human_then_goes_out_in_sandbox(
            self, scripted_router, org, admin, client, eager):
        scripted_router.script(*HAPPY_PATH)
        run_id = await queued_run(org.id)

        assert await runner.run(run_id) == RunStatus.awaiting_approval

        run = await load(run_id)
        assert run.status == RunStatus.awaiting_approval and run.progress["drafted"] == 1
        assert await sends(org.id) == []  # nothing leaves before a human says so
        r = await client.get("/api/v1/agents/approvals", headers=admin.headers)
        [approval] = r.json()["items"]
        assert approval["run_id"] == str(run_id) and approval["kind"] == "first_contact"
        assert approval["payload"]["text"] == DRAFT

        edited = DRAFT + " Podemos conversar?"
        r = await client.post(f"/api/v1/agents/approvals/{approval['id']}/approve",
                              json={"payload": {"text": edited}}, headers=admin.headers)
        assert r.status_code == 200, r.text

        run = await reaches(run_id, RunStatus.succeeded)
        [sent] = await sends(org.id)
        assert sent.recipient == LEAD_NUMBER and sent.sandbox and sent.status == "sandboxed"
        assert run.result["delivery"]["status"] == "sandboxed"

    async def test_an_approved_message_no_provider_accepts_fails_the_run(
            self, scripted_router, org, admin, client, eager, monkeypatch):
        integrations = get_settings().integrations
        for name, value in {"evolution_base_url": "http://127.0.0.1:9", "max_retries": 0,
                            "evolution_api_key": "k", "evolution_instance": "somos"}.items():
            monkeypatch.setattr(integrations, name, value)  # configured, but nobody listens
        r = await client.put("/api/v1/agents/sandbox", json={"sandbox": False},
                             headers=admin.headers)
        assert r.status_code == 200, r.text
        scripted_router.script(*HAPPY_PATH)
        run_id = await queued_run(org.id)
        await runner.run(run_id)
        async with get_sessionmaker()() as session:
            approval = await session.scalar(select(Approval).where(Approval.run_id == run_id))

        r = await client.post(f"/api/v1/agents/approvals/{approval.id}/approve", json={},
                              headers=admin.headers)
        assert r.status_code == 200, r.text

        run = await reaches(run_id, RunStatus.failed)
        assert run.error.startswith("The approved message could not be sent")
        [sent] = await sends(org.id)
        assert (sent.status, sent.sandbox) == ("failed", False)

    async def test_a_rejected_draft_is_never_sent(self, scripted_router, org, admin, client,
                                                  eager):
        scripted_router.script(*HAPPY_PATH)
        run_id = await queued_run(org.id)
        await runner.run(run_id)
        async with get_sessionmaker()() as session:
            approval = await session.scalar(select(Approval).where(Approval.run_id == run_id))

        r = await client.post(f"/api/v1/agents/approvals/{approval.id}/reject",
                              json={"reason": "tom errado"}, headers=admin.headers)
        assert r.status_code == 200, r.text

        await reaches(run_id, RunStatus.cancelled)
        assert await sends(org.id) == []
        again = await client.post(f"/api/v1/agents/approvals/{approval.id}/approve",
                                  json={}, headers=admin.headers)
        assert again.status_code == 409


class TestStopping:
    async def test_cancel_stops_a_running_crew_at_its_next_step(self, scripted_router, org,
                                                                admin, client):
        scripted_router.script(*[action("lookup_lead")] * 20)
        scripted_router.delay = 0.5
        run_id = await queued_run(org.id)
        running = asyncio.create_task(runner.run(run_id))
        await reaches(run_id, RunStatus.running)

        r = await client.post(f"/api/v1/agents/runs/{run_id}/cancel", headers=admin.headers)
        assert r.status_code == 200 and r.json()["cancel_requested"] is True

        assert await asyncio.wait_for(running, 30) == RunStatus.cancelled
        assert (await load(run_id)).status == RunStatus.cancelled
        assert len(scripted_router.requests) < 20

    async def test_a_run_past_its_time_limit_ends_timed_out(self, scripted_router, org):
        scripted_router.script(*[action("lookup_lead")] * 50)
        scripted_router.delay = 0.4
        run_id = await queued_run(org.id)
        async with get_sessionmaker()() as session:
            await session.execute(update(AgentRun).where(AgentRun.id == run_id)
                                  .values(time_limit_seconds=2))
            await session.commit()

        assert await asyncio.wait_for(runner.run(run_id), 30) == RunStatus.timed_out
        run = await load(run_id)
        assert run.status == RunStatus.timed_out and run.finished_at is not None

    async def test_a_queued_run_cancelled_never_starts(self, scripted_router, org, admin,
                                                       client):
        scripted_router.script()
        run_id = await queued_run(org.id)
        r = await client.post(f"/api/v1/agents/runs/{run_id}/cancel", headers=admin.headers)
        assert r.json()["status"] == "cancelled"

        assert await runner.run(run_id) is None
        assert scripted_router.requests == []


class TestProviderOutage:
    async def test_every_model_failing_queues_the_run_for_a_manual_retry(
            self, scripted_router, org, admin, make_member, client, monkeypatch):
        await make_member(org, Role.diretor)
        run_id = await queued_run(org.id)
        with serve(ScriptedModel()) as down:  # its own endpoint: its breaker opens, not ours
            down.status = 503
            monkeypatch.setattr(get_settings().ai, "compatible_base_url", down.url)

            assert await runner.run(run_id) == RunStatus.awaiting_manual_retry
        assert "every model failed" in (await load(run_id)).error
        async with get_sessionmaker()() as session:
            notices = list((await session.scalars(select(OutboxEvent).where(
                OutboxEvent.organization_id == org.id,
                OutboxEvent.name == "ai.agent_run_needs_manual_retry"))).all())
        assert [(n.payload["user_id"], n.payload["run_id"]) for n in notices] == [
            (str(admin.user_id), str(run_id))]  # to each Admin, and only to Admins

        r = await client.post(f"/api/v1/agents/runs/{run_id}/retry", headers=admin.headers)
        assert r.status_code == 202 and r.json()["status"] == "queued"


class TestRedelivery:
    async def test_a_redelivered_task_leaves_a_live_run_alone_and_restarts_an_abandoned_one(
            self, scripted_router, org):
        scripted_router.script(*HAPPY_PATH)
        run_id = await queued_run(org.id)
        now = datetime.now(UTC)
        async with get_sessionmaker()() as session:  # as a runner that is still going
            await session.execute(update(AgentRun).where(AgentRun.id == run_id).values(
                status=RunStatus.running, attempts=1, deadline_at=now + timedelta(minutes=2)))
            await session.commit()

        assert await runner.run(run_id) is None
        assert scripted_router.requests == []

        async with get_sessionmaker()() as session:  # its worker died; the deadline passed
            await session.execute(update(AgentRun).where(AgentRun.id == run_id).values(
                deadline_at=now - timedelta(seconds=1)))
            await session.commit()

        assert await runner.run(run_id) == RunStatus.awaiting_approval
        assert (await load(run_id)).attempts == 2
