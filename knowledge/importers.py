"""Read a clinic's document (Markdown, plain text, HTML or PDF) into titled sections.

Each importer returns a :class:`ParsedDocument`: its id (``slug``), language, title, source,
and the text under each heading, as plain text (Markdown markup, HTML tags and scripts
are gone). ``knowledge.chunking`` then cuts sections into passages.

- **Markdown** (``.md``): optional YAML front matter (``id``, ``title``, ``language``,
  ``source``, ``sample``) and markdown-it-py's parse; ``#`` is the title, ``##``/``###``
  start sections. The sample-content notice (a quote before the first section of a
  document whose front matter says ``sample: true``) becomes the ``sample`` flag, not a
  passage.
- **HTML** (``.html``, ``.htm``): BeautifulSoup; ``<title>`` or the first ``<h1>`` is the
  title, ``<h2>``-``<h4>`` start sections, ``<html lang>`` gives the language; scripts,
  styles and navigation are dropped.
- **PDF** (``.pdf``): pypdf's text extraction, then read as plain text.
- **Plain text** (``.txt``): the first line is the title; a short line without closing
  punctuation, alone in its paragraph, starts a section.

With no language given, it is detected from the text (``clinical.language``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup, Tag
from markdown_it import MarkdownIt
from markdown_it.token import Token
from pypdf import PdfReader

from clinical.language import detect_language, supported

FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SLUG = re.compile(r"[^a-z0-9]+")
_HEADING_END = re.compile(r"[.。!！?？;；,，:：]$")


class ImportFailed(ValueError):
    """A file that cannot be imported: the message says which and why."""


@dataclass
class Section:
    """The text under one heading ("" before the first heading)."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the section's paragraphs, one per line."""
        return "\n".join(self.paragraphs)


@dataclass
class ParsedDocument:
    """A document ready to chunk and store."""

    slug: str
    language: str
    title: str
    source: str | None
    sample: bool
    format: str
    filename: str | None
    sections: list[Section]

    @property
    def content_hash(self) -> str:
        """Return a fingerprint of everything stored (a re-import of the same file is a no-op)."""
        payload = {
            "title": self.title,
            "source": self.source,
            "sample": self.sample,
            "sections": [(s.heading, s.paragraphs) for s in self.sections],
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def slugify(name: str) -> str:
    """Return an id made of lower-case letters, digits and dashes."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _SLUG.sub("-", ascii_name.lower()).strip("-")
    return slug[:128] or "document"


def parse_file(path: Path) -> ParsedDocument:
    """Read one file in any supported format; raise :class:`ImportFailed` if it cannot be."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ImportFailed(f"{path.name}: not a supported format (.md, .txt, .html, .pdf)")
    try:
        if kind == "pdf":
            return parse_pdf(path.read_bytes(), filename=path.name)
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed(f"{path.name}: cannot be read ({type(exc).__name__})") from exc
    if kind == "md":
        return parse_markdown(raw, filename=path.name)
    if kind == "html":
        return parse_html(raw, filename=path.name)
    return parse_text(raw, filename=path.name)


def _finish(
    meta: dict[str, Any],
    *,
    title: str | None,
    sections: list[Section],
    format: str,
    filename: str | None,
    language: str | None = None,
) -> ParsedDocument:
    sections = [s for s in sections if s.paragraphs]
    if not sections:
        raise ImportFailed(f"{filename or 'document'}: no text found")
    stem = Path(filename).stem if filename else ""
    title = str(meta.get("title") or title or stem or sections[0].heading or "Untitled").strip()
    body = "\n".join([title, *(s.text for s in sections)])
    lang = meta.get("language") or meta.get("lang") or language or detect_language(body)
    return ParsedDocument(
        slug=slugify(str(meta.get("id") or stem or title)),
        language=supported(str(lang)),
        title=title,
        source=str(meta["source"]).strip() if meta.get("source") else None,
        sample=bool(meta.get("sample", False)),
        format=format,
        filename=filename,
        sections=sections,
    )


# --- Markdown ------------------------------------------------------------------------


def parse_markdown(raw: str, *, filename: str | None = None) -> ParsedDocument:
    """Parse Markdown with optional YAML front matter."""
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            raise ImportFailed(f"{filename or 'document'}: bad front matter") from exc
        meta = loaded if isinstance(loaded, dict) else {}
        raw = raw[match.end() :]
    tokens = MarkdownIt("commonmark").parse(raw)
    title: str | None = None
    sections = [Section("")]
    prefix: list[str] = []  # list markers of the open lists ("- " or "1. ")
    counters: list[int] = []
    quote_depth = 0
    skip_notice = bool(meta.get("sample"))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            text = _inline_text(tokens[i + 1])
            if token.tag == "h1" and title is None:
                title = text
            else:
                sections.append(Section(text))
                skip_notice = False
            i += 3
            continue
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            counters.append(int(token.attrs.get("start", 1) or 1) - 1)
            prefix.append("1." if token.type == "ordered_list_open" else "-")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            counters.pop()
            prefix.pop()
        elif token.type == "list_item_open" and counters:
            counters[-1] += 1
        elif token.type == "inline":
            text = _inline_text(token)
            in_notice = quote_depth > 0 and skip_notice and len(sections) == 1
            if text and not in_notice:
                marker = ""
                if prefix and tokens[i - 2].type == "list_item_open":
                    marker = f"{counters[-1]}. " if prefix[-1] == "1." else "- "
                sections[-1].paragraphs.append(marker + text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            sections[-1].paragraphs.append(token.content.strip())
        i += 1
    return _finish(meta, title=title, sections=sections, format="md", filename=filename)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)  # the alt text; no image is fetched or shown
    return re.sub(r"\s+", " ", "".join(parts)).strip()


# --- HTML ----------------------------------------------------------------------------

_HTML_BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "dt", "dd", "td", "th", "pre", "blockquote")
_HTML_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "form")


