"""Splitting text into lines, and joining hard-wrapped lines back into paragraphs.

Scrapes come as one paragraph per line, usually with blank lines between
paragraphs; some are hard-wrapped at a fixed width. We keep every original line
with its `Line` so the classifier can account for each of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TERMINAL = re.compile(r"[.!?…؟。:;]['\"”’»)\]]*$")


@dataclass
class Line:
    """One logical line: the text the classifier sees, and the input lines it came from."""

    text: str
    sources: list[str] = field(default_factory=list)
    blank_before: bool = False


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped, inner runs of spaces collapsed; remembers blank lines before each."""
    lines: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        stripped = _SPACES.sub(" ", raw).strip()
        if not stripped:
            blank = True
            continue
        lines.append(Line(stripped, [raw.strip()], blank_before=blank or not lines))
        blank = False
    return lines


def _wrap_width(lines: list[Line]) -> int | None:
    """The fixed width a document was hard-wrapped at, or None when it is not hard-wrapped.

    A wrapped document has many lines that follow another line directly (no blank
    line) and whose lengths bunch up just under one width; unwrapped scrapes have
    paragraph lines of every length.
    """
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= 30)
    if len(lengths) < 4:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 120:
        return None
    near = sum(1 for line in lines if 0.7 * width <= len(line.text) <= width + 5)
    continued = sum(1 for line in lines if not line.blank_before)
    if near >= 0.5 * len(lengths) and continued >= 0.3 * len(lines):
        return width
    return None


def join_hard_wraps(lines: list[Line]) -> list[Line]:
    """Join lines that a fixed-width wrap split inside a paragraph.

    In a hard-wrapped document a line that fills most of the width and is directly
    followed by another line (no blank line between) continues into it, unless it
    ends a sentence well before the width (a paragraph end). Documents that are
    not hard-wrapped are left alone: there, a line break is a paragraph break.
    """
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[Line] = []
    for line in lines:
        if out and not line.blank_before:
            prev = out[-1]
            last_len = len(prev.sources[-1])
            ends_sentence = bool(_TERMINAL.search(prev.sources[-1]))
            wrapped = last_len >= 0.6 * width and not (ends_sentence and last_len < 0.85 * width)
            if wrapped or line.text[:1].islower():
                if prev.text.endswith("-") and line.text[:1].islower():
                    prev.text = prev.text[:-1] + line.text  # hyphenated word split by the wrap
                else:
                    prev.text = prev.text + " " + line.text
                prev.sources.append(line.sources[0])
                continue
        out.append(Line(line.text, list(line.sources), line.blank_before))
    return out
