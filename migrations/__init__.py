"""Alembic migrations for the tables in ``storage.models`` (run them with ``storage.migrate``)."""
