"""What the SDR does when others speak: a step's agent run ended; a provider reported how a
message went; a lead replied."""

from __future__ import annotations

from app.ai.runs.events import AgentRunFinished
from app.core.events import on
from app.integrations.events import InboundMessageReceived, OutboundMessageStatusChanged
from app.modules.sdr import delivery, outcomes, replies
from app.modules.sdr.steps import CREWS

STEP_AGENTS = {agent for agent, _ in CREWS.values()}


@on(AgentRunFinished)
async def settle_step(session, event: AgentRunFinished) -> None:
    if event.agent in STEP_AGENTS:
        await outcomes.step_ended(session, event.organization_id, event.run_id, event.status)


@on(OutboundMessageStatusChanged)
async def track_delivery(session, event: OutboundMessageStatusChanged) -> None:
    await delivery.status_changed(session, event)


@on(InboundMessageReceived)
async def handle_reply(session, event: InboundMessageReceived) -> None:
    await replies.received(session, event)
