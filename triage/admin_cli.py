"""``triage sessions`` (retention and erasure) and ``triage users`` (workspace accounts)."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta

import click

from core.errors import TriageError
from triage.cli_support import load_settings

# --- sessions ---------------------------------------------------------------------------


@click.group()
def sessions() -> None:
    """Stored conversations: delete them after a retention period, or on request."""


def confirm_deletion(count: int, yes: bool) -> None:
    """Ask before deleting on a terminal; elsewhere (cron, scripts) require ``--yes``."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise click.UsageError("deleting needs --yes when not run on a terminal")
    click.confirm(f"Delete {count} conversation(s) for good?", abort=True)


def run_deletion(session_ids: list[str]) -> None:
    """Delete ``session_ids``; print what was deleted and what was skipped and why."""
    from triage.retention import delete_sessions

    settings = load_settings()
    try:
        outcome = asyncio.run(delete_sessions(settings.database_url, session_ids))
    except TriageError as exc:
        raise click.ClickException(str(exc)) from exc
    for session_id, why in outcome.skipped.items():
        click.echo(f"skipped {session_id}: {why}", err=True)
    click.echo(f"deleted {len(outcome.deleted)} conversation(s)")
    if outcome.skipped:
        raise SystemExit(1)


@sessions.command("purge")
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=1),
    required=True,
    metavar="DAYS",
    help="Delete conversations with no activity for more than DAYS days.",
)
@click.option("--dry-run", is_flag=True, help="Only say how many would be deleted.")
@click.option("--yes", is_flag=True, help="Do not ask (needed when not on a terminal).")
def sessions_purge(days: int, dry_run: bool, yes: bool) -> None:
    """Delete every conversation idle for more than DAYS days (transcript, record, red flags,
    assessments, nurse reviews and graph state); the audit log keeps one row per deletion."""
    from triage.retention import sessions_idle_since

    settings = load_settings()
    try:
        idle = sessions_idle_since(settings.database_url, older_than=timedelta(days=days))
    except TriageError as exc:
        raise click.ClickException(str(exc)) from exc
    if dry_run:
        click.echo(f"{len(idle)} conversation(s) idle for more than {days} days")
        return
    if idle:
        confirm_deletion(len(idle), yes)
    run_deletion(idle)


@sessions.command("delete")
@click.argument("session_ids", nargs=-1, required=True, metavar="SESSION_ID...")
@click.option("--yes", is_flag=True, help="Do not ask (needed when not on a terminal).")
def sessions_delete(session_ids: tuple[str, ...], yes: bool) -> None:
    """Delete these conversations (e.g. a patient's erasure request), everything but the
    audit rows."""
    confirm_deletion(len(session_ids), yes)
    run_deletion(list(session_ids))


# --- users ------------------------------------------------------------------------------


@click.group()
def users() -> None:
    """Nurse workspace accounts."""


def read_new_password() -> str:
    """Read a password: hidden and confirmed on a terminal, else the first line of stdin."""
    if sys.stdin.isatty():
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))
    return sys.stdin.readline().rstrip("\r\n")


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["nurse", "admin"]), required=True)
def users_add(name: str, role: str) -> None:
    """Create user NAME; the password is read without echo (or from stdin when piped)."""
    from nurse import audit
    from nurse.accounts import AccountError, add_user, check_new_password
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade

    settings = load_settings()
    password = read_new_password()
    try:
        check_new_password(password)
        upgrade(settings.database_url)
        engine = make_engine(settings.database_url)
        try:
            with make_session_factory(engine)() as s, s.begin():
                user = add_user(s, name=name, role=role, password=password)
                audit.record(
                    s,
                    actor=audit.SYSTEM,
                    action=audit.USER_ADDED,
                    object_type="user",
                    object_id=user.id,
                )
        finally:
            engine.dispose()
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"user {name} ({role}) created")


@users.command("disable")
@click.argument("name")
def users_disable(name: str) -> None:
    """Disable user NAME: no more logins, and open ones end at once."""
    from nurse import audit
    from nurse.accounts import AccountError, disable_user
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade

    settings = load_settings()
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as s, s.begin():
            user = disable_user(s, name=name)
            audit.record(
                s,
                actor=audit.SYSTEM,
                action=audit.USER_DISABLED,
                object_type="user",
                object_id=user.id,
            )
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()
    click.echo(f"user {name} disabled")


@users.command("list")
def users_list() -> None:
    """List the workspace users (name, role, disabled, created)."""
    from nurse.accounts import list_users
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade

    settings = load_settings()
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as s:
            for user in list_users(s):
                state = "disabled" if user.disabled else "active"
                click.echo(f"{user.name}\t{user.role}\t{state}\t{user.created_at:%Y-%m-%d}")
    finally:
        engine.dispose()
