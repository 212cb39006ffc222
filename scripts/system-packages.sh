#!/usr/bin/env bash
# Install the Debian packages the test suite needs (a real browser, a real PostgreSQL, npm).
# Skips apt entirely when every package is already installed; needs root (or sudo) otherwise.
set -euo pipefail

# One package per line, with why we need it.
PACKAGES=(
  chromium         # the real browser the patient-chat tests drive (Playwright, executable_path)
  chromium-driver  # its matching driver, for WebDriver-based tools; keeps the browser build whole
  fonts-wqy-microhei  # a small CJK font, so Chinese shows in the browser tests' screenshots
  postgresql  # a real PostgreSQL server for the tests (fakes/postgres.py starts a private one)
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm fetches axe-core, the accessibility engine the browser tests inject (scripts/axe.sh).
# Checked by command, not by package: an npm that came with another Node.js will do, and
# Debian's npm would conflict with some of those.
command -v npm >/dev/null || missing+=(npm)
(( ${#missing[@]} == 0 )) && exit 0

SUDO=""
if [[ $(id -u) != 0 ]]; then
  command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root or sudo." >&2; exit 1; }
  SUDO=sudo
fi
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
