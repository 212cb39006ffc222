"""Initial tables: sessions, messages, intake snapshots, red flags, assessments.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Frozen copy of storage.models at this revision: later model changes need a new revision,
not an edit here. tests/test_migrations.py checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = "'emergency', 'urgent', 'non_urgent', 'self_care'"


def upgrade() -> None:
    """Create the tables."""
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("access_token_hash", sa.String(length=64), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("disposition", sa.String(length=16), nullable=True),
        sa.Column("turns", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "stage IN ('collecting', 'advice', 'emergency')", name=op.f("ck_sessions_stage")
        ),
        sa.CheckConstraint(
            f"disposition IS NULL OR disposition IN ({_LEVELS})",
            name=op.f("ck_sessions_disposition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("access_token_hash", name=op.f("uq_sessions_access_token_hash")),
    )

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('patient', 'agent')", name=op.f("ck_messages_role")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_messages_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("session_id", "seq", name=op.f("uq_messages_session_id_seq")),
    )
    op.create_index(op.f("ix_messages_session_id"), "messages", ["session_id"])

    op.create_table(
        "intake_snapshots",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_intake_snapshots_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_intake_snapshots_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_snapshots")),
    )
    op.create_index(op.f("ix_intake_snapshots_session_id"), "intake_snapshots", ["session_id"])

    op.create_table(
        "red_flags",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("flag_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("guideline", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("source IN ('rule', 'model')", name=op.f("ck_red_flags_source")),
        sa.CheckConstraint(f"level IN ({_LEVELS})", name=op.f("ck_red_flags_level")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_red_flags_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_red_flags_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_red_flags")),
        sa.UniqueConstraint(
            "session_id",
            "message_id",
            "flag_id",
            name=op.f("uq_red_flags_session_id_message_id_flag_id"),
        ),
    )

    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("disposition", sa.String(length=16), nullable=False),
        sa.Column("rule_disposition", sa.String(length=16), nullable=True),
        sa.Column("model_disposition", sa.String(length=16), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("self_care", sa.JSON(), nullable=False),
        sa.Column("get_help_now_if", sa.JSON(), nullable=False),
        sa.Column("disclaimer", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"disposition IN ({_LEVELS})", name=op.f("ck_assessments_disposition")),
        sa.CheckConstraint(
            f"rule_disposition IS NULL OR rule_disposition IN ({_LEVELS})",
            name=op.f("ck_assessments_rule_disposition"),
        ),
        sa.CheckConstraint(
            f"model_disposition IS NULL OR model_disposition IN ({_LEVELS})",
            name=op.f("ck_assessments_model_disposition"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_assessments_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_assessments_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    op.create_index(op.f("ix_assessments_session_id"), "assessments", ["session_id"])


def downgrade() -> None:
    """Drop the tables, children first."""
    op.drop_index(op.f("ix_assessments_session_id"), table_name="assessments")
    op.drop_table("assessments")
    op.drop_table("red_flags")
    op.drop_index(op.f("ix_intake_snapshots_session_id"), table_name="intake_snapshots")
    op.drop_table("intake_snapshots")
    op.drop_index(op.f("ix_messages_session_id"), table_name="messages")
    op.drop_table("messages")
    op.drop_table("sessions")
