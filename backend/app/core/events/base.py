"""Domain events: small, past-tense, serialisable facts (`DealWon`, `UserInvited`).

Name. Every event class has a stable wire name, `__event_name__`, stored in the outbox
and carried to Celery and WebSocket clients. By default it is derived from where the
class lives: `<module>.<snake_case_class>`, so `app.modules.crm.events.DealWon` is
"crm.deal_won" and `app.identity.events.UserInvited` is "identity.user_invited". Set
`__event_name__` explicitly to keep the name when a class is renamed or moved (rows
already in the outbox refer to the old name). Names are unique; a clash fails at import.

Audience. `realtime = True` also sends the event, after commit, to the users in
`audience` through `/ws`: `Audience.organization` (every staff member of
`organization_id`; never client users), `Audience.user` (the event's `user_id` field) and
`Audience.client` (the users of the event's `client_company_id` field). Whatever a realtime
event carries is visible to that audience, so keep such events to ids and labels.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class Audience(StrEnum):
    organization = "organization"
    user = "user"
    client = "client"


_AUDIENCE_FIELD = {Audience.user: "user_id", Audience.client: "client_company_id"}
_REGISTRY: dict[str, type[Event]] = {}


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _owner(module: str) -> str:
    parts = module.split(".")
    if parts[:2] == ["app", "modules"] and len(parts) > 2:
        return parts[2]
    if parts[0] == "app" and len(parts) > 1:
        return parts[1]
    raise TypeError(f"events defined outside app/ must set __event_name__ ({module})")


class Event(BaseModel):
    """Base of every domain event; subclass it in a module's `events.py`."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    __event_name__: ClassVar[str] = "event"
    realtime: ClassVar[bool] = False
    audience: ClassVar[tuple[Audience, ...]] = (Audience.organization,)

    event_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    organization_id: uuid.UUID
    occurred_at: AwareDatetime = Field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        name = cls.__dict__.get("__event_name__") or (
            f"{_owner(cls.__module__)}.{_snake(cls.__name__)}")
        cls.__event_name__ = name
        for audience in cls.audience if cls.realtime else ():
            needed = _AUDIENCE_FIELD.get(Audience(audience))
            if needed and needed not in cls.model_fields:
                raise TypeError(f"{cls.__qualname__}: audience {audience} needs a {needed} field")
        existing = _REGISTRY.get(name)
        if existing is not None and (existing.__module__, existing.__qualname__) != (
                cls.__module__, cls.__qualname__):
            raise TypeError(f"event name {name!r} is used by {existing.__qualname__} already")
        _REGISTRY[name] = cls

    @property
    def event_name(self) -> str:
        return self.__event_name__

    def payload(self) -> dict[str, Any]:
        """The JSON form stored in the outbox and handed to Celery tasks."""
        return self.model_dump(mode="json")


def event_class(name: str) -> type[Event] | None:
    """The class registered under a wire name (None when that module is not loaded)."""
    return _REGISTRY.get(name)


def registered_events() -> dict[str, type[Event]]:
    return dict(_REGISTRY)
