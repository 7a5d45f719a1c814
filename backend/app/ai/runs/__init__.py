"""Agent runs: the row every crew run lives in (status, progress, result), the approvals
humans give before an agent acts, and the sandbox switch per organization and agent.
Other modules start runs with `service.start_run`; the crews themselves live in app.ai.crews
and are only imported by the worker."""
