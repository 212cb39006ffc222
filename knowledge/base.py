"""The knowledge base service: import, list and remove documents; retrieve; cache answers.

Documents and passages live in the database (``storage.knowledge``), so every app process
sees the same library. Each process keeps one search index (``knowledge.retrieval``) built
from the current passages and rebuilds it when the library version changes, which it
checks (one small query) on every question. Answers are cached in the database too, keyed
on the normalised question and the library version, so replicas share them.

All methods are synchronous (database and CPU work); async callers use a thread.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from knowledge.answer import Answer
from knowledge.chunking import chunk_document
from knowledge.importers import FORMATS, ImportFailed, ParsedDocument, parse_file
from knowledge.retrieval import Index, Passage
from knowledge.text import question_key
from storage import knowledge as repo
from storage.models import KbDocument

log = logging.getLogger(__name__)

STARTER_LIBRARY = Path(__file__).parent / "library"


@dataclass(frozen=True)
class Imported:
    """One file's import: the document it became, or why it failed."""

    path: Path
    key: str | None = None  # "en/diabetes-diet"
    version: int | None = None
    changed: bool = False  # False with a key: the same content was already current
    chunks: int = 0
    error: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """One current document, as ``triage kb list`` shows it."""

    key: str
    title: str
    version: int
    format: str
    chunks: int
    sample: bool
    source: str | None


def document_key(document: KbDocument | ParsedDocument) -> str:
    """Return the id a document is listed and removed by: ``language/slug``."""
    return f"{document.language}/{document.slug}"


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Return the importable files among ``paths``; folders are searched recursively.

    In a folder, README files (about the folder, not for patients) and hidden files are
    skipped; a file named on the command line is always imported.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in FORMATS
                    and not p.name.startswith(".")
                    and p.stem.lower() != "readme"
                )
            )
        else:
            found.append(path)
    return found


class KnowledgeBase:
    """The clinic's documents in the database, searchable in English and Chinese."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self._index: Index | None = None
        self._lock = threading.Lock()
        self._started = False  # the starter-library check has been done

    # --- managing documents -------------------------------------------------------

    def import_paths(self, paths: Sequence[Path]) -> list[Imported]:
        """Import files and folders; each file in its own transaction."""
        outcomes = []
        for path in find_files(paths):
            try:
                parsed = parse_file(path)
            except ImportFailed as exc:
                outcomes.append(Imported(path=path, error=str(exc)))
                continue
            outcomes.append(self.import_document(parsed, path=path))
        return outcomes

    def import_document(self, parsed: ParsedDocument, *, path: Path | None = None) -> Imported:
        """Store one parsed document as its new current version (unless unchanged)."""
        chunks = chunk_document(parsed)
        with self.sessions() as session, session.begin():
            stored = repo.store_document(
                session,
                slug=parsed.slug,
                language=parsed.language,
                title=parsed.title,
                source=parsed.source,
                sample=parsed.sample,
                filename=parsed.filename,
                format=parsed.format,
                content_hash=parsed.content_hash,
                chunks=chunks,
            )
            return Imported(
                path=path or Path(parsed.filename or parsed.slug),
                key=document_key(stored.document),
                version=stored.document.version,
                changed=stored.changed,
                chunks=len(stored.document.chunks),
            )

    def documents(self) -> list[DocumentInfo]:
        """Return the current documents."""
        with self.sessions() as session:
            return [
                DocumentInfo(
                    key=document_key(d),
                    title=d.title,
                    version=d.version,
                    format=d.format,
                    chunks=len(d.chunks),
                    sample=d.sample,
                    source=d.source,
                )
                for d in repo.list_current_documents(session)
            ]

    def remove(self, key: str) -> int:
        """Retire ``language/slug`` (or ``slug``: every language); return how many."""
        language, _, slug = key.rpartition("/")
        with self.sessions() as session, session.begin():
            return repo.retire_documents(session, slug=slug, language=language or None)

    def ensure_starter_library(self, folder: Path = STARTER_LIBRARY) -> list[Imported]:
        """Import the starter library when no document was ever imported.

        A library the clinic emptied on purpose (``triage kb remove``) stays empty. Several
        processes may try at once; the database's unique version numbers let one win.
        """
        if self._started:
            return []
        with self.sessions() as session:
            if repo.any_document(session) or not folder.is_dir():
                self._started = True
                return []
        try:
            outcomes = self.import_paths([folder])
        except IntegrityError:
            outcomes = []  # another process is importing the same documents
        self._started = True
        log.info("starter library imported: %d documents", sum(1 for o in outcomes if o.key))
        return outcomes

    # --- questions ----------------------------------------------------------------

    def version(self) -> str:
        """Return the current library version."""
        with self.sessions() as session:
            return repo.library_version(session)

    def index(self) -> Index:
        """Return the search index of the current library, rebuilt when it changed."""
        version = self.version()
        with self._lock:
            if self._index is None or self._index.version != version:
                with self.sessions() as session:
                    chunks = repo.current_chunks(session)
                    version = repo.library_version(session)
                self._index = Index(chunks, version)
            return self._index

    def retrieve(self, question: str, language: str, k: int = 5) -> tuple[str, list[Passage]]:
        """Return the library version and the best passages for ``question``."""
        index = self.index()
        return index.version, index.search(question, language, k)

    @staticmethod
    def cache_key(question: str, language: str, mode: str, version: str) -> str:
        """Return the cache key of a question's answer."""
        raw = "\x1f".join((version, language, mode, question_key(question)))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def cached(self, key: str) -> Answer | None:
        """Return the cached answer for ``key``, or ``None``."""
        with self.sessions() as session:
            data = repo.cached_answer(session, key=key)
        return None if data is None else Answer.from_json(data)

    def remember(self, key: str, version: str, answer: Answer) -> None:
        """Cache an answer (another replica caching it first is fine)."""
        try:
            with self.sessions() as session, session.begin():
                repo.cache_answer(
                    session, key=key, library_version=version, answer=answer.to_json()
                )
        except IntegrityError:
            pass  # the same answer, cached by another process a moment ago
