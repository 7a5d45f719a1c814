"""The seed's "Fluxo Completo de Prospecção" as one journey, on real PostgreSQL and Redis and a
real Celery worker process (searches, drafts, sends and webhook processing all run there):
define an ICP, search the demo directory, get qualified leads with breakdowns, approve them,
create a WhatsApp campaign, see the drafts waiting (nothing sent), approve them, see the
sandbox sends, post the lead's WhatsApp reply to the webhook, see the cadence stop and the
owner notified (inbox and push), accept the lead and find the CRM deal with the lead's
provenance and the conversation on the contact's timeline."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import redis
from sqlalchemy import select

from app.config import get_settings
from app.core.db import get_sessionmaker
from app.integrations.models import OutboundMessage, SandboxRequest
from app.worker.celery_app import celery_app
from tests.core.test_worker import Worker, eventually
from tests.integrations.conftest import WEBHOOK_TOKEN, configured, settings  # noqa: F401
from tests.integrations.webhook_helpers import evolution_message
from tests.notifications.conftest import push_token

HUNTER, SDR, CRM = "/api/v1/hunter", "/api/v1/sdr", "/api/v1/crm"
ICP = {"name": "Agências de SP", "threshold": 60, "criteria": {
    "industries": ["publicidade"], "states": ["SP"], "sizes": ["medium", "large"],
    "keywords": ["campanhas", "marcas"], "disqualifiers": ["governo"]}}


BROKER_KEYS = ("default", "agents", "integrations", "unacked", "unacked_index",
               "unacked_mutex")


def purge_broker() -> None:
    """This test's broker database without queued or unacknowledged tasks (of a run that
    stopped halfway), so its worker only runs what this test enqueues."""
    client = redis.Redis.from_url(get_settings().redis_url)
    client.delete(*BROKER_KEYS)
    client.close()


@pytest.fixture
def worker(monkeypatch, configured) -> Iterator[Worker]:  # noqa: F811
    """A worker on this test's database and broker (no key prefix: this process's relay
    enqueues as the API's does); this process only enqueues."""
    monkeypatch.setattr(get_settings().worker, "eager", False)
    purge_broker()
    process = Worker("", "journey")
    yield process
    process.stop()
    purge_broker()


@pytest.fixture(autouse=True)
def worker_settings(monkeypatch) -> None:
    """What the worker process reads from its environment (Worker copies os.environ)."""
    for name, value in {"INTEGRATIONS__CNPJ_DATA_BASE_URL": "http://127.0.0.1:9/cnpj/v1",
                        "INTEGRATIONS__SERPAPI_API_KEY": "",
                        "INTEGRATIONS__RETRY_BASE_SECONDS": "0.01",
                        "RATE_LIMIT__ENABLED": "false"}.items():
        monkeypatch.setenv(name, value)


def sweep() -> None:
    celery_app.send_task("core.relay_outbox")


async def until(client, what: str, check, worker: Worker, within: float = 90) -> object:
    found: list[object] = []

    async def ready() -> bool:
        sweep()
        value = await check()
        if value:
            found.append(value)
        return bool(value)

    await eventually(ready, within, what, worker)
    return found[-1]


async def sends(org_id) -> list[OutboundMessage]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(OutboundMessage).where(
            OutboundMessage.organization_id == org_id))).all())


