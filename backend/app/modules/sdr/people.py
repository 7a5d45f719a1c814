"""Who the SDR talks to at a hunter lead: its first named contact, with that person's phone
and e-mail, else the company's first ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Person:
    name: str | None
    role: str | None
    phone: str | None
    email: str | None


def person_of(lead: Any) -> Person:
    """`lead`: the hunter's lead (contacts, phones, emails)."""
    found = next((p for p in lead.contacts if p.get("name")), {})
    return Person(found.get("name"), found.get("role"),
                  found.get("phone") or next(iter(lead.phones), None),
                  found.get("email") or next(iter(lead.emails), None))
