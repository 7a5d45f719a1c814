"""Append-only audit log: `audit.record(session, actor, action, entity_type, entity_id, ...)`."""

from app.core.audit.service import record, snapshot

__all__ = ["record", "snapshot"]
