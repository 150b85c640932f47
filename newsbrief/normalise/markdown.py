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
#: an ATX heading: up to three spaces, one to six "#", a space, the text, optional closing "#"s (linear: each part
#: is one character class, and the closing run is anchored at the line's end)
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>[^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def is_markdown(source: str) -> bool:
    """Whether the input's name says Markdown."""
    return source.lower().endswith(MARKDOWN_SUFFIXES)


def plain_headings(text: str) -> str:
    """`text` with its ATX headings' markers taken off (the heading's words stay on their line)."""
    return _ATX.sub(lambda m: m.group("text"), text)


#: the file's title: a level-one heading on its first line that has words
_FIRST_H1 = re.compile(r"^\s*# +(?P<text>[^\n#]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def title_heading(text: str) -> str | None:
    """The file's title: the level-one heading ("# Markdown story") its first line holds, however short (the
    plain-text rules read a two-word line as a menu's label); None when the file opens otherwise."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = _FIRST_H1.match(first)
    return found.group("text").strip() or None if found else None
