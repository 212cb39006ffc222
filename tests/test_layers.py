"""The layers point one way: interfaces → agent → clinical, knowledge, states → storage → core.

Read from the source with ``ast`` (imports inside functions and ``TYPE_CHECKING`` blocks
count too), so a new upward import fails here before anyone has to notice it in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = {
    "agent",
    "bench",
    "clinical",
    "core",
    "fakes",
    "knowledge",
    "migrations",
    "nurse",
    "states",
    "storage",
    "tests",
    "triage",
    "ui",
}

# package -> the packages of ours it may never import (the layers above it, and tests).
FORBIDDEN: dict[str, set[str]] = {
    "core": OURS - {"core"},
    "states": OURS - {"states", "core"},
    "storage": OURS - {"storage", "migrations", "states", "core"},
    "migrations": OURS - {"storage", "migrations", "states", "core"},
    "clinical": {"agent", "bench", "fakes", "knowledge", "nurse", "tests", "triage", "ui"},
    "knowledge": {"agent", "bench", "fakes", "nurse", "tests", "triage", "ui"},
    "nurse": {"agent", "bench", "fakes", "tests", "triage", "ui"},
    "agent": {"bench", "fakes", "nurse", "tests", "triage", "ui"},
    "ui": {"bench", "fakes", "tests", "triage"},
    "fakes": {"bench", "tests", "triage", "ui"},
    "bench": {"tests"},
}


def _parse(source: str, filename: str) -> ast.Module:
    """``ast.parse``, once more if CPython 3.11.7's AST builder trips over its own counter.

    CPython before 3.11.8 can raise "SystemError: AST constructor recursion depth mismatch"
    for valid source (python/cpython#106905, fixed in 3.11.8); it was seen here once under
    load. A second parse of the same text is the same check, not a looser one.
    """
    try:
        return ast.parse(source, filename=filename)
    except SystemError as error:
        if "recursion depth mismatch" not in str(error):
            raise
        return ast.parse(source, filename=filename)


def imported_packages(path: Path) -> list[tuple[int, str]]:
    """Return (line, dotted module) for every absolute import in one source file."""
    tree = _parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def sources(package: str) -> list[Path]:
    """Return the Python files of one top-level package (none if it does not exist yet)."""
    folder = ROOT / package
    return sorted(folder.rglob("*.py")) if folder.is_dir() else []


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_layer_never_imports_the_layers_above_it(package: str) -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sources(package)
        for line, module in imported_packages(path)
        if module.split(".")[0] in FORBIDDEN[package]
    ]
    assert not wrong, "\n".join(wrong)


def test_graph_nodes_never_import_each_other() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sources("agent/nodes")
        for line, module in imported_packages(path)
        if module.startswith("agent.nodes")
    ]
    assert not wrong, "\n".join(wrong)


def test_the_checker_sees_an_upward_import(tmp_path: Path) -> None:
    """The check itself can fail: an upward import in a nested function is found."""
    module = tmp_path / "sample.py"
    module.write_text("def f():\n    from triage.cli import main\n    return main\n")
    assert imported_packages(module) == [(2, "triage.cli")]
