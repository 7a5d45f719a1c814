"""New notifications reach their user's phones through the Expo Push Service (in sandbox
without an access token), once per notification; devices Expo reports gone are forgotten.
Events of the AI layer become notifications for the people who must act."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
import respx
from sqlalchemy import select

from app.ai.runs.events import ApprovalRequested
from app.config import get_settings
from app.core import events
from app.core.db import get_sessionmaker, unit_of_work
from app.core.events.models import OutboxEvent
from app.identity.roles import Role
from app.integrations.models import SandboxRequest
from app.notifications import tasks
from app.notifications.models import Device
from tests.integrations.webhook_helpers import settle
from tests.notifications.conftest import notify, push_token

EXPO = "http://expo.test"
EXPO_TOKEN = "expo-access-token-123"  # noqa: S105 - a test credential


async def _device(client, member) -> str:
    token = push_token()
    r = await client.post("/api/v1/devices", json={"expo_push_token": token,
                                                   "platform": "android"},
                          headers=member.headers)
    assert r.status_code == 200, r.text
    return token


async def _pushes(organization_id: uuid.UUID) -> list[SandboxRequest]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(SandboxRequest).where(
            SandboxRequest.organization_id == organization_id,
            SandboxRequest.service == "expo_push"))).all())


async def _created_payload(notification_id: uuid.UUID) -> dict:
    async with get_sessionmaker()() as session:
        rows = (await session.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.name == "notifications.notification_created"))).all()
    return next(p for p in rows if p["id"] == str(notification_id))


@pytest.fixture
def expo(monkeypatch):
    settings = get_settings().integrations
    monkeypatch.setattr(settings, "expo_access_token", EXPO_TOKEN)
    monkeypatch.setattr(settings, "expo_push_base_url", EXPO)
    with respx.mock(assert_all_called=False) as mock:
        yield mock


class TestPush:
    async def test_without_an_access_token_the_push_is_recorded_in_the_sandbox(
            self, client, org, make_member, eager):
        campo = await make_member(org, Role.campo)
        token = await _device(client, campo)

        notification_id = await notify(campo, title="Nova tarefa", body="Gravação às 14h",
                                       data={"task_id": "t1"})
        await settle()

        [push] = await _pushes(org.id)
        [message] = push.request["json"]
        assert (message["to"], message["title"], message["body"]) == (
            token, "Nova tarefa", "Gravação às 14h")
        assert message["data"]["notification_id"] == str(notification_id)
        assert (message["data"]["kind"], message["data"]["data"]) == ("test.kind",
                                                                      {"task_id": "t1"})
        assert push.request["headers"]["Authorization"] != f"Bearer {EXPO_TOKEN}"

    async def test_a_redelivered_event_pushes_once(self, client, org, make_member, eager):
        campo = await make_member(org, Role.campo)
        await _device(client, campo)
        notification_id = await notify(campo)
        await settle()
        payload = await _created_payload(notification_id)

        await tasks.push.async_body(payload)  # the same delivery again

        assert len(await _pushes(org.id)) == 1

    async def test_devices_expo_reports_gone_are_forgotten(self, client, org, make_member,
                                                           eager, expo):
        campo = await make_member(org, Role.campo)
        gone, alive = await _device(client, campo), await _device(client, campo)
        sent = expo.post(f"{EXPO}/--/api/v2/push/send").mock(side_effect=lambda request: (
            httpx.Response(200, json={"data": [
                {"status": "error" if m["to"] == gone else "ok", "id": uuid.uuid4().hex,
                 "message": "not a registered push notification recipient",
                 "details": {"error": "DeviceNotRegistered"} if m["to"] == gone else {}}
                for m in json.loads(request.content)]})))

        await notify(campo, title="Aprovação pendente")
        await settle()

        assert sent.call_count == 1
        request = sent.calls[0].request
        assert request.headers["authorization"] == f"Bearer {EXPO_TOKEN}"
        assert {m["to"] for m in json.loads(request.content)} == {gone, alive}
        async with get_sessionmaker()() as session:
            left = (await session.scalars(select(Device.expo_push_token).where(
                Device.user_id == campo.user_id))).all()
        assert left == [alive]
        assert await _pushes(org.id) == []


class TestTestNotification:
    async def test_it_reaches_only_the_caller_and_their_phones(self, client, org, admin,
                                                               make_member, eager):
        campo = await make_member(org, Role.campo)
        token = await _device(client, campo)

        r = await client.post("/api/v1/notifications/test", headers=campo.headers)
        await settle()

        assert r.status_code == 201 and r.json()["kind"] == "notifications.test"
        [push] = await _pushes(org.id)
        assert push.request["json"][0]["to"] == token
        mine = await client.get("/api/v1/notifications", headers=campo.headers)
        others = await client.get("/api/v1/notifications", headers=admin.headers)
        assert [n["id"] for n in mine.json()["items"]] == [r.json()["id"]]
        assert others.json()["items"] == []


class TestFromAgentEvents:
    async def test_an_approval_request_notifies_every_active_admin_only(
            self, client, org, admin, make_member, eager):
        other_admin = await make_member(org, Role.admin)
        diretor = await make_member(org, Role.diretor)

        async with unit_of_work() as session:
            await events.publish(session, ApprovalRequested(
                organization_id=org.id, approval_id=uuid.uuid4(), run_id=uuid.uuid4(),
                kind="first_contact", title="Primeiro contato com Ana"))
        await settle()

        for member in (admin, other_admin):
            [n] = (await client.get("/api/v1/notifications", headers=member.headers)
                   ).json()["items"]
            assert n["kind"] == "agents.approval_requested"
            assert "Primeiro contato com Ana" in n["title"]
            assert n["link"] == "/agents/approvals"
        diretors = await client.get("/api/v1/notifications", headers=diretor.headers)
        assert diretors.json()["items"] == []
