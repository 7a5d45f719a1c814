#!/usr/bin/env bash
# `make test`: backend checks (ruff, import-linter, pytest), then scripts/test-clients.sh.
#
# DATABASE_URL, REDIS_URL and S3_ENDPOINT are used when set. Whatever is
# missing is started embedded by `python -m app.devstack services` for the
# duration of the run (so this works on a machine without PostgreSQL/Redis,
# and the storage tests always have a real S3 API). Arguments go to pytest.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/backend"

# shellcheck source=scripts/services.sh
source "$ROOT/scripts/services.sh"

failed=()
step() {
    echo "+ $*"
    "$@" || failed+=("$*")
}

step uv run --frozen ruff check app tests bench
if [[ -f .importlinter ]]; then
    step uv run --frozen lint-imports
fi
step uv run --frozen pytest -q -p no:cacheprovider "$@"
# the web and mobile checks, on the same services (skipped when pytest arguments narrow the run)
if (($# == 0)); then
    step bash "$ROOT/scripts/test-clients.sh"
fi

if ((${#failed[@]})); then
    printf 'test.sh: FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "test.sh: all checks passed"
