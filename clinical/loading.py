"""Read the YAML files under ``clinical/data/`` and fail fast, naming the file and entry."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from core.errors import TriageError

DATA_DIR = Path(__file__).parent / "data"
LANGUAGES = ("en", "zh")


class ClinicalDataError(TriageError, ValueError):
    """A clinical data file is malformed; the message names the file and the entry to fix."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys and reads only true/false as booleans.

    Plain YAML 1.1 turns the phrase ``no`` into False and silently keeps the last of two
    duplicate keys; both would quietly corrupt a phrase list or a rule.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_UniqueKeyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path) -> dict[str, Any]:
    """Return the top-level mapping of a YAML file, or raise ClinicalDataError."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ClinicalDataError(f"{path}: cannot read the file ({exc})") from exc
    try:
        data = yaml.load(raw, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        raise ClinicalDataError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ClinicalDataError(f"{path}: expected a mapping at the top level")
    return data


def describe(exc: ValidationError) -> str:
    """Return a Pydantic validation error as one short line per problem."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "(entry)"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def check_languages(value: dict[str, str], what: str) -> dict[str, str]:
    """Return ``value`` if it has a non-empty text for every supported language."""
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        raise ValueError(f"{what} has no text for {', '.join(missing)}")
    return value
