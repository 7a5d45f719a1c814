"""Campaigns end to end on real services (eager tasks): qualified leads enrolled in a cadence
get a first message drafted in Portuguese with the opt-out line, nothing goes out until a
person approves it, the approved one is recorded by the sandbox, the enrollment moves on to
its next step in business hours; suppressed or unreachable leads never get a draft, and an
address suppressed after the draft blocks the send."""

from __future__ import annotations

from sqlalchemy import select

from app.core.db import get_sessionmaker
from app.integrations.models import OutboundMessage
from app.modules.sdr.calendar import SendingWindow
from tests.hunter.conftest import AGENCIES_SP, Api, settle

SDR = "/api/v1/sdr"
CADENCE = {"name": "WhatsApp + e-mail", "steps": [
    {"kind": "whatsapp"}, {"kind": "wait", "days": 2},
    {"kind": "email", "subject": "Um vídeo para a sua marca"}]}


async def sends(organization_id) -> list[OutboundMessage]:
    async with get_sessionmaker()() as session:
        return list((await session.scalars(select(OutboundMessage).where(
            OutboundMessage.organization_id == organization_id))).all())


async def approvals(client, member) -> list[dict]:
    return (await client.get("/api/v1/agents/approvals", headers=member.headers)
            ).json()["items"]


async def leads_with_phones(client, member, n: int) -> list[dict]:
    hunter = Api(client, member)
    search = await hunter.search(criteria=AGENCIES_SP, sources=[{"type": "directory"}],
                                 limit=n)
    return await hunter.leads(search_id=search["id"])


class TestCadences:
    async def test_the_first_step_is_a_message_that_needs_approval(self, client, diretor):
        h = diretor.headers
        bad = await client.post(f"{SDR}/cadences", headers=h, json={
            "name": "X", "steps": [{"kind": "wait", "days": 2}],
            "window_start": "18:00", "window_end": "09:00"})
        assert bad.status_code == 422
        assert {e["field"] for e in bad.json()["errors"]} >= {"steps"}
        made = (await client.post(f"{SDR}/cadences", headers=h, json=CADENCE)).json()
        assert made["steps"][0] == {"kind": "whatsapp", "days": None, "subject": None,
                                    "needs_approval": True}
        assert made["weekdays"] == [0, 1, 2, 3, 4] and made["window_start"] == "09:00:00"
        dup = await client.post(f"{SDR}/cadences", headers=h, json=CADENCE)
        assert dup.status_code == 409


