"""Cut a document's sections into passages along its headings.

A passage is the text under one heading. A long section is cut between paragraphs (list
items count as paragraphs) into passages of about ``MAX_CHARS`` characters, each keeping
its heading, so an extractive answer shows a whole thought and says where it comes from.
Chinese carries about twice the meaning per character, so its budget is half.
"""

from __future__ import annotations

from knowledge.importers import ParsedDocument
from storage.knowledge import NewChunk

MAX_CHARS = {"en": 700, "zh": 350}


def chunk_document(document: ParsedDocument) -> list[NewChunk]:
    """Return the passages of ``document``, in order."""
    budget = MAX_CHARS.get(document.language, MAX_CHARS["en"])
    chunks: list[NewChunk] = []
    for section in document.sections:
        current: list[str] = []
        size = 0
        for paragraph in section.paragraphs:
            if current and size + len(paragraph) > budget:
                chunks.append(NewChunk(section=section.heading, text="\n".join(current)))
                current, size = [], 0
            current.append(paragraph)
            size += len(paragraph) + 1
        if current:
            chunks.append(NewChunk(section=section.heading, text="\n".join(current)))
    return chunks
