#!/usr/bin/env bash
# Set up (first run only) and start the product on its embedded defaults:
# SQLite in ./triage.db and the bundled local model. Extra arguments go to `triage chat`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/triage chat "$@"
