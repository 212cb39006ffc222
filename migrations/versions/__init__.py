"""Alembic revision scripts, oldest first; Alembic itself skips this file."""
