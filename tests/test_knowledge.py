"""The knowledge base: import of each format, versioned storage on SQLite and Postgres,
retrieval in English and Chinese, the "no information" floor, citations and the cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from knowledge import answer as compose
from knowledge.base import KnowledgeBase
from knowledge.chunking import chunk_document
from knowledge.importers import ImportFailed, parse_file, parse_markdown
from knowledge.text import question_key, tokens
from storage import knowledge as kb_repo
from storage import repository as repo
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import KbChunk, KbDocument
from tests.kb_data import DIABETES_EN, write_library

# --- importers -----------------------------------------------------------------------


def test_markdown_front_matter_sections_and_no_markup(tmp_path: Path) -> None:
    doc = parse_markdown(DIABETES_EN, filename="diabetes-diet.md")
    assert (doc.slug, doc.language, doc.title, doc.sample) == (
        "diabetes-diet",
        "en",
        "Eating well with diabetes",
        True,
    )
    assert doc.source and doc.source.startswith("Test fixture")
    assert [s.heading for s in doc.sections] == ["What to eat", "Sugar and carbohydrates"]
    first = doc.sections[0].paragraphs[0]
    assert first.startswith("- Eat regular meals") and "**" not in first
    assert not any("Sample content" in s.text for s in doc.sections)  # the notice is a flag


def test_each_format_is_imported(tmp_path: Path) -> None:
    folder = write_library(tmp_path / "lib")
    txt = parse_file(folder / "en" / "sleep.txt")
    assert (txt.title, txt.language, txt.format) == ("Sleeping well", "en", "txt")
    assert [s.heading for s in txt.sections] == ["Good habits", "When to get help"]
    assert "more than three months" in txt.sections[1].text

    html = parse_file(folder / "zh" / "hand-hygiene.html")
    assert (html.title, html.language, html.format) == ("洗手预防感染", "zh", "html")
    assert [s.heading for s in html.sections] == ["什么时候洗手", "怎样洗手"]
    body = "\n".join(s.text for s in html.sections)
    assert "alert" not in body and "color" not in body and "首页" not in body
    assert "- 搓手至少二十秒" in body

    pdf = parse_file(folder / "en" / "sprains.pdf")
    assert (pdf.title, pdf.language, pdf.format) == ("Sprains and strains", "en", "pdf")
    assert [s.heading for s in pdf.sections] == ["Rest and ice", "When to get help"]
    assert "ice wrapped in a towel" in pdf.sections[0].text


def test_unsupported_or_broken_files_fail_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "empty.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    for name, reason in [
        ("notes.docx", "not a supported format"),
        ("broken.pdf", "PDF"),
        ("empty.md", "no text"),
    ]:
        with pytest.raises(ImportFailed, match=reason):
            parse_file(tmp_path / name)


def test_long_sections_are_cut_between_paragraphs_and_keep_their_heading() -> None:
    items = "\n".join(f"- Point number {n} about eating vegetables every day." for n in range(40))
    doc = parse_markdown(f"# Veg\n\n## Vegetables\n{items}\n")
    chunks = chunk_document(doc)
    assert len(chunks) > 1
    assert {c.section for c in chunks} == {"Vegetables"}
    assert all(len(c.text) <= 760 for c in chunks)
    assert "\n".join(c.text for c in chunks) == doc.sections[0].text  # nothing lost


def test_tokens_stem_english_and_segment_chinese_traditional_too() -> None:
    assert tokens("Diabetics") == tokens("diabetes")
    assert "糖尿病" in tokens("糖尿病患者的飲食")  # traditional 飲 -> simplified 饮
    assert "饮食" in tokens("糖尿病患者的飲食")
    assert question_key("What should  diabetics EAT?") == question_key("what should diabetics eat")


# --- storage and retrieval on both databases -------------------------------------------


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def kb(sessions: sessionmaker[Session], tmp_path: Path) -> KnowledgeBase:
    base = KnowledgeBase(sessions)
    outcomes = base.import_paths([write_library(tmp_path / "lib")])
    assert [o.error for o in outcomes] == [None] * 5  # the README was skipped
    return base


def test_import_list_remove(kb: KnowledgeBase, tmp_path: Path) -> None:
    keys = [d.key for d in kb.documents()]
    assert keys == [
        "en/diabetes-diet",
        "zh/diabetes-diet",
        "zh/hand-hygiene",
        "en/sleep",
        "en/sprains",
    ]
    again = kb.import_paths([tmp_path / "lib"])
    assert all(o.key and not o.changed and o.version == 1 for o in again)  # unchanged: no-op

    before = kb.version()
    assert kb.remove("en/sleep") == 1
    assert kb.remove("diabetes-diet") == 2  # every language
    assert [d.key for d in kb.documents()] == ["zh/hand-hygiene", "en/sprains"]
    assert kb.version() != before
    assert kb.remove("en/nothing") == 0


def test_a_changed_document_is_a_new_version_and_old_citations_keep_theirs(
    kb: KnowledgeBase, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    version_before = kb.version()
    _, passages = kb.retrieve("What should I eat with diabetes?", "en")
    cited = passages[0]
    assert (cited.slug, cited.version) == ("diabetes-diet", 1)
    with sessions() as s, s.begin():
        session_id = repo.create_session(s, language="en").id
        message = repo.add_message(s, session_id=session_id, role="agent", content="answer")
        kb_repo.add_citations(s, message_id=message.id, chunk_ids=[cited.chunk_id])

    changed = DIABETES_EN.replace("brown rice and oats", "brown rice, oats and barley")
    (tmp_path / "lib" / "en" / "diabetes-diet.md").write_text(changed, encoding="utf-8")
    [outcome] = kb.import_paths([tmp_path / "lib" / "en" / "diabetes-diet.md"])
    assert (outcome.key, outcome.version, outcome.changed) == ("en/diabetes-diet", 2, True)
    assert kb.version() != version_before

    _, passages = kb.retrieve("What should I eat with diabetes?", "en")
    assert (passages[0].version, "barley" in passages[0].text) == (2, True)
    with sessions() as s:
        [citation] = kb_repo.citations_for_session(s, session_id=session_id)
        versions = s.scalars(
            select(KbDocument.version).where(KbDocument.slug == "diabetes-diet")
        ).all()
        old_text = s.get(KbChunk, cited.chunk_id)
    assert (citation.version, citation.is_current, citation.title) == (
        1,
        False,
        "Eating well with diabetes",
    )
    assert sorted(versions) == [1, 1, 2]  # en v1 (kept), en v2, zh v1
    assert old_text is not None and "barley" not in old_text.text


def test_retrieval_in_each_language_and_the_no_information_floor(kb: KnowledgeBase) -> None:
    cases = [
        ("What should diabetics eat?", "en", "diabetes-diet"),
        ("糖尿病患者饮食应注意哪些事项？", "zh", "diabetes-diet"),
        ("糖尿病患者飲食應注意哪些事項？", "zh", "diabetes-diet"),  # traditional
        ("how long should i keep ice on a sprained ankle", "en", "sprains"),
        ("什么时候应该洗手？", "zh", "hand-hygiene"),
        ("how can I sleep well?", "en", "sleep"),
    ]
    for question, language, slug in cases:
        _, passages = kb.retrieve(question, language)
        assert passages and passages[0].slug == slug, question
        assert passages[0].language == language
        answer = compose.extractive(language, passages)
        assert answer.kind == "extractive" and answer.sources, question
        assert passages[0].text in answer.body  # verbatim

    for question, language in [
        ("how do I renew my passport", "en"),
        ("is bitcoin a good investment", "en"),
        ("护照怎么续签？", "zh"),
    ]:
        _, passages = kb.retrieve(question, language)
        answer = compose.extractive(language, passages)
        assert answer.kind == "no_information" and not answer.sources, question
        assert compose.text("no_information", language) in answer.render()


def test_the_answer_cache_is_per_library_version(kb: KnowledgeBase) -> None:
    version, passages = kb.retrieve("tips for sleeping better", "en")
    key = kb.cache_key("Tips for sleeping better?", "en", "extractive", version)
    assert key == kb.cache_key("tips for  SLEEPING better", "en", "extractive", version)
    assert kb.cached(key) is None
    answer = compose.extractive("en", passages)
    kb.remember(key, version, answer)
    kb.remember(key, version, answer)  # twice (another replica) is fine
    assert kb.cached(key) == answer

    kb.remove("en/sleep")
    new_version = kb.version()
    assert kb.cache_key("tips for sleeping better", "en", "extractive", new_version) != key
    kb.remember("other", new_version, answer)
    assert kb.cached(key) is None  # entries of older versions are dropped


def test_the_starter_library_is_imported_once_into_an_empty_base(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = write_library(tmp_path / "starter")
    base = KnowledgeBase(sessions)
    assert len(base.ensure_starter_library(folder)) == 5
    assert base.ensure_starter_library(folder) == []
    for document in base.documents():
        base.remove(document.key)
    assert KnowledgeBase(sessions).ensure_starter_library(folder) == []  # emptied on purpose


def test_the_source_articles_question_is_answered_from_the_starter_library(
    sqlite_url: str,
) -> None:
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    try:
        base = KnowledgeBase(make_session_factory(engine))
        outcomes = base.ensure_starter_library()
        assert len(outcomes) >= 80 and all(o.error is None for o in outcomes)
        for question, language in [
            ("糖尿病患者日常饮食应注意哪些事项？", "zh"),
            ("What should a person with diabetes watch in their daily diet?", "en"),
        ]:
            _, passages = base.retrieve(question, language)
            answer = compose.extractive(language, passages)
            assert answer.kind == "extractive", question
            assert answer.sources[0]["document"] == "diabetes-diet"
    finally:
        engine.dispose()
