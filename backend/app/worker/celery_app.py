"""The Celery application: `celery -A app.worker.celery_app worker|beat`.

Reliability settings (see docs/RELIABILITY traps):
- `task_acks_late` + `task_reject_on_worker_lost`: a task is acknowledged after it ran, and
  a task whose process died is put back, so a killed worker loses nothing.
- The Redis broker redelivers unacknowledged messages after `visibility_timeout`
  (WORKER__VISIBILITY_TIMEOUT_SECONDS, 300 s); a worker scans for them every
  `unacked_restore_interval` seconds (throttle 1, instead of kombu's ~100 s default period).
  A task still running after the visibility timeout would be delivered twice, so the hard
  time limit is 90% of it (soft limit 80%): raise the timeout to allow longer tasks.
- Prefetch 1, JSON only, results ignored unless a task asks for them.

Queues and routing. Queues are `default`, `agents` (LLM crews) and `integrations`
(outside services). A task's queue follows from its name alone, so every process
(API, relay, beat, worker) routes a name the same way without importing the task:
the first segment before the verb that names a queue wins, and `ai` means `agents`:
    "crm.recalculate_forecast"        -> default
    "ai.embed_document"               -> agents
    "sdr.agents.write_outreach"       -> agents
    "integrations.whatsapp.send"      -> integrations
    "finance.integrations.issue_nfse" -> integrations
Retries: see `app.worker.runtime.task` (transient errors back off exponentially with jitter).
"""

from __future__ import annotations

from celery import Celery, signals
from kombu import Queue

from app.config import Settings, get_settings

QUEUES = ("default", "agents", "integrations")
_QUEUE_ALIASES = {"ai": "agents", "agents": "agents", "integrations": "integrations"}


def queue_for(task_name: str) -> str:
    """The queue a task name routes to (see the module docstring)."""
    for segment in task_name.split(".")[:-1]:
        if segment in _QUEUE_ALIASES:
            return _QUEUE_ALIASES[segment]
    return "default"


def route_task(name: str, args, kwargs, options, task=None, **kw) -> dict[str, str]:
    return {"queue": queue_for(name)}


def _task_packages() -> list[str]:
    """Packages under app/ that have a `tasks` module (found on disk, nothing imported)."""
    from pathlib import Path

    import app

    root = Path(app.__file__).parent
    return [".".join(path.parent.relative_to(root.parent).parts)
            for path in sorted(root.rglob("tasks.py"))]


def configure(celery: Celery, settings: Settings) -> None:
    worker = settings.worker
    vt = worker.visibility_timeout_seconds
    heartbeat_every = max(1.0, worker.heartbeat_ttl_seconds / 3)
    sweep_every = settings.events.sweep_interval_seconds
    celery.conf.update(
        broker_url=settings.redis_url,
        result_backend=settings.redis_url,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": vt,
            "unacked_restore_interval": max(1, min(10, vt // 5)),
            "unacked_restore_throttle": 1,
            "socket_timeout": 30,
            "socket_connect_timeout": 5,
            **({"global_keyprefix": worker.key_prefix} if worker.key_prefix else {}),
        },
        result_backend_transport_options={"visibility_timeout": vt},
        task_publish_retry=True,
        task_publish_retry_policy={"max_retries": 3, "interval_start": 0,
                                   "interval_step": 0.5, "interval_max": 2},
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        event_serializer="json",
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        worker_cancel_long_running_tasks_on_connection_loss=True,
        task_default_queue="default",
        task_queues=[Queue(name, routing_key=name) for name in QUEUES],
        task_routes=(route_task,),
        task_soft_time_limit=max(1, int(vt * 0.8)),
        task_time_limit=max(2, int(vt * 0.9)),
        task_ignore_result=True,
        result_expires=24 * 3600,
        task_always_eager=worker.eager,
        task_eager_propagates=True,
        worker_hijack_root_logger=False,
        timezone="UTC",
        enable_utc=True,
        beat_schedule={
            "relay-outbox": {"task": "core.relay_outbox", "schedule": sweep_every,
                             "options": {"expires": max(2 * sweep_every, 10)}},
            "worker-heartbeat": {"task": "core.worker_heartbeat", "schedule": heartbeat_every,
                                 "options": {"expires": heartbeat_every}},
            "prune-outbox": {"task": "core.prune_outbox", "schedule": 3600.0,
                             "options": {"expires": 1800}},
            # the SDR's cadences: plan and start the due steps (app/modules/sdr/scheduler.py)
            "sdr-tick": {"task": "sdr.tick", "schedule": 60.0, "options": {"expires": 50}},
        },
    )


celery_app = Celery("somos", include=["app.worker.tasks"])
configure(celery_app, get_settings())
celery_app.autodiscover_tasks(_task_packages, related_name="tasks")


@signals.setup_logging.connect
def _setup_logging(**_) -> None:
    from app.core.logging import configure_logging

    configure_logging(get_settings().log_level)


@signals.worker_init.connect
@signals.beat_init.connect
def _refuse_unsafe_production(**_) -> None:
    """Workers and beat refuse what the API refuses: a required service in sandbox mode."""
    from app.integrations.health import refuse_sandbox_in_production

    try:
        refuse_sandbox_in_production(get_settings())
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from exc  # signal handlers swallow plain exceptions


@signals.worker_process_init.connect
def _process_init(**_) -> None:
    from app.worker import runtime

    runtime.reset_process_state()


@signals.worker_ready.connect
def _worker_ready(sender=None, **_) -> None:
    from app.worker import heartbeat

    heartbeat.start(getattr(sender, "hostname", None) or "worker")


@signals.worker_shutdown.connect
def _worker_shutdown(**_) -> None:
    from app.worker import heartbeat

    heartbeat.stop()


from app.worker import metrics as _metrics  # noqa: E402,F401 - connects the task state signals
