"""The nurse workspace's domain logic: accounts, audit, review queue, session view, SBAR, export.

Functions here read and write through a keyword-only SQLAlchemy ``session`` and never
commit: the caller owns the transaction (``with factory() as s, s.begin(): ...``).
The pages that use them are in ``ui/nurse/``.
"""
