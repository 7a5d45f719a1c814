"""Crew fixtures: the scripted model, the router pointed at it, and a lead to reach."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from app.ai.runs import service as runs
from app.ai.types import Trigger
from app.config import get_settings
from app.core.db import get_sessionmaker
from tests.ai.crews.scripted_model import ScriptedModel, ai_env, serve

LEAD = {"name": "Ana Souza", "company": "Agencia Horizonte", "phone": "+55 11 98765-4321",
        "email": "ana@horizonte.example"}
LEAD_NUMBER = "5511987654321"


@pytest.fixture(scope="module")
def model() -> Iterator[ScriptedModel]:
    with serve(ScriptedModel()) as scripted:
        yield scripted


@pytest.fixture
def scripted_router(model: ScriptedModel, monkeypatch) -> ScriptedModel:
    """In-process router calls go to the scripted model (the worker gets `ai_env`)."""
    settings = get_settings().ai
    for name, value in ai_env(model).items():
        field = name.removeprefix("AI__").lower()
        monkeypatch.setattr(settings, field, int(value) if field == "max_retries" else value)
    model.status, model.delay = 200, 0.0
    return model


async def queued_run(organization_id: uuid.UUID, **extra) -> uuid.UUID:
    """A committed run, not handed to the relay: the test runs it itself."""
    async with get_sessionmaker()() as session:
        run = await runs.start_run(session, organization_id=organization_id,
                                   agent="sdr_whatsapp", crew="outreach_draft",
                                   input={"lead": LEAD, **extra}, trigger=Trigger.system())
        await session.commit()
        return run.id


@pytest.fixture
def eager(monkeypatch) -> None:
    """Tasks enqueued after a commit run in this process (no worker needed here)."""
    monkeypatch.setattr(get_settings().worker, "eager", True)
