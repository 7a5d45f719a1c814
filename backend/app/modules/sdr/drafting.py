"""The message-step crews (code, app.ai.crews.pipelines): for one enrollment's WhatsApp or
e-mail step, check the address is not suppressed, have the SDR agent (or the offline engine)
write the message in Portuguese from the lead's facts, with the opt-out line, and keep it as
the enrollment's message. A step that needs approval (always the first contact) then waits
for a person; the approved message goes out through the AI layer's resume (integrations,
sandbox by default) after `send_guard` checked once more. Other steps go out at once
(delivery.deliver), after the same checks."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai import router
from app.ai.crews.context import ApprovalRequest
from app.ai.crews.pipelines import PipelineContext
from app.ai.offline import OFFLINE_MARK
from app.ai.prompts import Prompt, register
from app.ai.runs.models import AgentRun
from app.ai.types import LLMRequest, TaskKind
from app.ai.types import Message as ChatMessage
from app.core.db import unit_of_work
from app.modules.sdr import delivery, suppression
from app.modules.sdr.models import (
    Campaign,
    CampaignStatus,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
)

OPT_OUT = "Termine com a linha de opt-out: 'Se preferir não receber mais mensagens, " \
          "responda SAIR.' Não invente fatos."
FIRST_MESSAGE = register(Prompt(
    "sdr.first_contact", 1,
    "Você é o SDR de uma produtora audiovisual brasileira. Escreva a primeira mensagem de "
    "{channel} para {lead_name}, da {company}, em português, curta e pessoal, a partir dos "
    "fatos do lead. " + OPT_OUT,
    "The first outreach message of an enrollment"))
FOLLOW_UP = register(Prompt(
    "sdr.follow_up", 1,
    "Você é o SDR de uma produtora audiovisual brasileira. {lead_name}, da {company}, ainda "
    "não respondeu às mensagens anteriores. Escreva um follow-up de {channel} em português, "
    "curto, cordial, sem repetir a primeira mensagem. " + OPT_OUT,
    "A later outreach message of a cadence, to a lead who has not answered"))
CHANNEL_NAME = {"whatsapp": "WhatsApp", "email": "e-mail"}


def _addresses(lead: dict[str, Any]) -> dict[str, list[str]]:
    return {"emails": [lead["email"]] if lead.get("email") else [],
            "phones": [lead["phone"]] if lead.get("phone") else []}


async def message_step(context: PipelineContext) -> dict[str, Any]:
    run_input = context.run.input
    lead, channel = run_input["lead"], run_input["channel"]
    step_index = int(run_input.get("step_index", 0))
    enrollment_id = uuid.UUID(run_input["enrollment_id"])
    context.use_tool("check_suppression")
    async with unit_of_work(read_only=True) as session:
        if await suppression.blocked(session, context.run.organization_id, **_addresses(lead)):
            return await _stop(enrollment_id, FinishReason.suppressed)
    await context.checkpoint()
    context.use_tool("write_message")
    prompt = FIRST_MESSAGE if step_index == 0 else FOLLOW_UP
    completion = await router.complete(LLMRequest(
        organization_id=context.run.organization_id, agent=context.run.agent,
        task=TaskKind.message, prompt=prompt.ref, run_id=context.run.id,
        trigger=context.trigger, max_tokens=600,
        facts={"lead_name": lead.get("name"), "company": lead.get("company"),
               "segment": lead.get("segment"), "city": lead.get("city"), "channel": channel,
               "follow_up": step_index > 0},
        messages=[ChatMessage("system", prompt.render(
            channel=CHANNEL_NAME[channel], lead_name=lead.get("name"),
            company=lead.get("company") or "empresa")),
            ChatMessage("user", "Escreva a mensagem.")]))
    # the offline engine marks its prose; the mark is for people reading drafts, not leads
    subject, text = _split_subject(completion.text.replace(OFFLINE_MARK, "").strip(),
                                   run_input.get("subject"), channel)
    message = Message(organization_id=context.run.organization_id, enrollment_id=enrollment_id,
                      step_index=step_index, channel=channel, direction="out", subject=subject,
                      text=text, status=MessageStatus.awaiting_approval, run_id=context.run.id)
    if not run_input.get("needs_approval", step_index == 0):
        return await _send_now(context, message, completion.offline)
    async with unit_of_work() as session:
        session.add(message)
    context.use_tool("request_approval")
    to = lead["phone"] if channel == "whatsapp" else lead["email"]
    payload = {"channel": channel, "to": to, "text": text, "offline": completion.offline}
    if subject:
        payload["subject"] = subject
    kind, what = (("first_contact", "Primeiro contato") if step_index == 0
                  else ("follow_up", f"Passo {step_index + 1}"))
    context.approval = ApprovalRequest(kind, f"{what}: {lead.get('name')} "
                                             f"({lead.get('company')})", payload)
    await context.report(drafted=1, message="awaiting approval")
    return {"drafted": 1, "offline": completion.offline}


async def _send_now(context: PipelineContext, message: Message, offline: bool
                    ) -> dict[str, Any]:
    context.use_tool("send_message")
    async with unit_of_work() as session:
        enrollment = await session.get(Enrollment, message.enrollment_id, with_for_update=True)
        campaign = await session.get(Campaign, enrollment.campaign_id) if enrollment else None
        if enrollment is not None and (enrollment.status == EnrollmentStatus.paused or (
                campaign is not None and campaign.status != CampaignStatus.active)):
            return {"blocked": delivery.PAUSED}
        sandbox = await delivery.sandboxed(session, context.run.organization_id,
                                           message.channel)
        if why := await delivery.refusal(session, enrollment, sandbox=sandbox):
            message.status = MessageStatus.blocked
            session.add(message)
            return {"blocked": delivery.REFUSALS[why]}
        session.add(message)
        await delivery.deliver(session, enrollment, message, sandbox=sandbox,
                               context={"run_id": str(context.run.id)})
        result = {"id": str(message.outbound_message_id), "status": message.status.value}
    await context.report(sent=1)
    return {"drafted": 1, "offline": offline, "delivery": result}


def _split_subject(text: str, subject: str | None, channel: str) -> tuple[str | None, str]:
    """An e-mail's subject: the cadence's, else the draft's `Assunto:` line."""
    if channel != "email":
        return None, text
    first, _, rest = text.partition("\n")
    if first.lower().startswith("assunto:"):
        return subject or first.split(":", 1)[1].strip(), rest.strip()
    return subject or "Mensagem", text


