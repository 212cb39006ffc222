"""Fixed patient-facing texts in every supported language, with {placeholders}.

These never need a model: the emergency reply, the greeting, the disclaimer and the
fallbacks used when the model fails are all here, in ``clinical/data/messages.yaml``.
"""

from __future__ import annotations

import functools
import string
from pathlib import Path

from clinical.language import supported
from clinical.loading import DATA_DIR, LANGUAGES, ClinicalDataError, read_yaml
from states.disposition import Disposition

__all__ = ["Messages", "disposition_name", "disposition_text", "load_messages", "text"]

DEFAULT_PATH = DATA_DIR / "messages.yaml"

# Every key the product uses, with the placeholders its text must show.
REQUIRED: dict[str, frozenset[str]] = {
    "greeting": frozenset({"number"}),
    "emergency": frozenset({"number", "reasons"}),
    "disclaimer": frozenset(),
    "model_unavailable": frozenset({"number"}),
    "fallback_advice": frozenset(),
    "input_empty": frozenset(),
    "input_too_long": frozenset({"limit"}),
    "session_finished": frozenset(),
    "confirm_sign": frozenset({"sign"}),
    **{
        f"disposition.{level.value}": frozenset({"number"})
        if level is Disposition.EMERGENCY
        else frozenset()
        for level in Disposition
    },
    **{f"disposition_name.{level.value}": frozenset() for level in Disposition},
    **{f"scope_refusal.{kind}": frozenset() for kind in ("dose", "prescription", "diagnosis")},
}


def placeholders(template: str) -> frozenset[str]:
    """Return the {placeholder} names used in ``template``."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


class Messages:
    """The loaded texts: key -> language -> template."""

    def __init__(self, texts: dict[str, dict[str, str]], source: str = "") -> None:
        self.source = source
        self.texts = texts

    @classmethod
    def load(cls, path: Path | None = None) -> Messages:
        """Load and validate a messages file (default: the packaged messages.yaml)."""
        path = path or DEFAULT_PATH
        data = read_yaml(path)
        data.pop("version", None)
        texts: dict[str, dict[str, str]] = {}
        _flatten(data, "", texts, path)
        for key, by_lang in texts.items():
            missing = [lang for lang in LANGUAGES if not by_lang.get(lang, "").strip()]
            if missing:
                raise ClinicalDataError(f"{path}: message {key!r}: no text for {missing}")
            try:
                names = {lang: placeholders(t) for lang, t in by_lang.items()}
            except ValueError as exc:
                raise ClinicalDataError(f"{path}: message {key!r}: {exc}") from exc
            if len(set(names.values())) > 1:
                raise ClinicalDataError(
                    f"{path}: message {key!r}: placeholders differ between languages: {names}"
                )
            needed = REQUIRED.get(key, frozenset())
            if not needed <= names["en"]:
                raise ClinicalDataError(
                    f"{path}: message {key!r}: must show {sorted(needed - names['en'])}"
                )
        absent = sorted(set(REQUIRED) - set(texts))
        if absent:
            raise ClinicalDataError(f"{path}: missing messages {absent}")
        return cls(texts, source=str(path))

    def text(self, key: str, language: str, **values: str) -> str:
        """Return message ``key`` in ``language`` (English if absent), filled with ``values``."""
        try:
            by_lang = self.texts[key]
        except KeyError:
            raise KeyError(f"no message {key!r}") from None
        template = by_lang.get(supported(language)) or by_lang["en"]
        try:
            return template.format_map(values)
        except KeyError as exc:
            raise KeyError(f"message {key!r} needs a value for {{{exc.args[0]}}}") from None


def _flatten(node: object, prefix: str, out: dict[str, dict[str, str]], path: Path) -> None:
    if not isinstance(node, dict):
        raise ClinicalDataError(f"{path}: message {prefix!r}: expected a mapping")
    if node and all(isinstance(v, str) for v in node.values()):
        bad = [k for k in node if k not in LANGUAGES]
        if bad:
            raise ClinicalDataError(f"{path}: message {prefix!r}: unknown languages {bad}")
        out[prefix] = {str(k): str(v) for k, v in node.items()}
        return
    for key, child in node.items():
        _flatten(child, f"{prefix}.{key}" if prefix else str(key), out, path)


@functools.cache
def load_messages() -> Messages:
    """Return the packaged messages, loaded once per process."""
    return Messages.load()


def text(key: str, language: str, **values: str) -> str:
    """Return the packaged message ``key`` in ``language`` (falls back to English)."""
    return load_messages().text(key, language, **values)


def disposition_text(level: Disposition | str, language: str, number: str) -> str:
    """Return the level of care and what it means, e.g. "Emergency: call 112 ...\""""
    return text(f"disposition.{Disposition(level).value}", language, number=number)


def disposition_name(level: Disposition | str, language: str) -> str:
    """Return the short name of a level of care ("Urgent", "尽快就医")."""
    return text(f"disposition_name.{Disposition(level).value}", language)
