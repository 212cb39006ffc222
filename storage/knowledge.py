"""Reads and writes of the knowledge-base tables: documents, chunks, citations, the cache.

Like ``storage.repository``: every function takes a keyword-only ``session`` and never
commits; the caller owns the transaction. Functions that add rows flush, so ids are set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from storage.db import utcnow
from storage.models import KbAnswerCache, KbChunk, KbCitation, KbDocument, Message


@dataclass(frozen=True)
class NewChunk:
    """A passage to store: the heading it sits under and its text."""

    section: str
    text: str


@dataclass(frozen=True)
class Stored:
    """What ``store_document`` did: the document version and whether it is new."""

    document: KbDocument
    changed: bool  # False: the same content was already current, nothing was written


def current_document(session: Session, *, slug: str, language: str) -> KbDocument | None:
    """Return the current version of a document, or ``None``."""
    return session.scalars(
        select(KbDocument).where(
            KbDocument.slug == slug, KbDocument.language == language, KbDocument.is_current
        )
    ).one_or_none()


def store_document(
    session: Session,
    *,
    slug: str,
    language: str,
    title: str,
    source: str | None,
    sample: bool,
    filename: str | None,
    format: str,
    content_hash: str,
    chunks: Sequence[NewChunk],
) -> Stored:
    """Add a document as its new current version, unless the same content is current.

    The previous version stays, no longer current, with its chunks: answers that cited it
    still point at what they cited.
    """
    existing = current_document(session, slug=slug, language=language)
    if existing is not None and existing.content_hash == content_hash:
        return Stored(existing, changed=False)
    latest = session.scalar(
        select(func.max(KbDocument.version)).where(
            KbDocument.slug == slug, KbDocument.language == language
        )
    )
    if existing is not None:
        existing.is_current = False
        existing.retired_at = utcnow()
        session.flush()
    document = KbDocument(
        slug=slug,
        language=language,
        version=(latest or 0) + 1,
        title=title,
        source=source,
        sample=sample,
        filename=filename,
        format=format,
        content_hash=content_hash,
        is_current=True,
    )
    document.chunks = [
        KbChunk(seq=seq, section=chunk.section, text=chunk.text)
        for seq, chunk in enumerate(chunks, start=1)
    ]
    session.add(document)
    session.flush()
    return Stored(document, changed=True)


def list_current_documents(session: Session) -> list[KbDocument]:
    """Return every current document, by slug then language."""
    return list(
        session.scalars(
            select(KbDocument)
            .where(KbDocument.is_current)
            .order_by(KbDocument.slug, KbDocument.language)
        )
    )


def any_document(session: Session) -> bool:
    """Return whether any document was ever imported (current or retired)."""
    return session.scalar(select(KbDocument.id).limit(1)) is not None


def retire_documents(session: Session, *, slug: str, language: str | None = None) -> int:
    """Mark a document (one language, or all) as no longer current; return how many.

    Nothing is deleted: answers that cited it keep their citations.
    """
    condition = [KbDocument.slug == slug, KbDocument.is_current]
    if language is not None:
        condition.append(KbDocument.language == language)
    result = session.execute(
        update(KbDocument).where(*condition).values(is_current=False, retired_at=utcnow())
    )
    session.flush()
    return int(getattr(result, "rowcount", 0) or 0)


def library_version(session: Session) -> str:
    """Return a short fingerprint of the current library (changes with any import or removal)."""
    ids = session.scalars(
        select(KbDocument.id).where(KbDocument.is_current).order_by(KbDocument.id)
    ).all()
    return hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ChunkRow:
    """A current passage with what is shown and cited of its document."""

    chunk_id: int
    document_id: int
    slug: str
    language: str
    title: str
    section: str
    text: str
    version: int


def current_chunks(session: Session) -> list[ChunkRow]:
    """Return every passage of the current documents, in document order."""
    rows = session.execute(
        select(KbChunk, KbDocument)
        .join(KbDocument, KbChunk.document_id == KbDocument.id)
        .where(KbDocument.is_current)
        .order_by(KbDocument.id, KbChunk.seq)
    ).all()
    return [
        ChunkRow(
            chunk_id=chunk.id,
            document_id=document.id,
            slug=document.slug,
            language=document.language,
            title=document.title,
            section=chunk.section,
            text=chunk.text,
            version=document.version,
        )
        for chunk, document in rows
    ]


def add_citations(session: Session, *, message_id: int, chunk_ids: Sequence[int]) -> None:
    """Record the passages an agent message cited, in the order shown."""
    if not chunk_ids:
        return
    documents = dict(
        session.execute(
            select(KbChunk.id, KbChunk.document_id).where(KbChunk.id.in_(list(chunk_ids)))
        ).all()
    )
    for rank, chunk_id in enumerate(dict.fromkeys(chunk_ids), start=1):
        if chunk_id in documents:
            session.add(
                KbCitation(
                    message_id=message_id,
                    chunk_id=chunk_id,
                    document_id=documents[chunk_id],
                    rank=rank,
                )
            )
    session.flush()


@dataclass(frozen=True)
class Citation:
    """A cited passage as the nurse sees it: which document version, which section."""

    message_id: int
    rank: int
    slug: str
    language: str
    title: str
    section: str
    version: int
    is_current: bool


def citations_for_session(session: Session, *, session_id: str) -> list[Citation]:
    """Return every citation of a session's messages, by message then rank."""
    rows = session.execute(
        select(KbCitation, KbChunk, KbDocument)
        .join(Message, KbCitation.message_id == Message.id)
        .join(KbChunk, KbCitation.chunk_id == KbChunk.id)
        .join(KbDocument, KbCitation.document_id == KbDocument.id)
        .where(Message.session_id == session_id)
        .order_by(Message.seq, KbCitation.rank)
    ).all()
    return [
        Citation(
            message_id=citation.message_id,
            rank=citation.rank,
            slug=document.slug,
            language=document.language,
            title=document.title,
            section=chunk.section,
            version=document.version,
            is_current=document.is_current,
        )
        for citation, chunk, document in rows
    ]


def cached_answer(session: Session, *, key: str) -> dict[str, Any] | None:
    """Return a cached answer, or ``None``."""
    row = session.get(KbAnswerCache, key)
    return None if row is None else dict(row.answer)


def cache_answer(
    session: Session, *, key: str, library_version: str, answer: dict[str, Any]
) -> None:
    """Keep an answer for its key; entries of older library versions are dropped."""
    session.execute(delete(KbAnswerCache).where(KbAnswerCache.library_version != library_version))
    if session.get(KbAnswerCache, key) is None:
        session.add(KbAnswerCache(key=key, library_version=library_version, answer=answer))
    session.flush()
