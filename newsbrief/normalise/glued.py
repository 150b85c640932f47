"""Widgets glued to the end of a story paragraph, split off before the lines are classified.

A scraper that flattens a page's inline elements leaves a widget at the end of the paragraph it stood under:
"… confirmed on Tuesday. READ MORE: How to cut your water bill", "… to fix leaking pipes. (Getty Images)",
"… Sign up for our free Money newsletter here.", "… their performance. Advertisement". Classified as one line
the paragraph is taken for the widget (a caption, a read-more link, an advert marker) and dropped whole. So the
widget becomes a line of its own (removed like any such line) and the paragraph stays a paragraph.

A tail is a widget when, after a sentence end, it is a read-more link, an advert marker or a newsletter prompt
by the phrase lists' exact, prefix or regex entries (not "contains": a closing sentence that mentions a
newsletter is the story's), or a credit in brackets. A caption ends in a credit too, so a credit is only split
off a paragraph of CREDIT_MIN_SENTENCES sentences and PROSE_MIN_WORDS words: a caption is shorter.

The other way round, a page may put an advert marker inside a sentence ("… saying the money would" / "ADVERTISEMENT"
/ "cover about 1.5 million potholes a year."): the two halves are joined back into one line (`join_across_adverts`),
else the first half read as the headline and the second as a paragraph starting mid-sentence.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import PROSE_MIN_WORDS, PROSE_MIN_WORDS_TERMINAL, word_tokens
from newsbrief.normalise.lines import SENTENCE_BOUNDARY, TERMINAL, Line
from newsbrief.normalise.phrases import categories_among, in_group

#: a glued widget has at most this many words ("READ MORE: <headline>") and characters (a run of ". . . ." has no
#: words: without a length bound every one of its boundaries was tried, quadratic)
TAIL_MAX_WORDS = 15
TAIL_MAX_CHARS = 200
#: the categories a glued tail is split off for
TAIL_CATEGORIES = ("read_more", "advert", "newsletter")
#: a credit in brackets is split off a paragraph of this many sentences (and PROSE_MIN_WORDS words) only
CREDIT_MIN_SENTENCES = 2
#: a credit in brackets: "(Getty Images)", "[Reuters]"
_CREDIT = re.compile(r"^[(\[][^()\[\]]{2,60}[)\]]$")
#: a credit that names a photo or its photographer ("(AP Photo/David Zalubowski)", "(Foto: ANP)", "(… via AP)")
#: closes a photo caption, however long: captions of wire photos run to 30 words and hold abbreviations ("Nov.",
#: "Colo.") that read as sentence ends, so the paragraph test alone took them for story paragraphs
_PHOTO_CREDIT = re.compile(r"\b(?:photos?|fotos?|pictures?|pic|via)\b|/|صورة", re.IGNORECASE)


def _tail_at(text: str) -> int | None:
    """Where a glued widget starts in `text` (see the module docstring), or None. Only the last
    TAIL_MAX_WORDS words are tried as tails, so a long line costs a few passes over it, not one per sentence."""
    for boundary in reversed(list(SENTENCE_BOUNDARY.finditer(text))):  # where a tail may start
        if len(text) - boundary.end() > TAIL_MAX_CHARS:
            return None  # walking back, tails only grow
        head, tail = text[:boundary.start()], text[boundary.end():]
        words = len(word_tokens(tail))
        if words > TAIL_MAX_WORDS:
            return None
        # the phrase categories read here only (not all fifteen): a tail's, and a caption's where it is a credit
        credit = _CREDIT.match(tail) is not None and not _PHOTO_CREDIT.search(tail) \
            and bool(categories_among(tail, words, ("caption",)))
        if not credit and not categories_among(tail, words, TAIL_CATEGORIES):
            continue
        head_words = len(word_tokens(head))
        if not TERMINAL.search(head) or head_words < PROSE_MIN_WORDS_TERMINAL:
            continue  # no paragraph before it: the line is the widget
        if credit and (head_words < PROSE_MIN_WORDS or len(SENTENCE_BOUNDARY.findall(head)) + 1 < CREDIT_MIN_SENTENCES):
            continue  # a caption and its credit
        return boundary.start()
    return None


#: at most this many advert lines stand between the halves of a sentence ("ADVERTISEMENT", "Scroll to continue with
#: content")
ADVERT_RUN = 3
#: the first half has this many words at least when the second starts lower-case ("cover about …") ...
HALF_MIN_WORDS = 8
#: ... and this many when its start shows nothing (a digit, Arabic script): a headline above an advert and the lead
#: is shorter
HALF_MIN_WORDS_UNCASED = 15


def _advert(line: Line) -> bool:
    """An advert marker line by the phrase lists (exact, prefix, regex)."""
    return in_group(line.text, len(word_tokens(line.text)), "advert", contains=False)


def _goes_on(first: Line, second: Line) -> bool:
    """Whether `second` finishes the sentence `first` leaves open (see `join_across_adverts`)."""
    head = first.text
    if TERMINAL.search(head) or head.endswith((":", ";")) or not head[-1:].isalnum():
        return False
    words = len(word_tokens(head))
    start = second.text[:1]
    if start.islower():
        return words >= HALF_MIN_WORDS
    if start.isupper() or not TERMINAL.search(second.text):
        return False  # a new sentence, or no sentence end to finish on
    return words >= HALF_MIN_WORDS_UNCASED and (start.isdigit() or start.isalpha())


def join_across_adverts(lines: list[Line]) -> list[Line]:
    """A sentence an advert marker split in two becomes one line again (its input lines as its sources); the
    advert lines follow it, to be removed as usual."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and j - i - 1 < ADVERT_RUN and _advert(lines[j]):
            j += 1
        if j > i + 1 and j < len(lines) and _goes_on(line, lines[j]):
            tail = lines[j]
            out.append(Line(f"{line.text} {tail.text}", line.sources + tail.sources, line.blank_before, tail.width))
            out.extend(lines[i + 1:j])
            i = j + 1
            continue
        out.append(line)
        i += 1
    return out


