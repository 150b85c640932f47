"""A forum or Q&A thread on an HTML page whose replies the extractor left out.

A thread prints each post in the same block (the same tag with the same class under one parent: "post", "bericht",
"reply"); trafilatura keeps the opening post as the article and leaves the replies out as comments. That is right for
the text, but the reader of the record should know the page held more: `cut_replies` finds the block group that
holds the kept text's opening and counts its later blocks whose words the text does not hold. A story's own blocks
(paragraphs, a gallery's slides) hold the text's opening only in one of them and the rest of it in the others, so
they are no thread. A layout's columns or sections of one class (the story in one, a "Most read" heading over a list
of headline links in the next) are no thread either: a reply is said in sentences, and a thread has more than one.
"""

from __future__ import annotations

import re

from newsbrief.normalise.quoting import shortened

#: a post is a block of at least this many words (a reply of one line is still a post; a bare name or a button is not)
POST_WORDS = 8
#: the kept text's opening is looked for by this many of its first words
OPENING_WORDS = 8
#: the most blocks of a group read (a page of thousands of posts: the count is "at least")
MAX_POSTS = 500
#: a thread is said cut when at least this many later blocks are left out (one sibling block is a layout's column,
#: a "More from …" section, as often as a reply)
MIN_CUT = 2

#: a sentence's end: a reply says something in sentences; a heading over headline links ("Most read Man arrested
#: after …") ends none
_SENTENCE_END = re.compile(r"[.!?؟…](?=[\s\"'”’)]|$)")

_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """`text`'s words, case-folded, one space between them and one at each end: one block's words stand in another's
    (`in`) only as whole words, whatever the punctuation or the line breaks between them."""
    return " " + " ".join(w.casefold() for w in _WORD.findall(text)) + " "


def post_groups(root) -> list[list[str]]:
    """The text of each block in each group of two or more sibling elements with the same tag and class attribute,
    each of POST_WORDS words or more, in page order (`root`: the page's tree, before `_visible_lines` changes it)."""
    if root is None:
        return []
    out = []
    for parent in root.iter():
        groups: dict[tuple, list] = {}
        for element in parent:
            cls = element.get("class") if isinstance(element.tag, str) else None
            if cls:
                groups.setdefault((element.tag, cls.strip()), []).append(element)
        for members in groups.values():
            if len(members) < 2:
                # most classed elements are alone of their kind: their text (a whole subtree's, at every level of a
                # deeply nested page) is never read
                continue
            texts: list[str] = []
            for element in members:
                if len(texts) >= MAX_POSTS:
                    break
                text = " ".join(" ".join(element.itertext()).split())
                if len(text.split()) >= POST_WORDS:
                    texts.append(text)
            out.append(texts)
    return [texts for texts in out if len(texts) >= 2]


def cut_replies(groups: list[list[str]], paragraphs: list[str]) -> tuple[int, str] | None:
    """(how many posts after the opening one the kept text does not hold, the first of them), or None: no group's
    first block holds the text's opening words, the text holds a later block too, or fewer than MIN_CUT later blocks
    that end a sentence (`_SENTENCE_END`; a heading over a list of links is no reply) are left out."""
    if not paragraphs:
        return None
    kept = _words(" ".join(paragraphs))
    opening = _words(" ".join(paragraphs[0].split()[:OPENING_WORDS]))
    for texts in groups:
        if opening not in _words(texts[0]):
            continue
        # a later block is cut when no run of its words stands in the kept text (its longest part is read)
        later = [t for t in texts[1:] if _SENTENCE_END.search(t)]
        cut = [t for t in later if _words(max(re.split(r"(?<=[.!?؟])\s+", t), key=len)) not in kept]
        if len(cut) >= MIN_CUT and len(cut) == len(later):
            return len(cut), cut[0]
    return None


def replies_warning(found: tuple[int, str]) -> str:
    """The warning for `cut_replies`' finding (how many replies were cut, the first of them), quoting that reply."""
    count, first = found
    replies = "1 reply under it" if count == 1 else f"{count} replies under it"
    return (f"the page is a thread of posts: only its opening post is in the text; {replies} "
            f"(from {shortened(first)!r}) {'was' if count == 1 else 'were'} left out (in `removed`)")
