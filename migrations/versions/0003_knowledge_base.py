"""The knowledge base: documents (versioned), their chunks, citations and the answer cache.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Frozen copy of storage.models at this revision: later model changes need a new revision,
not an edit here. tests/test_migrations.py checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the knowledge-base tables."""
    op.create_table(
        "kb_documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("slug", sa.String(length=128), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("sample", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_documents")),
        sa.UniqueConstraint(
            "slug", "language", "version", name=op.f("uq_kb_documents_slug_language_version")
        ),
    )
    op.create_index(op.f("ix_kb_documents_is_current"), "kb_documents", ["is_current"])

    op.create_table(
        "kb_chunks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["kb_documents.id"],
            name=op.f("fk_kb_chunks_document_id_kb_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_chunks")),
        sa.UniqueConstraint("document_id", "seq", name=op.f("uq_kb_chunks_document_id_seq")),
    )
    op.create_index(op.f("ix_kb_chunks_document_id"), "kb_chunks", ["document_id"])

    op.create_table(
        "kb_citations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("chunk_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chunk_id"], ["kb_chunks.id"], name=op.f("fk_kb_citations_chunk_id_kb_chunks")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["kb_documents.id"],
            name=op.f("fk_kb_citations_document_id_kb_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_kb_citations_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_citations")),
        sa.UniqueConstraint(
            "message_id", "chunk_id", name=op.f("uq_kb_citations_message_id_chunk_id")
        ),
    )
    op.create_index(op.f("ix_kb_citations_message_id"), "kb_citations", ["message_id"])

    op.create_table(
        "kb_answer_cache",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("library_version", sa.String(length=64), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_kb_answer_cache")),
    )
    op.create_index(
        op.f("ix_kb_answer_cache_library_version"), "kb_answer_cache", ["library_version"]
    )


def downgrade() -> None:
    """Drop the knowledge-base tables, children first."""
    op.drop_index(op.f("ix_kb_answer_cache_library_version"), table_name="kb_answer_cache")
    op.drop_table("kb_answer_cache")
    op.drop_index(op.f("ix_kb_citations_message_id"), table_name="kb_citations")
    op.drop_table("kb_citations")
    op.drop_index(op.f("ix_kb_chunks_document_id"), table_name="kb_chunks")
    op.drop_table("kb_chunks")
    op.drop_index(op.f("ix_kb_documents_is_current"), table_name="kb_documents")
    op.drop_table("kb_documents")
