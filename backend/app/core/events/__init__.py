"""Domain events with a transactional outbox.

    from app.core import events

    await events.publish(session, DealWon(organization_id=..., deal_id=...))

`publish` writes the event in the caller's transaction; the relay delivers it after the
commit to `@events.on(...)` handlers, subscribed Celery tasks and realtime clients; a
rollback drops it. See base.py (naming, audience), handlers.py and relay.py.
"""

from app.core.events.base import Audience, Event, event_class
from app.core.events.handlers import load_handlers, on, subscribe_task
from app.core.events.outbox import once, outbox_lag_seconds, publish

__all__ = ["Audience", "Event", "event_class", "load_handlers", "on", "once",
           "outbox_lag_seconds", "publish", "subscribe_task"]
