"""scripts/system-packages.sh: what the test command installs on a fresh Debian machine.

The script runs for real against stand-ins for ``dpkg-query``, ``apt-get`` and ``id`` on a
PATH of their own, so nothing is installed and the machine's own npm cannot hide a gap.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "system-packages.sh"
BASH = shutil.which("bash") or "/bin/bash"


def fake_bin(tmp_path: Path, *, with_npm: bool) -> tuple[Path, Path]:
    """Return a PATH folder where every Debian package is installed, and apt-get's log."""
    folder, log = tmp_path / "bin", tmp_path / "apt-get.log"
    folder.mkdir()
    scripts = {
        "dpkg-query": 'printf "install ok installed"',
        "apt-get": f'echo "$*" >> "{log}"',
        "id": "echo 0",
    }
    if with_npm:
        scripts["npm"] = "exit 0"
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!{BASH}\n{body}\n")
        path.chmod(0o755)
    grep = shutil.which("grep")
    assert grep is not None
    (folder / "grep").symlink_to(grep)
    return folder, log


def run(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(folder), "HOME": os.environ.get("HOME", "/root")}
    return subprocess.run(
        [BASH, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_npm_is_installed_when_the_command_is_missing(tmp_path: Path) -> None:
    # scripts/axe.sh (run by scripts/test.sh) needs npm to fetch axe-core.
    folder, log = fake_bin(tmp_path, with_npm=False)
    done = run(folder)
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines()
    installs = [call.split() for call in calls if call.split()[:1] == ["install"]]
    assert len(installs) == 1 and installs[0][-1] == "npm", calls
    assert "Installing Debian packages: npm" in done.stderr


def test_nothing_is_installed_when_everything_is_there(tmp_path: Path) -> None:
    # An npm from elsewhere (another Node.js) will do: no apt-get at all.
    folder, log = fake_bin(tmp_path, with_npm=True)
    done = run(folder)
    assert done.returncode == 0, done.stderr
    assert not log.exists()
