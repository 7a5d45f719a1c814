"""CrewAI costs seconds to import: the API never pays it, the worker's crew path does."""

from __future__ import annotations

from tests.core.conftest import run_script


def test_the_api_does_not_import_crewai():
    done = run_script("import sys, app.main; print('crewai' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_crew_runner_imports_it_with_telemetry_off():
    done = run_script("import os, sys, app.ai.crews.runner; print('crewai' in sys.modules, "
                      "os.environ['CREWAI_DISABLE_TELEMETRY'], os.environ['OTEL_SDK_DISABLED'])")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True true true"
