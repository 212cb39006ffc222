"""Benchmarks of the triage agent, run as ``python -m bench``; each figure is a ratio.

The benchmarks drive the real product path (``triage.app.open_conversation``) against the
packaged HTTP fake of the OpenAI API (``fakes/``, shared with the test suite). When
``python -m bench`` runs from another folder, the repository root (the parent of this
package) is put on ``sys.path`` so ``fakes`` can be found.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

if importlib.util.find_spec("fakes") is None and (REPO_ROOT / "fakes").is_dir():
    sys.path.insert(0, str(REPO_ROOT))
