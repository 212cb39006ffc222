"""A heading line over the items of a list is carried onto each item.

Patients write lists ("左小腿：" then "腫 ✓", "熱 ✓" a line each; "Right calf:" then "- swollen",
"- hot"): the heading names what every item under it is about, so the rules read each item
with its heading in front ("左小腿腫 ✓", "right calf swollen"). A heading is a short line that
ends in a colon with nothing after it; its items are the lines after it up to a blank line or
the next heading. A list bullet ("-", "•", "*", "1.") stays in front of the item.
"""

from __future__ import annotations

import re

from clinical.matching import HAN_CHARS, normalize

# a heading: at most 12 Chinese characters or 4 words (with a number: "懷孕30週：", "Day 2:")
_HEADING = re.compile(
    rf"^\s*((?:[{HAN_CHARS}\d]{{1,12}})|(?:[A-Za-z0-9'/-]+(?:\s+[A-Za-z0-9'/-]+){{0,3}}))\s*:\s*$"
)
_HAN_START = re.compile(f"[{HAN_CHARS}]")
_HAN_END = re.compile(rf"[{HAN_CHARS}\d]$")
_BULLET = re.compile(r"^(\s*(?:[-•*·]|\d{1,2}[.)])?\s*)(.*)$", re.DOTALL)


def carry_headings(text: str) -> str:
    """Return ``text`` with each list heading written in front of the items under it."""
    if "\n" not in text:
        return text
    lines = normalize(text).split("\n")
    if not any(_HEADING.match(line) for line in lines[:-1]):
        return text
    out: list[str] = []
    heading: str | None = None
    for line in lines:
        head = _HEADING.match(line)
        if head is not None:
            heading = head.group(1)
            out.append(line)
            continue
        if not line.strip():
            heading = None
        if heading is None or not line.strip():
            out.append(line)
            continue
        bullet, item = _BULLET.match(line).groups()  # type: ignore[union-attr]
        joiner = "" if _HAN_START.match(item) and _HAN_END.search(heading) else " "
        out.append(f"{bullet}{heading}{joiner}{item}")
    return "\n".join(out)
