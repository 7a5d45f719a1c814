#!/usr/bin/env bash
# `make bench`: runs backend/bench against real servers (embedded ones when no URL is set)
# and records the tables (HTTP, then the AI layer) in docs/benchmarks.md. Arguments go to
# `python -m bench` (e.g. `--only ai`, `--search-queries 50`).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/backend"
# shellcheck source=scripts/services.sh
source "$ROOT/scripts/services.sh"

uv run --frozen python -m bench --write "$ROOT/docs/benchmarks.md" "$@"
