"""Shared field types for schemas."""

from __future__ import annotations

import email_validator
from pydantic import EmailStr

# The demo users live at @demo.local (product spec) and test fixtures at @example.test;
# email-validator refuses those special-use domains unless told otherwise (a documented knob).
for _domain in ("local", "test"):
    if _domain in email_validator.SPECIAL_USE_DOMAIN_NAMES:
        email_validator.SPECIAL_USE_DOMAIN_NAMES.remove(_domain)

Email = EmailStr
