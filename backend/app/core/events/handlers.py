"""Who reacts to an event: in-process handlers (`@on`) and Celery tasks (`subscribe_task`).

    # app/modules/crm/handlers.py
    @on(LeadAccepted)
    async def open_deal(session: AsyncSession, event: LeadAccepted) -> None:
        ...                                  # runs once per event, in its own transaction

    subscribe_task(DealWon, "finance.issue_invoice")   # the task gets event.payload()

A handler's name (default `<python module>.<function>`, or `name=`) is its key in the
processed-event ledger: keep it stable. Declare reactions in a module's `handlers.py`;
`load_handlers()` imports every `app.**.events` and `app.**.handlers` module so that the
API and the worker know the same reactions.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events.base import Event

E = TypeVar("E", bound=Event)
HandlerFn = Callable[[AsyncSession, Any], Awaitable[None]]


@dataclass(frozen=True)
class Handler:
    name: str
    event: type[Event]
    fn: HandlerFn


_handlers: dict[str, dict[str, Handler]] = {}
_tasks: dict[str, list[str]] = {}
_loaded = False


def on(event: type[E], *, name: str | None = None
       ) -> Callable[[Callable[[AsyncSession, E], Awaitable[None]]],
                     Callable[[AsyncSession, E], Awaitable[None]]]:
    """Register an async `(session, event)` handler, applied exactly once per event."""

    def register(fn: Callable[[AsyncSession, E], Awaitable[None]]
                 ) -> Callable[[AsyncSession, E], Awaitable[None]]:
        key = name or f"{fn.__module__}.{fn.__qualname__}"
        _handlers.setdefault(event.__event_name__, {})[key] = Handler(key, event, fn)
        return fn

    return register


def subscribe_task(event: type[Event], task_name: str) -> None:
    """Enqueue Celery task `task_name` with `event.payload()` for every delivered `event`.
    Delivery is at least once: the task applies its effect inside `once(...)`."""
    names = _tasks.setdefault(event.__event_name__, [])
    if task_name not in names:
        names.append(task_name)


def handlers_for(event_name: str) -> list[Handler]:
    return list(_handlers.get(event_name, {}).values())


def tasks_for(event_name: str) -> list[str]:
    return list(_tasks.get(event_name, ()))


def load_handlers() -> None:
    """Import every module's `events` and `handlers` (once per process), and nothing else."""
    global _loaded
    if _loaded:
        return
    import app

    root = Path(app.__file__).parent
    for pattern in ("events.py", "events/__init__.py", "handlers.py"):
        for path in sorted(root.rglob(pattern)):
            relative = path.relative_to(root.parent).with_suffix("")
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            importlib.import_module(".".join(parts))
    _loaded = True
