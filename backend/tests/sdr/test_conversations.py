"""What comes back: providers' delivery webhooks move the SDR's messages (delivered, read)
and suppress bounced addresses; an e-mail reply stops the WhatsApp steps too; the replies
inbox; an accepted lead's conversation lands on its CRM timeline, and later replies follow;
LGPD export and erasure of a lead."""

from __future__ import annotations

import json
import uuid
from datetime import time

import httpx
from sqlalchemy import select

from app.ai.runs.models import AgentRun, Approval
from app.core.db import get_sessionmaker, unit_of_work
from app.integrations import service as integrations
from app.integrations.models import OutboundMessage, SandboxRequest
from app.modules.sdr.models import (
    Cadence,
    Campaign,
    Enrollment,
    EnrollmentStatus,
    Message,
    MessageStatus,
)
from tests.integrations.conftest import (  # noqa: F401
    WEBHOOK_TOKEN,
    configured,
    provider,
    settings,
)
from tests.integrations.test_resilience import RESEND, SEND_TEXT
from tests.integrations.test_webhook_meta_resend import EMAIL, resend_event, svix_headers
from tests.integrations.webhook_helpers import LEAD, evolution_ack
from tests.sdr.test_outreach import FOLLOW_UP, Outreach
from tests.sdr.test_replies import reply

EMAIL_FIRST = {"name": "E-mail e WhatsApp", "steps": [
    {"kind": "email", "subject": "Vídeo para a sua marca"}, {"kind": "wait", "days": 2},
    {"kind": "whatsapp"}]}


async def sent_message(org, channel: str, to: str) -> Message:
    """An enrollment of a real (not demo) lead whose message really went out."""
    async with unit_of_work() as session:
        cadence = Cadence(organization_id=org.id, name=f"c-{uuid.uuid4().hex[:6]}",
                          steps=[{"kind": channel}], window_start=time(9),
                          window_end=time(18), weekdays=[0, 1, 2, 3, 4],
                          daily_cap=40, spacing_min_seconds=60, spacing_max_seconds=300)
        session.add(cadence)
        await session.flush()
        campaign = Campaign(organization_id=org.id, name="Real", cadence_id=cadence.id)
        session.add(campaign)
        await session.flush()
        enrollment = Enrollment(
            organization_id=org.id, campaign_id=campaign.id, lead_id=uuid.uuid4(),
            status=EnrollmentStatus.active, step_index=1, name="Ana", company="Agência",
            phone=f"+{to}" if channel == "whatsapp" else None,
            email=to if channel == "email" else None)
        session.add(enrollment)
        await session.flush()
        if channel == "whatsapp":
            delivery = await integrations.send_whatsapp_text(
                session, organization_id=org.id, to=to, text="Oi, Ana!")
        else:
            delivery = await integrations.send_email(
                session, organization_id=org.id, to=to, subject="Proposta", text="Oi, Ana!")
        message = Message(organization_id=org.id, enrollment_id=enrollment.id, step_index=0,
                          channel=channel, direction="out", text="Oi, Ana!",
                          status=MessageStatus.sent, outbound_message_id=delivery.id)
        session.add(message)
    return message


async def status_of(message: Message) -> str:
    async with get_sessionmaker()() as session:
        return (await session.get(Message, message.id)).status


class TestDeliveryStatuses:
    async def test_acks_move_the_message_to_delivered_then_read(
            self, client, org, provider, configured):  # noqa: F811
        key = f"SDR{uuid.uuid4().hex[:12].upper()}"  # webhooks are told apart by content
        provider.post(SEND_TEXT).mock(return_value=httpx.Response(
            201, json={"key": {"id": key, "fromMe": True}}))
        message = await sent_message(org, "whatsapp", LEAD)
        seen = []
        for status in ("DELIVERY_ACK", "READ", "DELIVERY_ACK"):
            r = await client.post("/webhook/whatsapp", content=json.dumps(
                evolution_ack(key, status)),
                headers={"Authorization": f"Bearer {WEBHOOK_TOKEN}"})
            assert r.status_code == 200
            await Outreach.settle()
            seen.append(await status_of(message))
        assert seen == ["delivered", "read", "read"]

    async def test_a_bounce_fails_the_message_and_suppresses_the_address(
            self, client, org, provider, configured, admin):  # noqa: F811
        email_id = str(uuid.uuid4())
        provider.post(RESEND).mock(return_value=httpx.Response(200, json={"id": email_id}))
        message = await sent_message(org, "email", "ana@agencia.test")
        raw = resend_event("email.bounced", email_id)
        assert (await client.post(EMAIL, content=raw, headers=svix_headers(raw))
                ).status_code == 200
        await Outreach.settle()
        assert await status_of(message) == "failed"
        listed = (await client.get("/api/v1/sdr/suppression", headers=admin.headers)
                  ).json()["items"]
        assert [(e["value"], e["reason"]) for e in listed] == [("ana@agencia.test", "bounced")]


