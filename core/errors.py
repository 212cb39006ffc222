"""Errors the product raises on purpose; each says what the reader can do about it.

TriageError
├── ConfigError        settings are wrong: fix the TRIAGE_* variable it names
├── InputRejected      the patient's message cannot be used as is: show the reason
├── ModelUnavailable   the LLM server cannot be reached or keeps failing
├── StorageError       the database cannot be reached or refused a write
└── SessionNotFound    no session with that id or token
"""

from __future__ import annotations


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
    """The database failed; check TRIAGE_DATABASE_URL and that the server is up."""


class SessionNotFound(TriageError):
    """No session matches; start a new conversation."""


class TurnFailed(TriageError):
    """A turn broke off unexpectedly; the patient's message is stored and a retry continues."""
