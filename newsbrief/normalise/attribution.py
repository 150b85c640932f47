"""Where the article comes from, when the page says so in a line the normaliser removes: kept in a warning.

Two kinds of line name the article's origin and are no story text:

- a republication note over or under the story (the phrase lists' `republished` group: "This article first appeared
  in The Business Chronicle and is republished with permission.", "Dit artikel verscheen eerder in Het Financieel
  Weekblad.", "نشر هذا المقال أولا في …"): the article is another publisher's;
- a labelled source line right under the story's last paragraph ("Source: The Fresno Bee", "Bron: Het Parool",
  "المصدر: منظمة السياحة العالمية"), when it names no news agency (an agency's credit is the byline already:
  datelines.py) and no photo ("Source: Getty" is a picture's credit).

The record has no field for a publisher (the byline is the author, with the credit a byline line itself gives: an
agency or an outlet after the name, "Luis Ferrante, Inland Water Report"; ../shared/DESIGN.md's keys), so the line is
quoted in `warnings`, as a correction notice is (losses.notice_warnings): a user building a corpus sees that the piece
was published elsewhere first, and by whom, instead of the attribution vanishing into `removed`.
"""

from __future__ import annotations

import re

from newsbrief.normalise.agencies import SOURCE_LABELS, credit_line
from newsbrief.normalise.lines import Line
from newsbrief.normalise.quoting import shortened

#: a source line: its label and a short name after it (Latin labels in any case; Arabic on the raw text)
_SOURCE = re.compile(rf"^\W{{0,3}}(?:{SOURCE_LABELS})\s{{0,3}}:\s{{0,3}}(?P<name>\S.{{0,78}})$",
                     re.IGNORECASE)
#: a photo's credit, not the article's source ("Source: Getty", "Bron: ANP Foto", "Sources: Image property of …")
_PHOTO = re.compile(r"(?<!\w)(?:getty|images?|photos?|pictures?|supplied|foto's|foto|beeld|صورة|الصورة|صور)(?!\w)",
                    re.IGNORECASE)
#: a source line stands at most this many lines under the story's last kept line
SOURCE_BELOW = 3
#: a source line's name has at most this many words
SOURCE_MAX_WORDS = 8
#: the quoted note is cut at this many characters
NOTE_MAX_CHARS = 300


def attribution_warnings(lines: list[Line], roles: list[str], note: str | None) -> list[str]:
    """The warnings that say where the article comes from (see the module docstring): the first removed
    republication note (`note`: losses.notice_warnings finds it in its one pass over the removed lines), and a source
    line removed right under the story; none on a page where nothing was kept."""
    kept = [k for k, role in enumerate(roles) if role == "content"]
    if not kept:
        return []
    out: list[str] = []
    if note is not None:
        out.append(f"the page says where the article was published first (its note, not in the text): "
                   f"{shortened(note.strip(), NOTE_MAX_CHARS)!r}")
    source = _source_under(lines, roles, kept[-1])
    if source is not None:
        out.append(f"the page names the article's source under it, not in the text: {shortened(source.strip())!r}")
    return out


def _source_under(lines: list[Line], roles: list[str], last: int) -> str | None:
    """A removed source line at most SOURCE_BELOW lines under the story's last kept line (`last`), only removed lines
    between, that names no agency; else None."""
    for k in range(last + 1, min(len(lines), last + 1 + SOURCE_BELOW)):
        if roles[k] != "removed":
            return None
        text = lines[k].text.strip()
        found = _SOURCE.match(text)
        if found and len(found.group("name").split()) <= SOURCE_MAX_WORDS and credit_line(text) is None \
                and not _PHOTO.search(found.group("name")):
            return text
    return None
