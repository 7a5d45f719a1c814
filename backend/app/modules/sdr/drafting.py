"""The first-contact crews (code, app.ai.crews.pipelines): for one enrollment, check the
address is not suppressed, have the SDR agent (or the offline engine) write the message in
Portuguese from the lead's facts, with the opt-out line, keep it as the enrollment's message
and ask a person to approve it. The approved message goes out through the AI layer's resume
(integrations, sandbox by default), after `send_guard` checked the address once more."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai import router
from app.ai.crews.context import ApprovalRequest
from app.ai.crews.pipelines import PipelineContext
from app.ai.prompts import Prompt, register
from app.ai.runs.models import AgentRun
from app.ai.types import LLMRequest, TaskKind
from app.ai.types import Message as ChatMessage
from app.core.db import unit_of_work
from app.modules.sdr import suppression
from app.modules.sdr.models import (
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
)

FIRST_MESSAGE = register(Prompt(
    "sdr.first_contact", 1,
    "Você é o SDR de uma produtora audiovisual brasileira. Escreva a primeira mensagem de "
    "{channel} para {lead_name}, da {company}, em português, curta e pessoal, a partir dos "
    "fatos do lead. Termine com a linha de opt-out: 'Se preferir não receber mais mensagens, "
    "responda SAIR.' Não invente fatos.",
    "The first outreach message of an enrollment"))


def _addresses(lead: dict[str, Any]) -> dict[str, list[str]]:
    return {"emails": [lead["email"]] if lead.get("email") else [],
            "phones": [lead["phone"]] if lead.get("phone") else []}


async def first_contact(context: PipelineContext) -> dict[str, Any]:
    run_input = context.run.input
    lead, channel = run_input["lead"], run_input["channel"]
    enrollment_id = uuid.UUID(run_input["enrollment_id"])
    context.use_tool("check_suppression")
    async with unit_of_work(read_only=True) as session:
        if await suppression.blocked(session, context.run.organization_id, **_addresses(lead)):
            return await _stop(enrollment_id, FinishReason.suppressed)
    await context.checkpoint()
    context.use_tool("write_message")
    completion = await router.complete(LLMRequest(
        organization_id=context.run.organization_id, agent=context.run.agent,
        task=TaskKind.message, prompt=FIRST_MESSAGE.ref, run_id=context.run.id,
        trigger=context.trigger, max_tokens=600,
        facts={"lead_name": lead.get("name"), "company": lead.get("company"),
               "segment": lead.get("segment"), "city": lead.get("city"), "channel": channel},
        messages=[ChatMessage("system", FIRST_MESSAGE.render(
            channel="WhatsApp" if channel == "whatsapp" else "e-mail",
            lead_name=lead.get("name"), company=lead.get("company") or "empresa")),
            ChatMessage("user", "Escreva a mensagem.")]))
    subject, text = _split_subject(completion.text, run_input.get("subject"), channel)
    async with unit_of_work() as session:
        session.add(Message(organization_id=context.run.organization_id,
                            enrollment_id=enrollment_id, step_index=0, channel=channel,
                            direction="out", subject=subject, text=text,
                            status=MessageStatus.awaiting_approval, run_id=context.run.id))
    context.use_tool("request_approval")
    to = lead["phone"] if channel == "whatsapp" else lead["email"]
    payload = {"channel": channel, "to": to, "text": text}
    if subject:
        payload["subject"] = subject
    context.approval = ApprovalRequest("first_contact",
                                       f"Primeiro contato: {lead.get('name')} "
                                       f"({lead.get('company')})", payload)
    await context.report(drafted=1, message="awaiting approval")
    return {"drafted": 1, "offline": completion.offline}


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
    return {"stopped": reason.value}


async def send_guard(session: AsyncSession, run: AgentRun, payload: dict[str, Any]
                     ) -> str | None:
    """Right before an approved first message leaves: still not suppressed, and the
    enrollment still waiting for it (a reply or an opt-out may have stopped it)."""
    lead = run.input.get("lead") or {}
    if await suppression.blocked(session, run.organization_id, **_addresses(lead)):
        await _mark(session, run.id, MessageStatus.blocked)
        return "the address is on the suppression list"
    enrollment = await session.get(Enrollment, uuid.UUID(run.input["enrollment_id"]))
    if enrollment is None or enrollment.status != EnrollmentStatus.pending_approval:
        await _mark(session, run.id, MessageStatus.blocked)
        return "the enrollment is no longer waiting for this message"
    return None


async def _mark(session: AsyncSession, run_id: uuid.UUID, status: MessageStatus) -> None:
    for message in (await session.scalars(select(Message).where(Message.run_id == run_id))):
        message.status = status
