"""Worker side: the message-step crews and their send guard are registered with the AI
runner (they run as `ai.run_agent` / `ai.resume_run` of each step's agent run), and the
scheduler's tick runs every minute (beat: `sdr.tick`)."""

from datetime import UTC, datetime

from app.ai.crews import pipelines
from app.ai.runs import guards
from app.core.db import unit_of_work
from app.modules.sdr import scheduler
from app.modules.sdr.drafting import message_step, send_guard
from app.modules.sdr.steps import CREWS
from app.worker.runtime import task

for _agent, _crew in CREWS.values():
    pipelines.register(_crew, message_step)
    guards.register(_crew, send_guard)


@task("sdr.tick")
async def tick() -> None:
    async with unit_of_work() as session:
        await scheduler.tick(session, datetime.now(UTC))
