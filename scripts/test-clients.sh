#!/usr/bin/env bash
# Web and mobile checks (the second half of `make test`): the generated API types are
# current; frontend lint, types, unit tests and browser tests (scripts/e2e.sh); mobile
# lint, types, unit tests and a web export loaded in Chromium. Each step runs even when an
# earlier one failed; the script fails when any did, naming them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
failed=()
step() {  # step DIR COMMAND...
    local dir="$1"
    shift
    echo "+ ($dir) $*"
    local started=$SECONDS
    (cd "$ROOT/$dir" && "$@") || failed+=("($dir) $*")
    echo "  ($((SECONDS - started)) s)"
}

for app in frontend mobile; do
    step "$app" npm ci --no-audit --no-fund --loglevel=error
done
step . bash scripts/api-client.sh --check

step frontend npm run lint
step frontend npm run typecheck
step frontend npm test
step . bash scripts/e2e.sh

step mobile npm run lint
step mobile npm run typecheck
step mobile npm test -- --ci
step mobile npm run export:web
step mobile npm run smoke:web

if ((${#failed[@]})); then
    printf 'test-clients.sh: FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "test-clients.sh: all checks passed"