def parse_html(raw: str, *, filename: str | None = None) -> ParsedDocument:
    """Parse an HTML page: visible text only, split at its headings."""
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    html_tag = soup.find("html")
    language = html_tag.get("lang") if isinstance(html_tag, Tag) else None
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    body = soup.body or soup
    sections = [Section("")]
    seen_h1 = False
    for element in body.find_all(_HTML_BLOCKS):
        if element.find_parent(_HTML_BLOCKS) is not None:
            continue  # its text is in the enclosing block
        text = re.sub(r"\s+", " ", element.get_text(" ", strip=True)).strip()
        if not text:
            continue
        if element.name == "h1" and not seen_h1:
            seen_h1 = True
            title = title or text
        elif element.name in ("h1", "h2", "h3", "h4"):
            sections.append(Section(text))
        else:
            sections[-1].paragraphs.append(("- " if element.name == "li" else "") + text)
    return _finish(
        {},
        title=title,
        sections=sections,
        format="html",
        filename=filename,
        language=str(language) if language else None,
    )


# --- Plain text and PDF --------------------------------------------------------------


def parse_text(raw: str, *, filename: str | None = None, format: str = "txt") -> ParsedDocument:
    """Parse plain text: first line the title, short unpunctuated lone lines are headings."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", raw.replace("\r\n", "\n")) if b.strip()]
    title: str | None = None
    sections = [Section("")]
    for n, block in enumerate(blocks):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\n") if line.strip()]
        if n == 0 and len(lines[0]) <= 120:
            title, lines = lines[0], lines[1:]
            if not lines:
                continue
        if len(lines) == 1 and _looks_like_heading(lines[0]) and n + 1 < len(blocks):
            sections.append(Section(lines[0]))
            continue
        if len(lines) > 1 and _looks_like_heading(lines[0]) and len(lines[0]) <= 60:
            sections.append(Section(lines[0]))
            lines = lines[1:]
        paragraph: list[str] = []
        for line in lines:
            if re.match(r"^([-*•]|\d+[.)])\s+", line):
                if paragraph:
                    sections[-1].paragraphs.append(" ".join(paragraph))
                    paragraph = []
                sections[-1].paragraphs.append(re.sub(r"^[*•]\s+", "- ", line))
            else:
                paragraph.append(line)
        if paragraph:
            sections[-1].paragraphs.append(_join_lines(paragraph))
    return _finish({}, title=title, sections=sections, format=format, filename=filename)


def _looks_like_heading(line: str) -> bool:
    return 0 < len(line) <= 80 and not _HEADING_END.search(line) and not line.startswith("-")


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines: with a space in English, without one between Chinese characters."""
    out = lines[0]
    for line in lines[1:]:
        han = re.compile(r"[\u3400-\u9fff]")
        joiner = "" if han.match(out[-1:]) and han.match(line[:1]) else " "
        out += joiner + line
    return out


def parse_pdf(data: bytes, *, filename: str | None = None) -> ParsedDocument:
    """Parse a PDF's text layer (a scanned PDF without one has no text to import)."""
    from io import BytesIO

    try:
        reader = PdfReader(BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or None
    except Exception as exc:  # pypdf raises many types on a broken file
        raise ImportFailed(f"{filename or 'document'}: not a readable PDF") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise ImportFailed(f"{filename or 'document'}: the PDF has no text layer")
    parsed = parse_text(_pdf_paragraphs(text), filename=filename, format="pdf")
    if meta_title:
        parsed.title = str(meta_title).strip()
    return parsed


def _pdf_paragraphs(text: str) -> str:
    """Put blank lines back where a PDF's text layer lost them: around heading-like lines
    and after lines that end a sentence (pypdf gives one line per printed line)."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            out.append("")
        elif _looks_like_heading(line) and len(line) <= 60:
            out.extend(["", line, ""])
        else:
            out.append(line)
            if _HEADING_END.search(line):
                out.append("")
    return "\n".join(out)
