"""Nurse and admin accounts, password hashing, and server-side login sessions.

Passwords are hashed with argon2id (argon2-cffi's ``PasswordHasher``, its RFC 9106
low-memory profile). A login is a random cookie value whose sha256 is stored in
``nurse_logins``; every request looks it up, so logging out or an idle timeout ends it for
every app process at once.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse import audit
from storage.db import utcnow
from storage.models import USER_ROLES, NurseLogin, User

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
MAX_FAILURES = 5
MAX_FAILURES_PER_NAME = 50
LOCKOUT = timedelta(minutes=15)
"""After MAX_FAILURES failed logins for a name from one address within LOCKOUT, that name is
refused from that address until the window passes; after MAX_FAILURES_PER_NAME from all
addresses together, from everywhere. Per address, so a stranger's guesses do not lock a
nurse out at the ward's own computer; the overall cap still bounds guessing from many
addresses. Counted from the audit log, so it holds across app processes."""
TOUCH_EVERY = timedelta(seconds=15)
"""``last_seen_at`` is written at most this often per login (not on every asset request)."""

_hasher = PasswordHasher()
# Verified when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A user cannot be created as asked; the message says why."""


def hash_password(password: str) -> str:
    """Return the argon2id hash of ``password`` (PHC string with salt and parameters)."""
    return _hasher.hash(password)


def check_new_password(password: str) -> None:
    """Raise :class:`AccountError` if ``password`` is too short or too long."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"the password must have at most {MAX_PASSWORD} characters")


def add_user(session: Session, *, name: str, role: str, password: str) -> User:
    """Create a user; raise :class:`AccountError` for a bad name, role, password or a taken name."""
    if not NAME_PATTERN.match(name):
        raise AccountError(
            "a user name is 1-64 letters, digits or . _ @ - and starts with a letter or digit"
        )
    if role not in USER_ROLES:
        raise AccountError(f"the role must be one of {', '.join(USER_ROLES)}")
    check_new_password(password)
    if get_user(session, name=name) is not None:
        raise AccountError(f"a user named {name!r} already exists")
    user = User(name=name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user


def disable_user(session: Session, *, name: str) -> User:
    """Disable a user (they cannot log in; their open logins end on their next request)."""
    user = get_user(session, name=name)
    if user is None:
        raise AccountError(f"no user named {name!r}")
    user.disabled = True
    session.flush()
    return user


def locked_out(session: Session, *, name: str, address: str) -> bool:
    """Return whether ``name`` has had too many failed logins recently from ``address``
    (the client's IP address), or from everywhere together."""
    since = utcnow() - LOCKOUT
    failed = audit.LOGIN_FAILED
    if audit.count_recent(session, actor=name, action=failed, since=since) >= (
        MAX_FAILURES_PER_NAME
    ):
        return True
    return (
        audit.count_recent(session, actor=name, action=failed, since=since, object_id=address)
        >= MAX_FAILURES
    )


def get_user(session: Session, *, name: str) -> User | None:
    """Return the user with this login name, or ``None``."""
    return session.scalars(select(User).where(User.name == name)).one_or_none()


def list_users(session: Session) -> list[User]:
    """Return every user, by name."""
    return list(session.scalars(select(User).order_by(User.name)))


def authenticate(session: Session, *, name: str, password: str) -> User | None:
    """Return the enabled user whose name and password match, else ``None``.

    Takes as long for an unknown name as for a wrong password. Rehashes a password whose
    hash uses older parameters.
    """
    user = get_user(session, name=name) if len(password) <= MAX_PASSWORD else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password[:MAX_PASSWORD])
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.flush()
    return user


# --- Login sessions ---------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_login(session: Session, *, user: User) -> str:
    """Open a login for ``user`` and return the secret cookie value (stored only hashed)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        NurseLogin(token_hash=_token_hash(token), user_id=user.id, created_at=now, last_seen_at=now)
    )
    session.flush()
    return token


@dataclass(frozen=True)
class LoginCheck:
    """The outcome of looking up a cookie: the user when ``status`` is ``ok``."""

    status: Literal["ok", "idle", "ended", "unknown"]
    user: User | None = None


def check_login(session: Session, *, token: str | None, idle_timeout: timedelta) -> LoginCheck:
    """Return who the cookie belongs to; an idle login is ended here and reported as ``idle``."""
    if not token:
        return LoginCheck("unknown")
    login = session.scalars(
        select(NurseLogin).where(NurseLogin.token_hash == _token_hash(token))
    ).one_or_none()
    if login is None:
        return LoginCheck("unknown")
    if login.ended_at is not None:
        return LoginCheck("ended")
    user = session.get(User, login.user_id)
    now = utcnow()
    if user is None or user.disabled:
        login.ended_at = now
        session.flush()
        return LoginCheck("ended")
    if now - login.last_seen_at > idle_timeout:
        login.ended_at = now
        session.flush()
        return LoginCheck("idle", user)
    if now - login.last_seen_at > TOUCH_EVERY:
        login.last_seen_at = now
        session.flush()
    return LoginCheck("ok", user)


def end_login(session: Session, *, token: str | None) -> User | None:
    """End the login behind the cookie (logout); return its user if it was open."""
    if not token:
        return None
    login = session.scalars(
        select(NurseLogin).where(NurseLogin.token_hash == _token_hash(token))
    ).one_or_none()
    if login is None or login.ended_at is not None:
        return None
    login.ended_at = utcnow()
    session.flush()
    return session.get(User, login.user_id)
