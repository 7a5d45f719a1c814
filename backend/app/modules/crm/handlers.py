"""Reactions of the CRM: a started import runs as the `crm.import_csv` task. (Lead
conversion from SDR's `LeadAccepted` joins here once SDR publishes it: see leads.py.)"""

from __future__ import annotations

from app.core.events import subscribe_task
from app.modules.crm.events import ImportQueued

IMPORT_TASK = "crm.import_csv"

subscribe_task(ImportQueued, IMPORT_TASK)
