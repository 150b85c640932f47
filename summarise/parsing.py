"""Parsing a chat model's "Key Takeaways" answer into bullet strings.

Models format lists every which way: "1." / "1)" / "(1)", "-", "•", "*", "–", markdown bold, a heading
("**Key Takeaways:**"), a preamble ("Here are the key takeaways:"), a closing remark ("Let me know if…"), several
numbered items on one line, or plain sentences with no marker at all. The rule: if any line carries a list marker,
the marked lines (plus their wrapped continuation lines) are the bullets and everything else is chatter; otherwise
each non-chatter line is a bullet, and a single paragraph is split into sentences.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"^\s*(?:[-–—•*·▪●◦►✓]+|\(?\d{1,2}[.):]|\(?\d{1,2}\)|#{1,6})\s*(?=\S)")
_INLINE_NUMBERS = re.compile(r"\s+(?=(?:\d{1,2}[.)])\s+[A-Z\"“])")
_LABEL = re.compile(r"^(?:key\s+)?(?:takeaway|point|bullet)\s*#?\d*\s*[:.\-–]\s*", re.IGNORECASE)
_CHATTER = re.compile(
    r"^(?:here\s+(?:are|is)|here's|sure\b|certainly\b|of course\b|okay\b|ok\b|below\s+(?:are|is)|"
    r"the\s+(?:key|main)\s+(?:takeaways|points)|key\s+takeaways|takeaways|summary|in\s+summary|"
    r"i\s+hope|let\s+me\s+know|note\s*:|please\s+note|these\s+(?:takeaways|points))",
    re.IGNORECASE,
)


def _clean(item: str) -> str:
    item = item.strip()
    item = re.sub(r"\*\*|__", "", item)  # markdown bold
    item = _LABEL.sub("", item)
    item = re.sub(r"^[\"“”']+|[\"“”']+$", "", item) if item.count('"') + item.count("“") + item.count("”") == 2 \
        and item[:1] in "\"“" else item  # a bullet wholly wrapped in quotes
    return item.strip()


def _is_chatter(line: str) -> bool:
    bare = re.sub(r"\*\*|__|#", "", line).strip()
    return bool(_CHATTER.match(bare)) or bare.endswith(":") and len(bare.split()) <= 12


def parse_takeaways(text: str, *, min_words: int = 3) -> list[str]:
    """Bullet strings from a chat model's answer, in order, chatter removed."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        # "1. First point. 2. Second point." on one line -> two lines
        lines.extend(_INLINE_NUMBERS.split(raw) if _MARKER.match(raw) else [raw])
    marked: list[str] = []
    plain: list[str] = []
    any_marker = any(_MARKER.match(line) and not _is_chatter(_MARKER.sub("", line)) for line in lines)
    previous_marked = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            previous_marked = False
            continue
        m = _MARKER.match(stripped)
        if m:
            body = stripped[m.end():]
            if _is_chatter(body):
                previous_marked = False
                continue
            marked.append(body)
            previous_marked = True
        elif any_marker and previous_marked and line[:1].isspace() and marked:
            marked[-1] += " " + stripped  # a wrapped, indented continuation of the previous bullet
        elif not _is_chatter(stripped):
            plain.append(stripped)
            previous_marked = False
    items = marked if any_marker else plain
    if not any_marker and len(plain) == 1:
        items = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", plain[0])
    out = []
    for item in items:
        item = _clean(item)
        if len(item.split()) >= min_words:
            out.append(item)
    return out
