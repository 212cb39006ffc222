"""Alembic environment: our tables only, the URL from the config or from the settings.

Run programmatically through ``storage.migrate`` (no logging setup: the app owns logging)
or with the ``alembic`` command and the repository's ``alembic.ini`` (which configures
logging from that file). A caller may pass an open connection as
``config.attributes["connection"]``.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.engine import make_url

from storage.db import MIGRATION_LOCK_KEY, make_engine
from storage.migrate import context_options

config = context.config

if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    """Return the URL to migrate: ``sqlalchemy.url`` if set, else ``TRIAGE_DATABASE_URL``."""
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from core.settings import get_settings

    return get_settings().database_url


def run_migrations_offline() -> None:
    """Emit the migration SQL to stdout instead of running it."""
    url = database_url()
    context.configure(
        url=url,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **context_options(make_url(url).get_backend_name()),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations(connection: Connection) -> None:
    """Run the migrations on ``connection``.

    On SQLite, foreign keys are switched off meanwhile: batch operations rebuild a table
    by copy, drop and rename, and with foreign keys on, the drop would cascade into (or be
    refused by) the tables that reference it. The result is checked before commit.
    """
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        connection.commit()
    try:
        context.configure(connection=connection, **context_options(connection.dialect.name))
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Replicas starting together migrate one at a time; the others then see
                # the new revision and have nothing to do.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def run_migrations_online() -> None:
    """Run the migrations against the database."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(database_url())
    try:
        with engine.connect() as connection:
            run_migrations(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
