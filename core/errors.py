"""Errors the product raises on purpose; each says what the reader can do about it.

TriageError
├── ConfigError        settings are wrong: fix the TRIAGE_* variable it names
│                      (a GGUF file or the bundled model package that is not there)
├── InputRejected      the patient's message cannot be used as is: show the reason
├── ModelUnavailable   the model server cannot be reached, does not serve the model, or
│                      keeps failing: check TRIAGE_LLM_BASE_URL / TRIAGE_LLM_MODEL
├── StorageError       the database refused the login, does not exist, is down, or its
│                      file may not be opened: the message names which (``reason``)
├── PortUnavailable    another program listens on the port, or it may not be used
├── SessionNotFound    no session with that id or token
└── TurnFailed         a turn broke off; the message is stored and a resend continues

The command line shows any of them as one or two lines (cause, then remedy) with exit
code 1 and no traceback (``triage -v`` shows it). What the drivers raise is turned into
these by ``storage.errors`` (databases), ``agent.model_server`` (the model server) and
:func:`port_unavailable` (ports).
"""

from __future__ import annotations

import errno


class TriageError(Exception):
    """Base of every error raised on purpose by this product."""


class ConfigError(TriageError):
    """A setting is missing or wrong; the message names the TRIAGE_* variable."""


class InputRejected(TriageError):
    """The patient's message cannot be used; the message tells the patient why."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class ModelUnavailable(TriageError):
    """The LLM server did not answer usefully; check TRIAGE_LLM_BASE_URL and the server."""


class StorageError(TriageError):
    """The database failed; the message says why and what to do.

    ``reason`` is set when the cause is known: ``login``, ``missing``, ``down`` or
    ``permission`` (see ``storage.errors``).
    """

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


class PortUnavailable(TriageError):
    """A server cannot listen on its port; choose another port or stop the other program."""


class SessionNotFound(TriageError):
    """No session matches; start a new conversation."""


class TurnFailed(TriageError):
    """A turn broke off unexpectedly; the patient's message is stored and a retry continues."""


def port_unavailable(exc: OSError, host: str, port: int, *, option: str) -> PortUnavailable:
    """Return the error for a failed ``bind`` to ``host:port``; ``option`` is how the user
    picks another port (``--port``)."""
    if exc.errno == errno.EADDRINUSE:
        return PortUnavailable(
            f"Port {port} on {host} is already in use by another program.\n"
            f"Stop that program, or choose a free port with {option}."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return PortUnavailable(
            f"Not allowed to listen on port {port} (ports below 1024 need root).\n"
            f"Choose a port above 1023 with {option}."
        )
    if exc.errno == errno.EADDRNOTAVAIL:
        return PortUnavailable(
            f"{host} is not an address of this machine, so nothing can listen on it.\n"
            "Use one of its addresses with --host (0.0.0.0 for all)."
        )
    return PortUnavailable(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.")
