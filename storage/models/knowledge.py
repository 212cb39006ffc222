"""The knowledge base's tables: the clinic's documents, their chunks, what answers cited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.db import utcnow
from storage.models.base import Base, UTCDateTime


class KbDocument(Base):
    """One version of one imported document (a leaflet in one language).

    Re-importing changed content adds a new version and marks it current; older versions
    stay (not current) so the answers that cited them can still show what they cited.
    ``triage kb remove`` retires every version: nothing new cites it, nothing old breaks.
    """

    __tablename__ = "kb_documents"
    __table_args__ = (UniqueConstraint("slug", "language", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    slug: Mapped[str] = mapped_column(String(128))  # the front matter id, or the file stem
    language: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # where the content comes from
    sample: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    filename: Mapped[str | None] = mapped_column(Text)  # the imported file's name, no folder
    format: Mapped[str] = mapped_column(String(8))  # md, txt, html, pdf
    content_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the parsed content
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    chunks: Mapped[list[KbChunk]] = relationship(
        back_populates="document",
        order_by="KbChunk.seq",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    def __repr__(self) -> str:
        return (
            f"KbDocument(id={self.id!r}, slug={self.slug!r}, language={self.language!r}, "
            f"version={self.version!r}, is_current={self.is_current!r})"
        )


class KbChunk(Base):
    """One passage of a document version: the text under one heading (or part of it)."""

    __tablename__ = "kb_chunks"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("kb_documents.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(Text)  # the heading it sits under ("" before any)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[KbDocument] = relationship(back_populates="chunks")

    def __repr__(self) -> str:
        return f"KbChunk(id={self.id!r}, document_id={self.document_id!r}, seq={self.seq!r})"


class KbCitation(Base):
    """A passage an agent message cited: the document version the nurse can look up."""

    __tablename__ = "kb_citations"
    __table_args__ = (UniqueConstraint("message_id", "chunk_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    chunk_id: Mapped[int] = mapped_column(ForeignKey("kb_chunks.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("kb_documents.id"))
    rank: Mapped[int] = mapped_column(Integer)  # 1 = the passage shown first

    def __repr__(self) -> str:
        return f"KbCitation(message_id={self.message_id!r}, chunk_id={self.chunk_id!r})"


class KbAnswerCache(Base):
    """A question already answered against one library version: its retrieval and answer.

    The key hashes the normalised question, its language, the answer mode and the library
    version, so any change to the library misses the cache. Only answers to health
    questions are kept here, never anything about a patient's triage.
    """

    __tablename__ = "kb_answer_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    library_version: Mapped[str] = mapped_column(String(64), index=True)
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return f"KbAnswerCache(key={self.key[:12]!r})"