class TestReplies:
    async def test_an_email_reply_stops_the_whatsapp_steps(
            self, client, diretor, provider, configured):  # noqa: F811
        run = Outreach(client, diretor)
        await run.start(EMAIL_FIRST, 1)
        await run.approve_all()
        [enrollment] = await run.enrollments()
        assert (enrollment["status"], enrollment["step_index"]) == ("active", 2)
        provider.get("https://api.resend.com/emails/receiving/in-9").mock(
            return_value=httpx.Response(200, json={
                "object": "email", "id": "in-9", "from": enrollment["email"],
                "subject": "Re: Vídeo para a sua marca", "text": "Não agora, talvez em março.",
                "html": None}))
        raw = resend_event("email.received", "in-9", **{"from": enrollment["email"]})
        assert (await client.post(EMAIL, content=raw, headers=svix_headers(raw))
                ).status_code == 200
        await Outreach.settle()
        [enrollment] = await run.enrollments()
        assert (enrollment["status"], enrollment["finish_reason"], enrollment["next_at"]) == (
            "finished", "replied", None)
        [conversation] = (await client.get("/api/v1/sdr/conversations",
                                           headers=diretor.headers)).json()["items"]
        assert (conversation["enrollment_id"], conversation["channel"],
                conversation["last_direction"], conversation["classification"]) == (
            enrollment["id"], "email", "in", "not_now")
        assert (await client.get("/api/v1/sdr/conversations", headers=diretor.headers,
                                 params={"classification": "interested"})
                ).json()["items"] == []


class TestCrmTimeline:
    async def test_the_conversation_follows_the_lead_into_the_crm(
            self, client, diretor, configured):  # noqa: F811
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        await run.approve_all()
        [enrollment] = await run.enrollments()
        await reply(client, enrollment["phone"], "Tenho interesse! Me liga?",
                    "3EB0TIMELINE00000001")
        accepted = await client.post(f"/api/v1/sdr/leads/{enrollment['lead_id']}/accept",
                                     headers=diretor.headers, json={})
        assert accepted.status_code == 202
        await Outreach.settle()
        await reply(client, enrollment["phone"], "Pode ser às 15h.", "3EB0TIMELINE00000002")

        [contact] = (await client.get("/api/v1/crm/contacts", headers=diretor.headers,
                                      params={"q": enrollment["name"]})).json()["items"]
        timeline = (await client.get(f"/api/v1/crm/contacts/{contact['id']}/timeline",
                                     headers=diretor.headers)).json()["items"]
        logged = [(t["activity"]["kind"], t["activity"]["direction"], t["activity"]["body"])
                  for t in timeline if t["type"] == "activity"]
        assert ("whatsapp", "inbound", "Pode ser às 15h.") in logged  # after acceptance
        assert ("whatsapp", "inbound", "Tenho interesse! Me liga?") in logged
        assert sum(kind == "whatsapp" and way == "outbound" for kind, way, _ in logged) == 1
        [after] = await run.enrollments()
        assert after["accepted_at"] is not None


class TestPrivacy:
    async def test_export_then_erase_a_lead_s_personal_data(self, client, diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        await run.approve_all()
        [enrollment] = await run.enrollments()
        lead_id = enrollment["lead_id"]
        exported = (await client.get(f"/api/v1/sdr/leads/{lead_id}/personal-data",
                                     headers=diretor.headers)).json()
        assert exported["legal_basis"] == "legitimate_interest"
        assert exported["lead"]["provenance"]
        assert [e["phone"] for e in exported["enrollments"]] == [enrollment["phone"]]
        assert len(exported["messages"]) == 1

        r = await client.delete(f"/api/v1/sdr/leads/{lead_id}/personal-data",
                                headers=diretor.headers)
        assert r.status_code == 204
        await Outreach.settle()
        [erased] = await run.enrollments()
        assert (erased["status"], erased["phone"], erased["email"]) == ("finished", None, None)
        assert [m["text"] for m in await run.messages(erased)] == [
            "[apagado a pedido do titular]"]
        lead = (await client.get(f"/api/v1/hunter/leads/{lead_id}", headers=diretor.headers)
                ).json()
        assert (lead["contacts"], lead["phones"], lead["emails"], lead["status"]) == (
            [], [], [], "discarded")
        assert lead["cnpj"] == exported["lead"]["cnpj"]  # the company stays, not the people
        async with get_sessionmaker()() as session:
            left = (await session.scalars(select(Enrollment.name).where(
                Enrollment.lead_id == uuid.UUID(lead_id)))).all()
            run = await session.get(AgentRun, uuid.UUID(exported["messages"][0]["run_id"]))
            [approval] = (await session.scalars(select(Approval).where(
                Approval.run_id == run.id))).all()
            [sent] = (await session.scalars(select(OutboundMessage).where(
                OutboundMessage.organization_id == diretor.organization_id))).all()
            copy = await session.get(SandboxRequest, sent.sandbox_request_id)
        assert left == ["[apagado a pedido do titular]"]
        assert run.input["lead"] == {"erased": True}
        assert (approval.payload["to"], approval.payload["text"]) == (
            "[apagado a pedido do titular]", "[apagado a pedido do titular]")
        assert (sent.status, sent.recipient, sent.content) == (
            "sandboxed", "[apagado a pedido do titular]", {})
        assert copy.request == {"erased": True}

    async def test_erasing_a_lead_with_a_draft_waiting_rejects_the_draft(self, client,
                                                                         diretor):
        run = Outreach(client, diretor)
        await run.start(FOLLOW_UP, 1)
        [draft] = await run.queue()
        r = await client.delete(f"/api/v1/sdr/leads/{draft['lead_id']}/personal-data",
                                headers=diretor.headers)
        assert r.status_code == 204
        await Outreach.settle()
        assert await run.queue() == []
        async with get_sessionmaker()() as session:
            approval = await session.get(Approval, uuid.UUID(draft["approval_id"]))
            sent = (await session.scalars(select(OutboundMessage).where(
                OutboundMessage.organization_id == diretor.organization_id))).all()
        assert (approval.status, approval.payload["text"]) == (
            "rejected", "[apagado a pedido do titular]")
        assert sent == []
