"""Sandbox mode: everything but the outside call, recorded exactly, listed through the API;
production refuses it for required services."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from app.config import AppEnv, Settings, get_settings
from app.core.db import get_sessionmaker
from app.identity.roles import Role
from app.integrations import service as integrations
from app.integrations.health import refuse_sandbox_in_production
from app.integrations.models import OutboundMessage, SandboxRequest
from app.integrations.router import router as integrations_router
from tests.integrations.conftest import CLOUD_TOKEN, RESEND_KEY
from tests.integrations.test_adapters import PHONE

SANDBOX = "/api/v1/integrations/sandbox"


class TestSandboxMode:
    async def test_no_credentials_records_the_exact_request_and_calls_nobody(
            self, session, org, provider, settings):
        run_id = str(uuid.uuid4())

        delivery = await integrations.send_whatsapp_text(
            session, organization_id=org.id, to=PHONE, text="Oi, Ana!",
            context={"run_id": run_id})

        assert not provider.calls
        assert (delivery.status, delivery.sandbox, delivery.provider) == (
            "sandboxed", True, "evolution")
        message = await session.get(OutboundMessage, delivery.id)
        recorded = await session.get(SandboxRequest, message.sandbox_request_id)
        assert (recorded.service, recorded.operation, recorded.context) == (
            "evolution", "send_text", {"run_id": run_id})
        assert recorded.request == {
            "method": "POST", "url": "http://evolution.sandbox/message/sendText/sandbox",
            "headers": {"apikey": "***"}, "json": {"number": PHONE, "text": "Oi, Ana!"}}

    async def test_the_callers_sandbox_wins_over_credentials_and_masks_secrets(
            self, session, org, provider, configured):
        delivery = await integrations.send_whatsapp_template(
            session, organization_id=org.id, to=PHONE, template="primeiro_contato",
            sandbox=True)
        mail = await integrations.send_email(session, organization_id=org.id,
                                             to="ana@agencia.test", subject="Oi", text="Oi",
                                             sandbox=True)

        assert not provider.calls
        assert (delivery.status, mail.status) == ("sandboxed", "sandboxed")
        rows = (await session.scalars(select(SandboxRequest).where(
            SandboxRequest.organization_id == org.id))).all()
        assert sorted(r.service for r in rows) == ["resend", "whatsapp_cloud"]
        recorded = str([r.request for r in rows])
        assert CLOUD_TOKEN not in recorded and RESEND_KEY not in recorded
        assert "Bearer ***" not in recorded and recorded.count("'***'") == 2


async def _sandboxed(org, count: int, service_text: str = "Oi") -> None:
    async with get_sessionmaker()() as session:
        for i in range(count):
            await integrations.send_whatsapp_text(session, organization_id=org.id, to=PHONE,
                                                  text=f"{service_text} {i}")
        await integrations.send_email(session, organization_id=org.id, to="ana@agencia.test",
                                      subject="Oi", text="Oi")
        await session.commit()


class TestSandboxList:
    async def test_pages_newest_first_with_filters(self, client, org, make_member, settings):
        diretor = await make_member(org, Role.diretor)
        await _sandboxed(org, 3)

        first = (await client.get(SANDBOX, params={"limit": 2, "service": "evolution"},
                                  headers=diretor.headers)).json()
        second = (await client.get(SANDBOX, params={"limit": 2, "service": "evolution",
                                                    "cursor": first["next_cursor"]},
                                   headers=diretor.headers)).json()
        mail = (await client.get(SANDBOX, params={"service": "resend"},
                                 headers=diretor.headers)).json()

        texts = [i["request"]["json"]["text"] for i in first["items"] + second["items"]]
        assert texts == ["Oi 2", "Oi 1", "Oi 0"] and second["next_cursor"] is None
        assert [i["operation"] for i in mail["items"]] == ["send_email"]

    async def test_another_organizations_requests_are_not_listed(
            self, client, org, make_org, make_member, settings):
        await _sandboxed(org, 1)
        other = await make_member(await make_org(), Role.admin)

        r = await client.get(SANDBOX, headers=other.headers)

        assert r.status_code == 200 and r.json()["items"] == []


class TestProductionRefusesSandbox:
    def test_a_required_service_without_credentials_stops_the_start(self):
        settings = Settings(app_env="production", integrations={"required": "evolution,resend",
                                                                "resend_api_key": "re_x"},
                            seed_demo=False, qdrant_url="http://qdrant:6333",
                            auth={"secret_key": "x" * 40}, storage={"secret_key": "s" * 20})

        with pytest.raises(RuntimeError, match=r"sandbox mode\): \['evolution'\]"):
            refuse_sandbox_in_production(settings)

    async def test_the_check_runs_when_an_app_with_these_routes_starts(self, monkeypatch):
        monkeypatch.setattr(get_settings(), "app_env", AppEnv.production)
        monkeypatch.setattr(get_settings().integrations, "required", "resend")
        monkeypatch.setattr(get_settings().integrations, "resend_api_key", "")
        app = FastAPI()
        app.include_router(integrations_router)

        with pytest.raises(RuntimeError, match="resend"):
            async with app.router.lifespan_context(app):
                pass

    @pytest.mark.parametrize("process", ["worker", "beat"])
    def test_workers_and_beat_refuse_too(self, process, tmp_path):
        env = {**os.environ, "APP_ENV": "production", "SEED_DEMO": "false",
               "QDRANT_URL": "http://qdrant:6333", "AUTH__SECRET_KEY": "x" * 40,
               "STORAGE__SECRET_KEY": "s" * 20, "INTEGRATIONS__REQUIRED": "evolution",
               "INTEGRATIONS__EVOLUTION_BASE_URL": ""}
        options = (["--pool", "solo"] if process == "worker"
                   else ["--schedule", str(tmp_path / "beat-schedule")])
        started = subprocess.run(
            [sys.executable, "-m", "celery", "-A", "app.worker.celery_app", process, *options],
            env=env, capture_output=True, text=True, timeout=60)

        assert started.returncode != 0
        assert "sandbox mode): ['evolution']" in started.stderr

    def test_production_with_credentials_and_other_environments_start(self):
        refuse_sandbox_in_production(Settings(integrations={"required": "evolution"}))
        refuse_sandbox_in_production(Settings(
            app_env="production", seed_demo=False, qdrant_url="http://qdrant:6333",
            auth={"secret_key": "x" * 40}, storage={"secret_key": "s" * 20},
            integrations={"required": "resend", "resend_api_key": "re_x"}))
