"""After the first contact: later steps go out without approval unless the step asks for
one, through the scheduler; the SDR's approval queue (edit, reject, bulk approve); funnels;
a person's answer from the conversation; LinkedIn/call tasks; pause and resume; demo leads
never leave the sandbox."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update

from app.core.db import get_sessionmaker, unit_of_work
from app.integrations.models import OutboundMessage
from app.modules.sdr import scheduler
from app.modules.sdr.models import Enrollment
from tests.hunter.conftest import settle
from tests.sdr.test_campaigns import SDR, leads_with_phones

FOLLOW_UP = {"name": "Com follow-up", "steps": [
    {"kind": "whatsapp"}, {"kind": "wait", "days": 1}, {"kind": "whatsapp"},
    {"kind": "wait", "days": 2}, {"kind": "call_task"}, {"kind": "whatsapp",
                                                         "needs_approval": True}]}


class Outreach:
    """One campaign of `n` demo leads on a cadence, through the API as the Diretor."""

    settle = staticmethod(settle)

    def __init__(self, client, diretor) -> None:
        self.client, self.diretor, self.h = client, diretor, diretor.headers

    async def start(self, cadence: dict, n: int) -> dict:
        self.leads = await leads_with_phones(self.client, self.diretor, n)
        made = (await self.client.post(f"{SDR}/cadences", headers=self.h, json=cadence)).json()
        self.campaign = (await self.client.post(f"{SDR}/campaigns", headers=self.h, json={
            "name": "Follow-ups", "cadence_id": made["id"],
            "lead_ids": [lead["id"] for lead in self.leads]})).json()
        await settle()
        return self.campaign

    async def queue(self) -> list[dict]:
        r = await self.client.get(f"{SDR}/approvals", headers=self.h,
                                  params={"campaign_id": self.campaign["id"]})
        assert r.status_code == 200, r.text
        return r.json()["items"]

    async def approve_all(self) -> None:
        ids = [a["approval_id"] for a in await self.queue()]
        r = await self.client.post(f"{SDR}/approvals/bulk-approve", headers=self.h,
                                   json={"approval_ids": ids})
        assert r.status_code == 200 and r.json()["failed"] == [], r.text
        await settle()

    async def enrollments(self) -> list[dict]:
        return (await self.client.get(f"{SDR}/campaigns/{self.campaign['id']}",
                                      headers=self.h)).json()["enrollments"]

    async def messages(self, enrollment: dict) -> list[dict]:
        return (await self.client.get(f"{SDR}/enrollments/{enrollment['id']}/messages",
                                      headers=self.h)).json()

    async def tick_when_due(self) -> None:
        """Jump to when the next step is due and let the scheduler plan it, then to its
        planned slot (behind the sender's spacing) and let it start."""
        due = min(datetime.fromisoformat(e["next_at"]) for e in await self.enrollments()
                  if e["next_at"])
        await self._tick(due)
        slots = [datetime.fromisoformat(e["send_at"]) for e in await self.enrollments()
                 if e["send_at"]]
        if slots:
            await self._tick(max(slots))

    async def _tick(self, now: datetime) -> None:
        async with unit_of_work() as session:
            await scheduler.tick(session, now, organization_id=self.diretor.organization_id)
        await settle()


class TestLaterSteps:
    async def test_follow_ups_go_out_by_the_scheduler_and_tasks_wait_for_a_person(
            self, client, diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        [draft] = await run.queue()
        assert (draft["step_index"], draft["channel"], draft["campaign_name"]) == (
            0, "whatsapp", "Follow-ups")
        assert (draft["offline"], draft["demo"]) == (True, True)
        assert "[offline" not in draft["text"]  # the mark is for the reviewer, not the lead
        await run.approve_all()
        [enrollment] = await run.enrollments()
        assert (enrollment["status"], enrollment["step_index"]) == ("active", 2)

        await run.tick_when_due()  # the follow-up: no approval needed
        assert await run.queue() == []
        [enrollment] = await run.enrollments()
        talk = await run.messages(enrollment)
        assert [(m["step_index"], m["status"]) for m in talk] == [(0, "sandboxed"),
                                                                 (2, "sandboxed")]
        assert "retomar" in talk[1]["text"] and "SAIR" in talk[1]["text"]
        assert enrollment["step_index"] == 4  # the call, after two business days

        await run.tick_when_due()
        [task] = (await client.get(f"{SDR}/tasks", headers=diretor.headers)).json()["items"]
        assert (task["kind"], task["name"]) == ("call", enrollment["name"])
        done = await client.post(f"{SDR}/tasks/{task['id']}/complete", headers=diretor.headers,
                                 json={"outcome": "done", "note": "Pediu retorno por e-mail"})
        assert done.status_code == 200 and done.json()["outcome"] == "done"
        again = await client.post(f"{SDR}/tasks/{task['id']}/complete",
                                  headers=diretor.headers, json={"outcome": "skipped"})
        assert again.status_code == 409
        assert (await client.get(f"{SDR}/tasks", headers=diretor.headers)).json()["items"] == []

        await run.tick_when_due()  # the last step asks for approval again
        [last] = await run.queue()
        assert last["step_index"] == 5
        r = await client.post(f"{SDR}/approvals/{last['approval_id']}/approve",
                              headers=diretor.headers,
                              json={"text": "Oi! Última mensagem, prometo. Responda SAIR para "
                                            "não receber mais."})
        assert r.status_code == 200, r.text
        await settle()
        [enrollment] = await run.enrollments()
        assert (enrollment["status"], enrollment["finish_reason"]) == ("finished", "completed")
        assert (await run.messages(enrollment))[-1]["text"].startswith("Oi! Última mensagem")

        metrics = (await client.get(f"{SDR}/campaigns/{run.campaign['id']}/metrics",
                                    headers=diretor.headers)).json()
        assert (metrics["totals"]["enrolled"], metrics["totals"]["sent"]) == (1, 3)
        assert [(s["step_index"], s["kind"], s["sent"]) for s in metrics["steps"]] == [
            (0, "whatsapp", 1), (2, "whatsapp", 1), (4, "call_task", 0), (5, "whatsapp", 1)]

    async def test_a_rejected_draft_and_a_bulk_approval_with_a_stale_id(self, client, diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 3)
        first, second, third = await run.queue()
        no = await client.post(f"{SDR}/approvals/{first['approval_id']}/reject",
                               headers=diretor.headers, json={"reason": ""})
        assert no.status_code == 422  # a rejection says why
        no = await client.post(f"{SDR}/approvals/{first['approval_id']}/reject",
                               headers=diretor.headers, json={"reason": "Tom errado"})
        assert no.json()["status"] == "rejected"
        r = await client.post(f"{SDR}/approvals/bulk-approve", headers=diretor.headers,
                              json={"approval_ids": [first["approval_id"],
                                                     second["approval_id"],
                                                     third["approval_id"]]})
        body = r.json()
        assert body["approved"] == [second["approval_id"], third["approval_id"]]
        assert [f["approval_id"] for f in body["failed"]] == [first["approval_id"]]
        assert "already decided" in body["failed"][0]["message"]
        await settle()
        funnel = (await client.get(f"{SDR}/campaigns", headers=diretor.headers)
                  ).json()["items"][0]["funnel"]
        assert (funnel["enrolled"], funnel["sent"], funnel["pending_approval"]) == (3, 2, 0)

    async def test_a_comercial_reads_only_its_own_leads_and_cannot_approve(
            self, client, diretor, comercial):
        theirs = Outreach(client, diretor)
        await theirs.start(FOLLOW_UP, 2)
        async with unit_of_work() as session:  # as if the hunter had given it one lead
            await session.execute(update(Enrollment).where(
                Enrollment.lead_id == uuid.UUID(theirs.leads[0]["id"])).values(
                owner_id=comercial.user_id))
        h = comercial.headers
        [draft] = (await client.get(f"{SDR}/approvals", headers=h)).json()["items"]
        assert draft["lead_id"] == theirs.leads[0]["id"]
        [campaign] = (await client.get(f"{SDR}/campaigns", headers=h)).json()["items"]
        assert campaign["id"] == theirs.campaign["id"]
        r = await client.post(f"{SDR}/approvals/{draft['approval_id']}/approve", headers=h,
                              json={})
        assert r.status_code == 403
        assert len((await client.get(f"{SDR}/approvals", headers=diretor.headers)
                    ).json()["items"]) == 2


class TestPausing:
    async def test_a_paused_campaign_sends_nothing_until_resumed(self, client, diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        await run.approve_all()
        cid = run.campaign["id"]
        assert (await client.post(f"{SDR}/campaigns/{cid}/pause", headers=diretor.headers)
                ).json()["status"] == "paused"
        await run.tick_when_due()
        [enrollment] = await run.enrollments()
        assert len(await run.messages(enrollment)) == 1
        await client.post(f"{SDR}/campaigns/{cid}/resume", headers=diretor.headers)
        await run.tick_when_due()
        [enrollment] = await run.enrollments()
        assert len(await run.messages(enrollment)) == 2

    async def test_an_enrollment_pauses_and_resumes(self, client, diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        [enrollment] = await run.enrollments()
        r = await client.post(f"{SDR}/enrollments/{enrollment['id']}/pause",
                              headers=diretor.headers)
        assert r.status_code == 409  # waiting for its first approval, not active yet
        await run.approve_all()
        paused = (await client.post(f"{SDR}/enrollments/{enrollment['id']}/pause",
                                    headers=diretor.headers)).json()
        assert paused["status"] == "paused"
        await run.tick_when_due()
        assert len(await run.messages(enrollment)) == 1
        resumed = (await client.post(f"{SDR}/enrollments/{enrollment['id']}/resume",
                                     headers=diretor.headers)).json()
        assert resumed["status"] == "active"


class TestAnswers:
    async def test_a_person_answers_from_the_conversation(self, client, diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        await run.approve_all()
        [enrollment] = await run.enrollments()
        bad = await client.post(f"{SDR}/enrollments/{enrollment['id']}/messages",
                                headers=diretor.headers, json={"text": ""})
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "text"
        r = await client.post(f"{SDR}/enrollments/{enrollment['id']}/messages",
                              headers=diretor.headers,
                              json={"text": "Oi, Ana! Posso te ligar amanhã às 10h?"})
        assert r.status_code == 201, r.text
        assert (r.json()["channel"], r.json()["status"]) == ("whatsapp", "sandboxed")
        await client.post(f"{SDR}/suppression", headers=diretor.headers, json={
            "kind": "phone", "value": enrollment["phone"], "reason": "manual"})
        refused = await client.post(f"{SDR}/enrollments/{enrollment['id']}/messages",
                                    headers=diretor.headers, json={"text": "Oi de novo"})
        assert refused.status_code == 409
        assert refused.json()["code"] == "suppressed"
        assert len(await run.messages(enrollment)) == 2


class TestDemoLeads:
    async def test_demo_leads_are_never_sent_for_real(self, client, diretor, admin):
        off = await client.put("/api/v1/agents/sandbox", headers=admin.headers,
                               json={"sandbox": False})
        assert off.status_code == 200, off.text
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        await run.approve_all()
        [enrollment] = await run.enrollments()
        assert enrollment["demo"] is True
        assert (enrollment["status"], enrollment["finish_reason"]) == ("finished", "failed")
        assert [m["status"] for m in await run.messages(enrollment)] == ["blocked"]
        async with get_sessionmaker()() as session:
            sent = (await session.scalars(select(OutboundMessage).where(
                OutboundMessage.organization_id == diretor.organization_id))).all()
        assert sent == []
