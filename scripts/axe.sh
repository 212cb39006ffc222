#!/usr/bin/env bash
# Install axe-core (the accessibility rules engine the browser tests inject into pages) into
# .cache/axe, once: skipped when it is there. Needs npm and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f .cache/axe/node_modules/axe-core/axe.min.js ]]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "npm is needed to install axe-core for the accessibility tests (bash scripts/system-packages.sh installs it)." >&2
  exit 1
fi
npm install --silent --no-audit --no-fund --prefix .cache/axe axe-core@4
