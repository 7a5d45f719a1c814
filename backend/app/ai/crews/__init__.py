"""CrewAI crews run by the worker: the router as a CrewAI LLM (llm.py), guarded tools
(tools.py), the runner (runner.py) and the crews themselves. Only `catalog` is safe to
import from the API: everything else here imports CrewAI."""

import os

# CrewAI reads these when it is imported, and every CrewAI import in app/ goes through this
# package: no telemetry, no tracing, nothing leaves the machine.
for _name, _value in (("CREWAI_DISABLE_TELEMETRY", "true"), ("OTEL_SDK_DISABLED", "true"),
                      ("CREWAI_TRACING_ENABLED", "false"), ("CREWAI_DISABLE_TRACKING", "true"),
                      ("CREWAI_DISABLE_VERSION_CHECK", "true")):
    os.environ.setdefault(_name, _value)
