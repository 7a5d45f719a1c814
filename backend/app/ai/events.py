"""Events of the LLM router."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.core.events import Event


class AgentBudgetExceeded(Event):
    """An agent's (or, with `agent` None, the organization's) spend today passed 120% of its
    daily budget. Published once per agent per day; pushed to the organization's staff
    dashboards (the platform has no Admin-only audience yet; amounts are not personal data).
    """

    realtime = True

    agent: str | None
    day: date
    spent_usd: Decimal
    budget_usd: Decimal
