"""What the SDR does when others speak: a first contact's agent run ended; a lead replied."""

from __future__ import annotations

from app.ai.runs.events import AgentRunFinished
from app.core.events import on
from app.integrations.events import InboundMessageReceived
from app.modules.sdr import outcomes, replies
from app.modules.sdr.campaigns import FIRST_CONTACT

FIRST_CONTACT_AGENTS = {agent for agent, _ in FIRST_CONTACT.values()}


@on(AgentRunFinished)
async def settle_first_contact(session, event: AgentRunFinished) -> None:
    if event.agent in FIRST_CONTACT_AGENTS:
        await outcomes.first_contact_ended(session, event.organization_id, event.run_id,
                                           event.status)


@on(InboundMessageReceived)
async def handle_reply(session, event: InboundMessageReceived) -> None:
    await replies.received(session, event)
