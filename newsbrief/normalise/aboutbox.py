"""An author's "About" box in the middle of a story, with the story going on under it.

An "About the author" / "Over de auteur" / "عن الكاتب" heading (or "About Jane Doe", the author's name) is an end
marker: under it stands the author's bio, and the story is over (classify's about blocks drop up to three paragraphs
under it). But a page may print the box inside the story, a sidebar's author box between two of its paragraphs, and
then the story goes on under it; the heading ended the story there and its next paragraphs went as the box's.

`resumed_about_boxes` reads such a box: the heading, a person's short lines under it (the name over the bio), the
bio's paragraphs (`bio_paragraph`: about the author, by name or pronoun, in a bio's words), and then the story again:
two paragraphs or more that end a sentence, are no bio, speak to no reader and share a word with the story above the
heading.
The heading and the bio go (a box, read across like a related box), the story's paragraphs stay one story. A box
with nothing of the story under it is the story's end, as before.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.lists import StoryWords, content_words, story_goes_on
from newsbrief.normalise.metadata import (
    AUTHOR_BIO_MAX_WORDS, bio_goes_on, bio_shaped, is_author_bio, names_by_pronoun, person_name,
)
from newsbrief.normalise.phrases import addresses_reader, in_group

#: "About Acme Robotics", "Over Van Dijk Logistiek", "نبذة عن الشركة", "About the author", "عن الكاتب": an end marker
#: whose paragraphs describe the organisation or the author. Which headings are end markers is the phrase lists' one
#: definition (en.yaml, nl.yaml: capitalised words only; ar.yaml's prefixes); this only picks the "about" kind among
#: them, so a bare Arabic "عن" ("about", "from") is never one ...
ABOUT_HEADING = re.compile(r"^(?:about\s|over\s|نبذة عن\s|عن الكاتب)", re.IGNORECASE)
#: ... and of those, the ones about the author are the phrase lists' ``author_box`` headings ("About the author(s)",
#: "Over de auteur", "عن الكاتب(ة)", "نبذة عن الكاتب(ة)"), the same that mark an author box above the headline
#: (authorbox.py); or a person's name after "About" (`_about_whom`)
#: the heading has at most this many words
HEADING_MAX_WORDS = 6
#: the story stands right above the box: a paragraph at most this many lines over the heading
PROSE_ABOVE = 2
#: between the heading and the bio, the box may print the author's name or a link or two: at most this many short
#: lines with no phrase of their own ("Mindy", "Mindy")
BOX_LINES = 3
#: the bio has at most this many paragraphs (classify.ABOUT_BLOCK_LINES: what an about block takes)
BIO_MAX_PARAGRAPHS = 3
#: the story goes on under the box: one of its first lists.SAME_STORY_BELOW paragraphs shares a content word with the
#: story's paragraphs in the ABOUT_BOX_STORY_ABOVE lines over the heading (over a related box the story is read
#: less far up: boxes.RELATED_BOX_STORY_ABOVE)
ABOUT_BOX_STORY_ABOVE = 40
#: ... in a run of this many paragraphs at least (one paragraph under an about box is a bio the rules do not read as
#: one, or a widget's blurb, as often as the story's last)
RESUMED_PARAGRAPHS = 2
#: a bio opens with a person's name and what they are, in a language with capitals: "Sharon is a fellow at …", "Mary
#: Brock is a scientist …", "Eva de Vries is een journalist …" (a name's small particles between its capitalised words)
_NAMED_IS = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|der|den|ten|ter|al|el|bin|le|la)\s+)?[A-Z][\w'’.-]*)"
                       r"{0,2})\s+(?:is|was)\s+(?:an?|the|een|de|het)\s")


def author_heading(heading: str) -> bool:
    """Whether an about heading is the author's ("About the author", "Over de auteur", "عن الكاتبة"): the phrase
    lists' ``author_box`` group, on the heading's match key (its edges' punctuation off: "About the author:")."""
    return in_group(heading, len(heading.split()), "author_box")


def _about_whom(heading: str, author: str | None) -> str | None:
    """The person the box is about: the name after "About" / "Over" ("About Jane Doe"), or the page's author under an
    "About the author" heading; None for any other about heading (an organisation's: "About Acme Robotics")."""
    if author_heading(heading):
        return author or ""
    name = ABOUT_HEADING.sub("", heading).strip(" :")
    return name if person_name(name) else None


def bio_paragraph(text: str, words: int, who: str, story: set[str], more: bool, first: bool = False) -> bool:
    """Whether a paragraph under an author's about heading is the author's bio: short (AUTHOR_BIO_MAX_WORDS), and
    about the person `who` (their name or a pronoun as a bio verb's subject, metadata.bio_goes_on; `more`: a bio
    paragraph stands right above it, so a pronoun among its first words is enough, in a bio's words or not: "She
    lives in Leeds with two cats …", metadata.names_by_pronoun), a bio's own opening ("Jane Doe is a
    reporter …", metadata.is_author_bio), or a name the story above does not use (`story`: its content words) with
    what the person is ("Sharon is a fellow at …"; the story's own people are named in it: "Ellis is a familiar
    face …" goes on with the story). `first`: right under the heading, a paragraph in a bio's words is one whoever
    it names ("Works for Edublogs. Former secondary math teacher … Follow me on twitter", metadata.bio_shaped)."""
    if words > AUTHOR_BIO_MAX_WORDS:
        return False
    if is_author_bio(text, words, who or None) or bio_goes_on(text, who, more) or first and bio_shaped(text) \
            or more and names_by_pronoun(text):
        return True
    named = _NAMED_IS.match(text)
    return named is not None and not content_words(named.group("name")) & story


def _resumes(lines: list[Line], feats: list[Features], j: int, who: str, story: set[str]) -> bool:
    """Whether the story goes on at line `j`, under the box: RESUMED_PARAGRAPHS paragraphs or more from there (up to
    the first other line) that end a sentence, have no phrase of their own, speak to no reader and are no bio, and
    one of the first lists.SAME_STORY_BELOW shares a content word with the `story` above the box."""
    run = []
    while j < len(lines) and feats[j].prose:
        run.append(j)
        j += 1
    if len(run) < RESUMED_PARAGRAPHS or any(not feats[k].terminal or feats[k].categories or addresses_reader(lines[k].text)
                      or bio_paragraph(lines[k].text, feats[k].words, who, story, more=False) for k in run):
        return False
    return story_goes_on(lines, run, story)


def resumed_about_boxes(lines: list[Line], feats: list[Features], author: str | None) -> list[int]:
    """The lines of each author's about box that the story goes on under (see the module docstring): its heading,
    the short lines and the bio paragraphs under it. `feats`: with the end marker of "About <person>" subheadings
    dropped already (classify._about_heading_roles); `author`: the page's byline name, or None."""
    out: list[int] = []
    for k, f in enumerate(feats):
        if not f.has("end") or f.words > HEADING_MAX_WORDS or not ABOUT_HEADING.match(lines[k].text):
            continue
        if not any(feats[i].prose for i in range(max(0, k - PROSE_ABOVE), k)):
            continue  # the story does not stand right above it
        who = _about_whom(lines[k].text, author)
        if who is None:
            continue
        story = StoryWords(lines, feats, k - ABOUT_BOX_STORY_ABOVE).up_to(k - 1)
        j = k + 1
        while j < len(lines) and j - k <= BOX_LINES and not feats[j].prose and not feats[j].categories:
            j += 1  # the author's name, a link, over the bio
        bio = 0
        while j < len(lines) and bio < BIO_MAX_PARAGRAPHS and feats[j].prose \
                and bio_paragraph(lines[j].text, feats[j].words, who, story, more=bio > 0, first=bio == 0):
            bio += 1
            j += 1
        if _resumes(lines, feats, j, who, story):
            out.extend(range(k, j))
    return out
