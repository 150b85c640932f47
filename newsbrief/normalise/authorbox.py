"""A columnist's author box above the headline.

An opinion page may print its columnist's box before the column: a heading ("About the author", "Over de auteur",
"عن الكاتب": the phrase lists' ``author_box`` group), a short bio ("Margaret Holloway is a columnist for …"), a
follow link ("Follow @mholloway") — then the headline, the byline and the column. The bio is prose a few lines above
the column, so the body region took it for the story's first paragraph: the headline between them then stood inside
the body (no title; the bio the text's first paragraph and first takeaway). The box is one thing, set apart like a
summary or related box before the body is looked for (`author_box_above`): its lines go, and the headline under it
is looked for above the column. Below the story an author box is an end marker already (the phrase lists' ``end``).
"""

from __future__ import annotations

from newsbrief.normalise.aboutbox import HEADING_MAX_WORDS
from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import is_author_bio
from newsbrief.normalise.phrases import in_group

#: the rule reason of an author box's lines above the headline (a phrase-list match for the model: fixed)
AUTHOR_BOX_REASON = "author bio"
#: the bio under the heading is at most this many paragraphs ...
BIO_MAX_LINES = 3
#: ... and the box's links under the bio ("Follow @mholloway", "Volg @sannedewit", "Mail the author") at most this many
#: short lines, each of at most LINK_MAX_WORDS words that the phrase lists name
LINK_MAX_LINES = 3
LINK_MAX_WORDS = 6
#: the column starts at most this many lines under the box (its headline, byline, date and share bar between) ...
STORY_REACH = 8
#: ... with at least this many paragraphs of its own
STORY_MIN_PROSE = 2


def _story_prose(f: Features) -> bool:
    """A paragraph of running text no phrase list names (a cookie notice is prose too)."""
    return f.prose and not f.categories


def author_box_above(lines: list[Line], feats: list[Features], authors: list[str]) -> set[int]:
    """The lines of an author box above the story: its heading (``author_box``), the bio paragraphs under it and the
    box's links under those; empty when there is none. The box stands above the story only: no running text above
    its heading, and the story's paragraphs under it within STORY_REACH lines, past at least one line that is not a
    paragraph (the headline). The first bio paragraph reads as one about a person (metadata.is_author_bio: about an
    author a byline of the page names, `authors`, or, where none does, "<Name> is a columnist …")."""
    n = len(lines)
    for k, f in enumerate(feats):
        if _story_prose(f):
            return set()  # running text before any author box: the box, if any, is not above the story
        if f.words > HEADING_MAX_WORDS or not in_group(lines[k].text, f.words, "author_box"):
            continue
        bio = []
        j = k + 1
        while j < n and len(bio) < BIO_MAX_LINES and _story_prose(feats[j]):
            bio.append(j)
            j += 1
        if not bio or not any(is_author_bio(lines[bio[0]].text, feats[bio[0]].words, a) for a in authors or [None]):
            return set()
        links = []
        while j < n and len(links) < LINK_MAX_LINES and feats[j].categories and not feats[j].prose \
                and feats[j].words <= LINK_MAX_WORDS and not feats[j].has("byline") and not feats[j].has("date"):
            links.append(j)
            j += 1
        story = [m for m in range(j, min(n, j + STORY_REACH + STORY_MIN_PROSE)) if _story_prose(feats[m])]
        if not story or story[0] == j or story[0] - j > STORY_REACH or len(story) < STORY_MIN_PROSE:
            return set()
        return {k, *bio, *links}
    return set()
