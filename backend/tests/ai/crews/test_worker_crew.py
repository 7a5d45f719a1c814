"""The whole path, each part in its own process: a run started by another process, its
crew run by a real Celery worker against the scripted model, progress and the approval
request arriving over /ws, the approval given through the API, the worker resuming the
run and the send recorded in the sandbox outbox for the lead."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select

from app.ai.runs.models import AgentRun, RunStatus
from app.core.db import get_sessionmaker
from app.identity.roles import Role
from app.integrations.models import OutboundMessage
from tests.ai.crews.conftest import LEAD, LEAD_NUMBER
from tests.ai.crews.scripted_model import ScriptedModel, ai_env
from tests.ai.crews.steps import DRAFT, HAPPY_PATH
from tests.core.conftest import run_script
from tests.core.test_realtime import connected, next_event, server
from tests.core.test_worker import Worker, eventually, prefix

__all__ = ["prefix", "server"]

START_RUN = """
import asyncio, uuid
from app.ai.runs import service as runs
from app.ai.types import Trigger
from app.core.db import unit_of_work
from app.core.events import relay
from app.core.model_registry import import_all_models

async def main():
    import_all_models()
    async with unit_of_work() as session:
        run = await runs.start_run(session, organization_id=uuid.UUID("%s"),
                                   agent="sdr_whatsapp", crew="outreach_draft",
                                   input={"lead": %r}, trigger=Trigger.system())
    await relay.drain()
    print(run.id)

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def crew_env(model: ScriptedModel, prefix: str) -> Iterator[None]:
    """What the API server and the worker inherit: the scripted model, the worker's queues."""
    with pytest.MonkeyPatch.context() as mp:
        for name, value in {**ai_env(model), "WORKER__KEY_PREFIX": prefix}.items():
            mp.setenv(name, value)
        yield


@pytest.fixture(scope="module")
def api(crew_env, server) -> str:
    return server.removeprefix("ws://").removesuffix("/ws")


@pytest.fixture(scope="module")
def crew_worker(crew_env, prefix) -> Iterator[Worker]:
    worker = Worker(prefix, "crew")
    yield worker
    worker.stop()


async def load(run_id: uuid.UUID) -> AgentRun:
    async with get_sessionmaker()() as session:
        return await session.get(AgentRun, run_id)


async def events_until(ws, name: str, seen: list[dict]) -> dict:
    while True:
        message = await next_event(ws, within=90)
        seen.append(message)
        if message["name"] == name:
            return message


async def test_a_crew_in_a_worker_pauses_for_approval_and_resumes_after_it(
        api, server, crew_worker, model, org, make_member):
    model.script(*HAPPY_PATH)
    admin = await make_member(org, Role.admin)
    seen: list[dict] = []
    async with await connected(server, admin.access_token) as ws:
        started = await asyncio.to_thread(run_script, START_RUN % (org.id, LEAD))
        assert started.returncode == 0, started.stderr
        run_id = started.stdout.strip().splitlines()[-1]

        requested = await events_until(ws, "ai.approval_requested", seen)

    progressed = [m["data"] for m in seen if m["name"] == "ai.agent_run_progressed"]
    assert progressed[0]["status"] == "running" and progressed[0]["run_id"] == run_id
    assert any(p["progress"].get("steps") for p in progressed)
    assert requested["data"]["run_id"] == run_id
    run = await load(uuid.UUID(run_id))
    assert run.status == RunStatus.awaiting_approval  # the task ended; nothing blocks
    assert run.celery_task_id

    async with httpx.AsyncClient(base_url=f"http://{api}", headers=admin.headers) as http:
        pending = (await http.get("/api/v1/agents/approvals")).json()["items"]
        assert [a["payload"]["text"] for a in pending] == [DRAFT]
        r = await http.post(f"/api/v1/agents/approvals/{pending[0]['id']}/approve", json={})
        assert r.status_code == 200, r.text

        async def finished() -> bool:
            return (await load(uuid.UUID(run_id))).status == RunStatus.succeeded

        await eventually(finished, 60, "the worker to resume the run", crew_worker)
        task = (await http.get(f"/api/v1/agents/tasks/{run_id}")).json()
    assert task["status"] == "succeeded" and task["result"]["delivery"]["status"] == "sandboxed"
    async with get_sessionmaker()() as session:
        [sent] = (await session.scalars(select(OutboundMessage).where(
            OutboundMessage.organization_id == org.id))).all()
    assert sent.recipient == LEAD_NUMBER and sent.sandbox