async def test_the_whole_prospecting_flow(client, diretor, worker):
    h, get = diretor.headers, client.get

    async def api(method: str, path: str, expect: int, **kw) -> dict:
        r = await client.request(method, path, headers=h, **kw)
        assert r.status_code == expect, (path, r.status_code, r.text)
        return r.json() if r.content else {}

    await api("POST", "/api/v1/devices", 200,
              json={"expo_push_token": push_token(), "platform": "android"})
    icp = await api("POST", f"{HUNTER}/icps", 201, json=ICP)
    started = await api("POST", f"{HUNTER}/search", 202, json={
        "icp_id": icp["id"], "sources": [{"type": "directory"}], "limit": 40})

    async def finished():
        search = (await get(f"{HUNTER}/searches/{started['search_id']}", headers=h)).json()
        return search if search["status"] == "finished" else None

    search = await until(client, "the search to finish", finished, worker)
    assert search["qualified"] >= 2
    leads = (await get(f"{HUNTER}/leads", headers=h, params={
        "search_id": search["id"], "qualified": True, "limit": 200})).json()["items"]
    best = [lead for lead in leads if lead["phones"] or
            any(c.get("phone") for c in lead["contacts"])][:2]
    assert len(best) == 2 and all(lead["breakdown"] and lead["reason"] for lead in best)
    for lead in best:
        assert lead["score"] >= 60
        await api("POST", f"{HUNTER}/leads/{lead['id']}/approve", 200)

    cadence = await api("POST", f"{SDR}/cadences", 201, json={
        "name": "WhatsApp em 3 toques", "steps": [
            {"kind": "whatsapp"}, {"kind": "wait", "days": 2}, {"kind": "whatsapp"},
            {"kind": "wait", "days": 3}, {"kind": "call_task"}]})
    campaign = await api("POST", f"{SDR}/campaigns", 201, json={
        "name": "Agências SP - dezembro", "cadence_id": cadence["id"],
        "lead_ids": [lead["id"] for lead in best]})

    async def drafted():
        items = (await get(f"{SDR}/approvals", headers=h,
                           params={"campaign_id": campaign["id"]})).json()["items"]
        return items if len(items) == 2 else None

    drafts = await until(client, "both drafts to wait for approval", drafted, worker)
    assert all("SAIR" in d["text"] and d["channel"] == "whatsapp" for d in drafts)
    assert await sends(diretor.organization_id) == []  # nothing leaves before a person says so

    approved = await api("POST", f"{SDR}/approvals/bulk-approve", 200,
                         json={"approval_ids": [d["approval_id"] for d in drafts]})
    assert approved["failed"] == []

    async def sent():
        found = await sends(diretor.organization_id)
        return found if len(found) == 2 else None

    assert {(m.channel, m.status) for m in await until(client, "the sandbox sends", sent,
                                                       worker)} == {("whatsapp", "sandboxed")}

    async def active():
        detail = (await get(f"{SDR}/campaigns/{campaign['id']}", headers=h)).json()
        states = [e["status"] for e in detail["enrollments"]]
        return detail["enrollments"] if states == ["active", "active"] else None

    enrollments = await until(client, "the enrollments to move on", active, worker)
    replying = enrollments[0]
    body = evolution_message("3EB0JOURNEY000000001", text="Oi! Tenho interesse, podemos "
                             "conversar na quinta?",
                             remoteJid=f"{replying['phone'].lstrip('+')}@s.whatsapp.net")
    r = await client.post("/webhook/whatsapp", content=json.dumps(body),
                          headers={"Authorization": f"Bearer {WEBHOOK_TOKEN}"})
    assert r.status_code == 200, r.text

    async def stopped():
        detail = (await get(f"{SDR}/campaigns/{campaign['id']}", headers=h)).json()
        mine = next(e for e in detail["enrollments"] if e["id"] == replying["id"])
        return mine if mine["status"] == "finished" else None

    mine = await until(client, "the reply to stop the cadence", stopped, worker)
    assert (mine["finish_reason"], mine["next_at"]) == ("replied", None)
    talk = (await get(f"{SDR}/enrollments/{mine['id']}/messages", headers=h)).json()
    assert [(m["direction"], m["classification"]) for m in talk] == [("out", None),
                                                                    ("in", "interested")]
    inbox = (await get("/api/v1/notifications", headers=h)).json()["items"]
    assert [n["title"] for n in inbox if n["kind"] == "sdr.reply"] == [
        f"{mine['name']} respondeu no WhatsApp"]

    async def pushed():
        async with get_sessionmaker()() as session:
            return (await session.scalars(select(SandboxRequest).where(
                SandboxRequest.organization_id == diretor.organization_id,
                SandboxRequest.service == "expo_push"))).all()

    [push] = await until(client, "the push to the owner's phone", pushed, worker)
    assert push.request["json"][0]["data"]["kind"] == "sdr.reply"

    await api("POST", f"{SDR}/leads/{mine['lead_id']}/accept", 202,
              json={"deal_value": "18000.00"})
    lead = next(lead for lead in best if lead["id"] == mine["lead_id"])

    async def deal():
        items = (await get(f"{CRM}/deals", headers=h, params={"q": lead["name"]})).json()
        return items["items"] or None

    [crm_deal] = await until(client, "the CRM deal", deal, worker)
    assert (crm_deal["value"], crm_deal["title"]) == ("18000.00",
                                                      f"{lead['name']}: primeiro projeto")
    [contact] = (await get(f"{CRM}/contacts", headers=h,
                           params={"company_id": crm_deal["company_id"]})).json()["items"]
    assert contact["hunter_score"] == lead["score"]
    assert contact["hunter_provenance"] == lead["provenance"]

    async def logged():
        timeline = (await get(f"{CRM}/contacts/{contact['id']}/timeline", headers=h)
                    ).json()["items"]
        kinds = sorted(t["activity"]["direction"] for t in timeline if t["type"] == "activity")
        return kinds if kinds == ["inbound", "outbound"] else None

    await until(client, "the conversation on the contact's timeline", logged, worker)
    metrics = (await get(f"{SDR}/campaigns/{campaign['id']}/metrics", headers=h)).json()
    totals = metrics["totals"]
    assert (totals["enrolled"], totals["sent"], totals["replied"], totals["interested"],
            totals["converted"]) == (2, 2, 1, 1, 1)
    first = metrics["steps"][0]  # the reply answers the first message
    assert (first["enrolled"], first["sent"], first["replied"]) == (2, 2, 1)
