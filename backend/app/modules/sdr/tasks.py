"""Worker side: the first-contact crews and their send guard are registered with the AI
runner (they run as `ai.run_agent` / `ai.resume_run` of each enrollment's agent run)."""

from app.ai.crews import pipelines
from app.ai.runs import guards
from app.modules.sdr.campaigns import FIRST_CONTACT
from app.modules.sdr.drafting import first_contact, send_guard

for _agent, _crew in FIRST_CONTACT.values():
    pipelines.register(_crew, first_contact)
    guards.register(_crew, send_guard)