async def _stop(enrollment_id: uuid.UUID, reason: FinishReason) -> dict[str, Any]:
    async with unit_of_work() as session:
        enrollment = await session.get(Enrollment, enrollment_id, with_for_update=True)
        if enrollment is not None:
            enrollment.status, enrollment.finish_reason = EnrollmentStatus.finished, reason
            enrollment.next_at = enrollment.send_at = None
    return {"stopped": reason.value}


async def send_guard(session: AsyncSession, run: AgentRun, payload: dict[str, Any]
                     ) -> str | None:
    """Right before an approved message leaves: still not suppressed, the enrollment still
    waiting for it (a reply or an opt-out may have stopped it), not a demo lead outside the
    sandbox. The message keeps the text as approved (a reviewer may have edited it)."""
    enrollment = await session.get(Enrollment, uuid.UUID(run.input["enrollment_id"]))
    sandbox = await delivery.sandboxed(session, run.organization_id, run.input["channel"])
    why = await delivery.refusal(session, enrollment, sandbox=sandbox)
    for message in (await session.scalars(select(Message).where(Message.run_id == run.id))):
        message.text = str(payload.get("text") or message.text)
        message.subject = payload.get("subject") or message.subject
        if why:
            message.status = MessageStatus.blocked
    return delivery.REFUSALS[why] if why else None
