"""Every HTML page and fragment of the workspace, from autoescaping Jinja2 templates.

Nothing here builds HTML from strings: ``templates/*.html`` do, and every value they print
is escaped by the environment's ``finalize`` hook — HTML, and also ``$`` and backticks,
because Gradio fills ``gr.HTML`` through a JavaScript template. So a stored text (a
transcript, a red flag's evidence, a note) is inert without anyone remembering to make it
so. Only our own macros and templates produce markup. Nothing is rendered as Markdown, so
no image or link in a message is ever fetched or made clickable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from nurse.queue import LEVELS
from ui.nurse_texts import level_label, name_of, text


def inert(value: object) -> Markup:
    """Return ``value`` escaped for HTML and for Gradio's template (``$``, backticks);
    markup our own templates made passes as it is, ``None`` prints nothing."""
    if value is None:
        return Markup("")
    if hasattr(value, "__html__"):
        return Markup(value)
    return Markup(str(escape(str(value))).replace("$", "&#36;").replace("`", "&#96;"))


def when(value: datetime | None) -> str:
    """Return a UTC timestamp as the workspace shows it."""
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else ""


def plain(value: object) -> str:
    """Return a record field (a list, a mapping, a value) as one line of text."""
    if isinstance(value, list):
        return "; ".join(plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {plain(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)


ENVIRONMENT = Environment(
    loader=PackageLoader("ui.nurse", "templates"),
    autoescape=True,
    finalize=inert,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
ENVIRONMENT.filters.update(when=when, plain=plain)
ENVIRONMENT.globals.update(LEVELS=LEVELS)


def render(template: str, language: str, /, **context: Any) -> str:
    """Return the template file ``template`` rendered in the workspace's ``language``."""

    def t(key: str, **values: object) -> str:
        return text(key, language, **values)

    def fmt(key: str, **values: object) -> Markup:
        """Return the text ``key`` with markup values (a level chip) put in its blanks."""
        return inert(text(key, language, **{k: "{" + k + "}" for k in values})).format(
            **{k: inert(v) for k, v in values.items()}
        )

    def level(value: str | None) -> str:
        return level_label(value if value in LEVELS else "in_progress", language)

    return ENVIRONMENT.get_template(template).render(
        language=language,
        t=t,
        fmt=fmt,
        level_name=level,
        name_of=lambda kind, value: name_of(kind, value, language),
        **context,
    )
