#!/usr/bin/env bash
# Sourced by scripts/test.sh and scripts/bench.sh: makes DATABASE_URL, REDIS_URL and
# S3_ENDPOINT available. Those already set are used as they are; whatever is missing is
# started embedded by `python -m app.devstack services` for the duration of the caller
# (so this works on a machine with no PostgreSQL, Redis or S3 server), and stopped on exit.
# Expects the current directory to be backend/.

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

