#!/usr/bin/env bash
# Backend checks: ruff, import-linter (when backend/.importlinter exists), pytest.
#
# DATABASE_URL, REDIS_URL and S3_ENDPOINT are used when set. Whatever is
# missing is started embedded by `python -m app.devstack services` for the
# duration of the run (so this works on a machine without PostgreSQL/Redis,
# and the storage tests always have a real S3 API). Arguments go to pytest.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/backend"

services_pid=""
tmp_dir=""

cleanup() {
    if [[ -n "$services_pid" ]] && kill -0 "$services_pid" 2>/dev/null; then
        kill -TERM "$services_pid" 2>/dev/null || true
        for _ in $(seq 1 300); do  # up to 60 s for a clean stop
            kill -0 "$services_pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$services_pid" 2>/dev/null || true
        wait "$services_pid" 2>/dev/null || true
    fi
    if [[ -n "$tmp_dir" ]]; then rm -rf "$tmp_dir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -z "${DATABASE_URL:-}" || -z "${REDIS_URL:-}" || -z "${S3_ENDPOINT:-}" ]]; then
    tmp_dir="$(mktemp -d)"
    env_file="$tmp_dir/services.env"
    echo "test.sh: starting the missing data services (python -m app.devstack services)"
    uv run --frozen python -m app.devstack services --env-file "$env_file" &
    services_pid=$!
    deadline=$((SECONDS + 180))
    until [[ -f "$env_file" ]]; do
        if ! kill -0 "$services_pid" 2>/dev/null; then
            echo "test.sh: the data services failed to start" >&2
            exit 1
        fi
        if ((SECONDS >= deadline)); then
            echo "test.sh: the data services were not ready within 180 s" >&2
            exit 1
        fi
        sleep 0.2
    done
    set -a
    # shellcheck disable=SC1090
    source "$env_file"
    set +a
fi

failed=()
step() {
    echo "+ $*"
    "$@" || failed+=("$*")
}

step uv run --frozen ruff check app tests
if [[ -f .importlinter ]]; then
    step uv run --frozen lint-imports
fi
step uv run --frozen pytest -q -p no:cacheprovider "$@"

if ((${#failed[@]})); then
    printf 'test.sh: FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "test.sh: all checks passed"
