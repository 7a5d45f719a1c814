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

if ((${#failed[@]})); then
    printf 'test.sh: FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "test.sh: all checks passed"
