"""Reactions of the CRM: a started import runs as the `crm.import_csv` task; a lead the SDR
accepted becomes company, contact and deal (once per lead: see leads.py), and its later
messages go on their timelines."""

from __future__ import annotations

from app.core.events import on, subscribe_task
from app.identity.actor import Actor
from app.modules.crm import leads
from app.modules.crm.events import ImportQueued
from app.modules.sdr.events import ConversationLogged, LeadAccepted

IMPORT_TASK = "crm.import_csv"

subscribe_task(ImportQueued, IMPORT_TASK)


@on(LeadAccepted)
async def convert_accepted_lead(session, event: LeadAccepted) -> None:
    await leads.convert(session, Actor.system(event.organization_id), event.lead)


@on(ConversationLogged)
async def log_lead_messages(session, event: ConversationLogged) -> None:
    await leads.log_messages(session, Actor.system(event.organization_id), "sdr",
                             str(event.lead_id), event.messages)
