#!/usr/bin/env bash
# The project's one test command (README Quick start, .ci/run): builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The English spec corpora against specs/README.md's format (the checker does not know the Ukrainian and Russian conventions yet).
python3 scripts/check-specs.py specs/en/dev/*.json specs/en/holdout/*.json

# The dashboard's browser tests drive Debian's chromium through Playwright; Playwright never
# downloads a browser of its own here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -x /usr/bin/chromium ]]; then
  echo "test.sh: /usr/bin/chromium missing; installing Debian's chromium for the browser tests" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

# The PostgreSQL store tests run against a throwaway cluster on loopback (Debian's server binaries,
# installed when missing), stopped however the run ends.
eval "$(scripts/pg-test-cluster.sh start)"
trap 'scripts/pg-test-cluster.sh stop "$VIGIL_TEST_PG_DIR"' EXIT

dotnet test Vigil.slnx -c Release --nologo