class TestCampaigns:
    async def test_drafts_wait_for_approval_then_the_approved_one_goes_out(
            self, client, diretor, admin):
        h = diretor.headers
        leads = await leads_with_phones(client, diretor, 3)
        cadence = (await client.post(f"{SDR}/cadences", headers=h, json=CADENCE)).json()
        suppressed = leads[2]
        await client.post(f"{SDR}/suppression", headers=h, json={
            "kind": "phone", "value": suppressed["phones"][0], "reason": "unsubscribed"})

        r = await client.post(f"{SDR}/campaigns", headers=h, json={
            "name": "Agências SP", "cadence_id": cadence["id"],
            "lead_ids": [lead["id"] for lead in leads]})
        assert r.status_code == 201, r.text
        by_lead = {e["lead_id"]: e for e in r.json()["enrollments"]}
        assert by_lead[suppressed["id"]]["status"] == "finished"
        assert by_lead[suppressed["id"]]["finish_reason"] == "suppressed"
        await settle()

        waiting = await approvals(client, admin)
        assert len(waiting) == 2 and await sends(diretor.organization_id) == []
        first = next(a for a in waiting if leads[0]["name"] in a["title"])
        assert first["kind"] == "first_contact" and first["payload"]["channel"] == "whatsapp"
        assert first["payload"]["to"] == by_lead[leads[0]["id"]]["phone"]
        assert "responder SAIR" in first["payload"]["text"]  # the opt-out line
        assert first["payload"]["text"].startswith("Olá")

        ok = await client.post(f"/api/v1/agents/approvals/{first['id']}/approve",
                               headers=admin.headers, json={})
        assert ok.status_code == 200, ok.text
        other = next(a for a in waiting if a["id"] != first["id"])
        no = await client.post(f"/api/v1/agents/approvals/{other['id']}/reject",
                               headers=admin.headers, json={"reason": "Tom errado"})
        assert no.status_code == 200, no.text
        await settle()

        [sent] = await sends(diretor.organization_id)
        assert (sent.channel, sent.status) == ("whatsapp", "sandboxed")
        detail = (await client.get(f"{SDR}/campaigns/{r.json()['id']}", headers=h)).json()
        states = {e["lead_id"]: e for e in detail["enrollments"]}
        going = states[leads[0]["id"]]
        assert (going["status"], going["step_index"]) == ("active", 2)  # the e-mail is next
        assert SendingWindow().is_open(_parse(going["next_at"]))
        assert (states[leads[1]["id"]]["status"],
                states[leads[1]["id"]]["finish_reason"]) == ("finished", "rejected")

    async def test_an_address_suppressed_after_the_draft_is_never_sent(
            self, client, diretor, admin):
        h = diretor.headers
        [lead] = await leads_with_phones(client, diretor, 1)
        cadence = (await client.post(f"{SDR}/cadences", headers=h, json=CADENCE)).json()
        campaign = (await client.post(f"{SDR}/campaigns", headers=h, json={
            "name": "Uma", "cadence_id": cadence["id"], "lead_ids": [lead["id"]]})).json()
        await settle()
        [draft] = await approvals(client, admin)
        await client.post(f"{SDR}/suppression", headers=h, json={
            "kind": "phone", "value": lead["phones"][0], "reason": "unsubscribed"})
        await client.post(f"/api/v1/agents/approvals/{draft['id']}/approve",
                          headers=admin.headers, json={})
        await settle()
        assert await sends(diretor.organization_id) == []
        [enrollment] = (await client.get(f"{SDR}/campaigns/{campaign['id']}",
                                         headers=h)).json()["enrollments"]
        assert (enrollment["status"], enrollment["finish_reason"]) == ("finished",
                                                                       "suppressed")
        run = (await client.get(f"/api/v1/agents/runs/{enrollment['run_id']}",
                                headers=admin.headers)).json()
        assert run["status"] == "cancelled"
        assert run["error"] == "Not sent: the address is on the suppression list"

    async def test_a_crm_contact_who_opted_out_is_never_drafted(self, client, diretor):
        h = diretor.headers
        [lead] = await leads_with_phones(client, diretor, 1)
        phones = {*lead["phones"], *(c["phone"] for c in lead["contacts"] if c.get("phone"))}
        contact = await client.post("/api/v1/crm/contacts", headers=h, json={
            "name": "Quem saiu", "phones": [{"number": p} for p in sorted(phones)][:10],
            "opted_out": True})
        assert contact.status_code == 201, contact.text
        cadence = (await client.post(f"{SDR}/cadences", headers=h, json=CADENCE)).json()
        campaign = (await client.post(f"{SDR}/campaigns", headers=h, json={
            "name": "Opt-out", "cadence_id": cadence["id"], "lead_ids": [lead["id"]]})).json()
        [enrollment] = campaign["enrollments"]
        assert (enrollment["status"], enrollment["finish_reason"]) == ("finished",
                                                                       "suppressed")

    async def test_unknown_leads_are_field_errors_and_nothing_is_enrolled(self, client,
                                                                          diretor):
        h = diretor.headers
        cadence = (await client.post(f"{SDR}/cadences", headers=h, json=CADENCE)).json()
        r = await client.post(f"{SDR}/campaigns", headers=h, json={
            "name": "X", "cadence_id": cadence["id"],
            "lead_ids": ["00000000-0000-0000-0000-000000000001"]})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "lead_ids"
        assert (await client.get(f"{SDR}/campaigns", headers=h)).json()["items"] == []


def _parse(value: str):
    from datetime import datetime

    return datetime.fromisoformat(value)