def in_input_order(trail: list[tuple[str, str, str]], text: str, own: list[bool]) -> list[tuple[str, str, str]]:
    """The trail (source line, role, reason) in the order of the input lines. `join_across_adverts` puts a sentence's
    second half before the advert lines that split it; the trail says which line is what in page order. `own[k]`
    says whether entry k stands for an input line; one that does not (a widget split off a line) is not looked up
    (its text may equal a later line's) and stays right after the entry before it."""
    spots: dict[str, list[int]] = {}
    for at, source in enumerate(line.strip() for line in text.splitlines() if line.strip()):
        spots.setdefault(source, []).append(at)
    used: dict[str, int] = {}  # how many of each text's input lines the trail has taken (no list.pop(0): linear)
    keys, last = [], -1.0
    for (source, _role, _reason), is_line in zip(trail, own):
        taken = used.get(source, 0)
        if is_line and taken < len(spots.get(source, ())):
            last = spots[source][taken]
            used[source] = taken + 1
        else:
            last += 1e-6
        keys.append(last)
    order = sorted(range(len(trail)), key=keys.__getitem__)  # stable: equal keys keep the trail's order
    return [trail[k] for k in order]


def split_glued_tails(lines: list[Line]) -> list[Line]:
    """Each line with a glued widget at its end becomes two: the paragraph (with the input lines it came from)
    and the widget (with none: it is part of the same input line)."""
    out: list[Line] = []
    for line in lines:
        at = _tail_at(line.text)
        if at is None:
            out.append(line)
            continue
        out.append(Line(line.text[:at].rstrip(), line.sources, line.blank_before, line.width))
        out.append(Line(line.text[at:].strip(), [], False, 0))
    return out
