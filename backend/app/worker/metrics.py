"""Task counts by name and state, for every worker, exposed by any API process.

Worker processes (prefork children) are short-lived and unscraped, so counting in their
memory would show nothing at `/metrics`. Instead each state change is one HINCRBY on a
Redis hash, and `TaskCountsCollector`, registered in the default Prometheus registry when
this module is imported, reads the hash at scrape time and exposes it as the counter
`worker_tasks_total{task, state}`; states: started, succeeded, failed, retried, revoked,
rejected. The counts are cluster-wide and survive worker restarts.

The event lag is `app.core.events.outbox_lag_seconds(session)` (re-exported here).
"""

from __future__ import annotations

import redis
import structlog
from celery import signals
from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from app.config import get_settings
from app.core.events.outbox import outbox_lag_seconds

log = structlog.get_logger(__name__)

TASK_COUNTS_KEY = "worker:task_counts"
STATES = ("started", "succeeded", "failed", "retried", "revoked", "rejected")
_client: redis.Redis | None = None

__all__ = ["TASK_COUNTS_KEY", "TaskCountsCollector", "outbox_lag_seconds", "record",
           "register_task_metrics", "task_counts"]


def _redis() -> redis.Redis:
    global _client
    if _client is None:  # redis-py's pool notices a fork and reconnects in the child
        _client = redis.Redis.from_url(get_settings().redis_url, socket_timeout=0.5,
                                       socket_connect_timeout=0.5)
    return _client


def _key() -> str:
    return get_settings().worker.key_prefix + TASK_COUNTS_KEY


def record(task_name: str | None, state: str) -> None:
    """Count one state change; a Redis hiccup loses a count, never a task."""
    try:
        _redis().hincrby(_key(), f"{task_name or 'unknown'}|{state}", 1)
    except redis.RedisError as exc:
        log.debug("task_count_failed", error_type=type(exc).__name__)


def task_counts() -> dict[tuple[str, str], int]:
    raw = _redis().hgetall(_key())
    counts = {}
    for field, value in raw.items():
        task_name, _, state = field.decode().rpartition("|")
        counts[(task_name, state)] = int(value)
    return counts


class TaskCountsCollector(Collector):
    def collect(self):
        family = CounterMetricFamily("worker_tasks", "Celery tasks by task name and state, "
                                     "all workers", labels=["task", "state"])
        try:
            counts = task_counts()
        except redis.RedisError as exc:  # a scrape still answers without these series
            log.warning("task_counts_unavailable", error_type=type(exc).__name__)
            counts = {}
        for (task_name, state), value in sorted(counts.items()):
            family.add_metric([task_name, state], value)
        yield family

    def describe(self):
        return []


_registered: set[int] = set()


def register_task_metrics(registry: CollectorRegistry = REGISTRY) -> None:
    if id(registry) not in _registered:
        registry.register(TaskCountsCollector())
        _registered.add(id(registry))


register_task_metrics()


def _name(sender=None, request=None, **_) -> str | None:
    name = getattr(sender, "name", None)
    if name is None and request is not None:
        name = getattr(request, "task", None) or getattr(request, "name", None)
    return name


@signals.task_prerun.connect
def _started(sender=None, **kw) -> None:
    record(_name(sender), "started")


@signals.task_success.connect
def _succeeded(sender=None, **kw) -> None:
    record(_name(sender), "succeeded")


@signals.task_failure.connect
def _failed(sender=None, task_id=None, exception=None, **kw) -> None:
    log.error("task_failed", task=_name(sender), task_id=task_id,
              error_type=type(exception).__name__)
    record(_name(sender), "failed")


@signals.task_retry.connect
def _retried(sender=None, request=None, reason=None, **kw) -> None:
    log.warning("task_retry", task=_name(sender, request),
                error_type=type(reason).__name__ if reason is not None else None)
    record(_name(sender, request), "retried")


@signals.task_revoked.connect
def _revoked(sender=None, request=None, **kw) -> None:
    record(_name(sender, request), "revoked")


@signals.task_rejected.connect
def _rejected(message=None, **kw) -> None:
    headers = getattr(message, "headers", None) or {}
    record(headers.get("task"), "rejected")
