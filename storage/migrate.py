"""Run the Alembic migrations from code (``triage db upgrade``, tests, app start-up).

The Alembic configuration is built here rather than read from ``alembic.ini``, so it works
from an installed package and from any working directory. ``migrations/env.py`` and the
tests share ``context_options``, so what is checked is what runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate.api import AutogenContext
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.schema import SchemaItem

import migrations
from core.errors import StorageError
from storage.checkpointer import CHECKPOINT_TABLES
from storage.db import make_engine
from storage.errors import database_error
from storage.models import Base, UTCDateTime

MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent
"""The Alembic script directory (the ``migrations`` package)."""


def alembic_config(url: str) -> Config:
    """Return an Alembic config for the database at ``url``, independent of the cwd."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolates '%': escape it (URL-encoded passwords contain it).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _storage_error(exc: OperationalError, url: str) -> StorageError:
    """Return the error naming why the database failed (see ``storage.errors``)."""
    return database_error(exc, url) or StorageError(
        f"The database failed ({make_url(url).render_as_string()}): "
        f"{str(exc.orig).strip().splitlines()[0]}.\nCheck TRIAGE_DATABASE_URL."
    )


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at ``url`` up to ``revision``.

    Raises :class:`StorageError` naming the cause when the database cannot be used.
    """
    try:
        command.upgrade(alembic_config(url), revision)
    except OperationalError as exc:
        raise _storage_error(exc, url) from exc


def downgrade(url: str, revision: str) -> None:
    """Migrate the database at ``url`` down to ``revision`` (``"base"`` drops our tables)."""
    try:
        command.downgrade(alembic_config(url), revision)
    except OperationalError as exc:
        raise _storage_error(exc, url) from exc


def current(url: str) -> str | None:
    """Return the database's current revision, or ``None`` if it was never migrated."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise _storage_error(exc, url) from exc
    finally:
        engine.dispose()


def include_object(
    obj: SchemaItem, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Keep LangGraph's checkpoint tables (and their indexes) out of autogenerate."""
    if type_ == "table":
        return name not in CHECKPOINT_TABLES
    table = getattr(obj, "table", None)
    return getattr(table, "name", None) not in CHECKPOINT_TABLES


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render our column types as plain SQLAlchemy types in generated migrations."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def context_options(dialect_name: str) -> dict[str, Any]:
    """Return the ``context.configure`` options used by ``migrations/env.py``."""
    return {
        "target_metadata": Base.metadata,
        "include_object": include_object,
        "render_item": render_item,
        "compare_type": True,
        "render_as_batch": dialect_name == "sqlite",
    }
