#!/usr/bin/env bash
# Browser tests of the dashboard and portal against the real backend: a fresh database with
# the demo data, the API and a Celery worker on free ports, the dashboard's production build
# (`next start`), Playwright driving Debian's Chromium. Arguments go to `playwright test`.
# DATABASE_URL, REDIS_URL and S3_ENDPOINT are used when set, else started embedded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/backend"
# shellcheck source=scripts/services.sh
source "$ROOT/scripts/services.sh"

pids=()
e2e_dir="$(mktemp -d)"
stop_e2e() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$e2e_dir"
    cleanup  # services.sh: stop the embedded services it started
}
trap stop_e2e EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() {  # wait_for URL NAME LOG
    for _ in $(seq 1 240); do
        if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
            "$1" 2>/dev/null; then return 0; fi
        sleep 0.5
    done
    echo "e2e: $2 did not answer at $1; its log:" >&2
    tail -n 40 "$3" >&2
    return 1
}

if ! command -v chromium >/dev/null 2>&1; then
    echo "e2e: installing Debian's chromium (never a downloaded browser)"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

api_port="$(free_port)"
web_port="$(free_port)"
api_url="http://127.0.0.1:$api_port"
web_url="http://127.0.0.1:$web_port"

# the browser tests' own database and Redis database, fresh every run (E2E_DB and E2E_REDIS_DB
# let two runs share one PostgreSQL and Redis)
DATABASE_URL="$(uv run --frozen python - "$DATABASE_URL" "${E2E_DB:-somos_e2e}" <<'PY'
import asyncio, sys
from urllib.parse import urlsplit, urlunsplit
import asyncpg

url = urlsplit(sys.argv[1].replace("postgresql+asyncpg://", "postgresql://", 1))

async def main() -> None:
    conn = await asyncpg.connect(urlunsplit(url._replace(path="/postgres")))
    await conn.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}" WITH (FORCE)')
    await conn.execute(f'CREATE DATABASE "{sys.argv[2]}"')
    await conn.close()

asyncio.run(main())
print(urlunsplit(url._replace(path="/" + sys.argv[2])))
PY
)"
export DATABASE_URL
export REDIS_URL="${REDIS_URL%/*}/${E2E_REDIS_DB:-8}"
export APP_ENV=development SEED_DEMO=true DATA_DIR="$e2e_dir/data" LOG_LEVEL=WARNING
# the specs sign the same demo users in many times a minute; the login limit itself (5 a
# minute per e-mail and IP) has its backend tests
export RATE_LIMIT__LOGIN_PER_MINUTE=60
# inbound WhatsApp webhooks (the SDR spec posts a lead's reply) land in the demo organization,
# verified with this bearer token; sending stays in the sandbox (no Evolution credentials)
export INTEGRATIONS__ORGANIZATION_SLUG=demo
export INTEGRATIONS__EVOLUTION_WEBHOOK_TOKEN="${INTEGRATIONS__EVOLUTION_WEBHOOK_TOKEN:-e2e-evolution-webhook-token}"
export CORS_ORIGINS="[\"$web_url\"]" PUBLIC_WEB_URL="$web_url"
uv run --frozen python -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"

uv run --frozen alembic upgrade head >"$e2e_dir/migrate.log" 2>&1
uv run --frozen python -m app.cli seed-demo >"$e2e_dir/seed.log"
# the venv's python directly (not `uv run`), so that the pid we stop is the server itself
.venv/bin/python -m uvicorn app.main:app --host 127.0.0.1 --port "$api_port" \
    >"$e2e_dir/api.log" 2>&1 &
pids+=($!)
.venv/bin/python -m celery -A app.worker.celery_app worker -Q default,agents,integrations \
    --concurrency 1 -l WARNING >"$e2e_dir/worker.log" 2>&1 &
pids+=($!)
wait_for "$api_url/health/live" API "$e2e_dir/api.log"

cd "$ROOT/frontend"
if [[ "${E2E_NEXT_DEV:-}" == 1 ]]; then
    # `next dev` (output in .next/dev) instead of the production build: quicker while writing
    # screens, and it can run beside another checkout's `next build`
    NEXT_PUBLIC_API_URL="$api_url" API_URL="$api_url" \
        node_modules/.bin/next dev --hostname 127.0.0.1 --port "$web_port" \
        >"$e2e_dir/web.log" 2>&1 &
else
    NEXT_PUBLIC_API_URL="$api_url" API_URL="$api_url" npm run build >"$e2e_dir/build.log" 2>&1 \
        || { tail -n 60 "$e2e_dir/build.log" >&2; exit 1; }
    API_URL="$api_url" node_modules/.bin/next start --hostname 127.0.0.1 --port "$web_port" \
        >"$e2e_dir/web.log" 2>&1 &
fi
pids+=($!)
wait_for "$web_url/login" dashboard "$e2e_dir/web.log"

E2E_WEB_URL="$web_url" E2E_API_URL="$api_url" npm run e2e -- "$@"
