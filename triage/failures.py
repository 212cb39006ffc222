"""What the command line shows when a known failure stops a command: one or two lines.

``triage`` runs every subcommand (those in other modules too) inside
:func:`explain_or_raise`, so the database refusing a login, a missing database or
folder, a server that is down, a file that may not be opened, a port in use, a model
server that is unreachable or does not serve the model, and a missing GGUF all end the
same way: the cause, then the remedy, exit code 1, no traceback (``triage -v`` shows it).
Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from agent.model_server import model_error
from core.errors import TriageError
from storage.errors import causes, database_error


def explain(exc: BaseException, *, database_url: str | None) -> str | None:
    """Return the message for a known failure anywhere in ``exc``'s chain, else ``None``."""
    if database_url is not None:
        known = database_error(exc, database_url)
        if known is not None:
            return str(known)
    for cause in causes(exc):
        model = model_error(cause, _base_url(cause))
        if model is not None:
            return str(model)
        if isinstance(cause, TriageError):
            return str(cause)
    return None


def _base_url(exc: BaseException) -> str:
    request = getattr(exc, "request", None)
    url = getattr(request, "url", None)
    if url is None:
        return "the configured address"
    return str(url).rsplit("/", 1)[0]


@contextmanager
def explain_or_raise(*, verbose: bool, database_url: str | None) -> Iterator[None]:
    """Turn a known failure inside the block into a :class:`click.ClickException`."""
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise
    except Exception as exc:
        if verbose:
            raise
        message = explain(exc, database_url=database_url)
        if message is None:
            raise
        raise click.ClickException(message) from None
