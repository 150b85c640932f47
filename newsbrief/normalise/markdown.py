"""A Markdown file's headings read as a page's headings: "# Mayor resigns over expenses row" is the title.

`newsbrief` reads a .md file as plain text (`--glob '*.md'`). Its ATX headings carry their marker ("# ", "## ",
closing "#"s allowed), which stayed in the title ("# Mayor resigns …") or made a short heading read as boilerplate.
Only a file named .md/.markdown is read so: in a naive page dump a line opening with "# " is as often a number ("# of
replies"), a ranked list's item or a code comment.
"""

from __future__ import annotations

import re

#: a file name read as Markdown
MARKDOWN_SUFFIXES = (".md", ".markdown")
#: an ATX heading: up to three spaces, one to six "#", a space, the rest of the line (linear: one greedy class to the
#: line's end; the optional closing "#"s are taken off in Python, `_heading_text` — a lazy text before an optional
#: closing run retried the run's end at every space, quadratic on "# a" + many spaces + "b")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>[^\n]*)$", re.MULTILINE)


def _heading_text(text: str) -> str:
    """A heading's words without trailing blanks or a closing "#" run ("Mayor resigns ##" -> "Mayor resigns"); a "#"
    run glued to a word stays ("C#")."""
    text = text.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        return bare.rstrip(" \t")
    return text


def is_markdown(source: str) -> bool:
    """Whether the input's name says Markdown."""
    return source.lower().endswith(MARKDOWN_SUFFIXES)


def plain_headings(text: str) -> str:
    """`text` with its ATX headings' markers taken off (the heading's words stay on their line)."""
    return _ATX.sub(lambda m: _heading_text(m.group("text")), text)


#: the file's title: a level-one heading on its first line that has words
_FIRST_H1 = re.compile(r"^\s*# +(?P<text>[^\n]*)$", re.MULTILINE)


def title_heading(text: str) -> str | None:
    """The file's title: the level-one heading ("# Markdown story") its first line holds, however short (the
    plain-text rules read a two-word line as a menu's label); None when the file opens otherwise."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = _FIRST_H1.match(first)
    if found is None:
        return None
    text = _heading_text(found.group("text"))
    # a "#" inside the words is no heading's title ("# of replies # 12"): as before, only a closing run is taken off
    return None if "#" in text else text.strip() or None
