#!/usr/bin/env bash
# Set up (first run only) and start the product on its embedded defaults: SQLite in
# ./triage.db and the bundled local model, serving the patient chat in the browser at the
# printed local URL. Extra arguments go to `triage serve` (e.g. --host 0.0.0.0 --port 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/triage serve "$@"
