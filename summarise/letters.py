"""A letters page's letters and their writers: a reader's letter is the reader's view, never the paper's report.

A paper's letters page (the normaliser keeps each letter's signature under it: newsbrief/normalise/letters.py) reaches
the summariser as paragraphs, each letter closed by a paragraph that is only its signature: the reader's name, a
comma and a place ("Mark Ellison, Harwick, Suffolk", a translated "Sami Youssef, Amman", "Ria de Wit, Zwolle").
A takeaway from a letter that does not say whose it is reads a reader's claim ("Every study since 1998 has shown
that new roads fill up within a decade.") as a fact the paper states (tester 29, D1). So, where MIN_LETTERS
signatures or more close paragraphs, each letter's paragraphs are that writer's (`letter_writers`): the extractive
summariser takes one bullet per letter first (each letter is a section of its own), puts the writer's name before it
(structure.attributed, as for a transcript's speaker), takes none from under the last letter (`after_letters`: the
page's "Write to us" notice), and the warnings say the takeaways are readers' views.

The signature's shape in the Latin script a translation writes (names capitalised) is `SIGNATURE`, here because the
summariser does not import the normaliser: newsbrief/normalise/letters.py imports it for its own signatures (and adds
Arabic's). Anchored, bounded repeats: linear in the line's length.
"""

from __future__ import annotations

import re

#: a letters page has at least this many signed letters (one name under one paragraph is a byline or a sign-off)
MIN_LETTERS = 2
#: a signature is short: "Derek and Anne Lowe, Broadwey, Dorset"
SIGNATURE_MAX_WORDS = 9
#: ... and names a reader in two words at least ("Mark Ellison", "V. Ramaswamy"): a blog's "Cheers, Alex", a comment's
#: "Ramji, Chennai" or a credit's "AFP, Baghdad" is no letter's
NAME_MIN_WORDS = 2
#: a letter has at most this many paragraphs (its heading among them): an article with signed reader comments under
#: it has its own long text above the first, which is no letter (the gold bodies of news sites with comments)
LETTER_MAX_PARAGRAPHS = 6
#: a letters page says so in its title ("Letters: …", "Letters to the editor", nl "Brieven", "Ingezonden", ar "رسائل
#: القراء") or its letters open on a salutation (`SALUTATION`, MIN_LETTERS of them): a news story with signed reader
#: comments under it is neither, and a commenter's name put on the story's own lead is false (review 29b, 1)
_LETTERS_TITLE = re.compile(
    r"^\W{0,3}(?:(?:your|readers['’]?|our)\s)?letters?\b|letters? to the editor|readers['’]? letters"
    r"|^\W{0,3}(?:lezers)?brieven\b|lezersbrie[fv]|ingezonden\b|رسائل القراء|بريد القراء|^\W{0,3}رسائل", re.IGNORECASE)
#: a letter's salutation opening the sentence ("Sir, I read with dismay …", "Dear Editor, …", "Madam, …", nl "Geachte
#: redactie, …", ar "السيد المحرر، …"): a letters page addresses the paper (bullets.clean takes it off). "The editor,"
#: or "Editor:" alone opens news ("The editor, Tom Hale, said …": review 29b, 5), so an editor needs "Dear"
SALUTATION = re.compile(
    r"^(?:(?:dear|my dear)\s+)?(?:sir|madam|sirs|sir\s?(?:/|or)\s?madam)\s?[,:]\s+(?=\S)"
    r"|^(?:dear|my dear)\s+(?:the\s+)?editors?\s?[,:]\s+(?=\S)"
    r"|^(?:geachte|beste)\s+(?:redactie|heer|mevrouw|heer/mevrouw)\s?[,:]\s+(?=\S)"
    r"|^(?:(?:السيد|عزيزي)\s)(?:المحرر|رئيس التحرير)\s?[،,:]\s+(?=\S)|^سيدي\s?[،,:]\s+(?=\S)",
    re.IGNORECASE)
#: a sign-off's first word, never a name ("Cheers, Alex", "Thanks, …", "Groeten, …")
_SIGN_OFF = frozenset("cheers thanks thank regards best love yours sincerely kind warm greetings bedankt groeten "
                      "groet dank".split())

# the signature's shape in Latin script, one pattern for the summariser's `signature` and the normaliser's
# `signature_shape` (newsbrief/normalise/letters.py imports it; the summariser does not import the normaliser)
# a capitalised name word ("Tom", "O'Neill", "J.", "Smith-Jones"), a title ("Dr", "Prof") or a name's particle ("van",
# "de", "ter", "al", "el")
_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]{0,30}|van|de|der|den|ten|ter|von|le|la|du|da|al|el)"
# one or two readers: "Tom Carver", "Derek and Anne Lowe", "Bas en Ria Smit", "Jan & Els de Wit"
_NAMES = rf"{_NAME}(?: {_NAME}){{0,4}}(?: (?:and|&|en) {_NAME}(?: {_NAME}){{0,3}})?"
# a place: capitalised words, a small word between ("Bergen op Zoom", "Stratford-upon-Avon", "Newton le Willows")
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]{0,30}(?: (?:[A-ZÀ-ÖØ-Þ][\w'’.-]{0,30}|op|aan|on|upon|of|le|de|den|in|the)){0,3}"
#: a reader's signature: an optional dash, the names (`who`), a comma and one to three places ("Tom Carver, Weymouth",
#: "Derek and Anne Lowe, Broadwey, Dorset")
SIGNATURE = re.compile(rf"^\s*(?:[-–—]\s{{0,2}})?(?P<who>{_NAMES}),\s{{1,2}}{_PLACE}(?:,\s{{1,2}}{_PLACE}){{0,2}}\s*$")


def signature(sentence: str) -> str | None:
    """The writer's name when `sentence` is a letter's signature (names, a comma, a place; no digit in the names, no
    sentence's end but a place's stop: "Helen Carter, Eastgate.", "Mark Ellison, London N16"), else None."""
    if len(sentence.split()) > SIGNATURE_MAX_WORDS or re.search(r"(?:[!?:;\"”]|\.\.)\s*$", sentence):
        return None
    m = SIGNATURE.match(re.sub(r"\.\s*$", "", sentence))
    if (not m or len(m.group("who").split()) < NAME_MIN_WORDS or m.group("who").split()[0].lower() in _SIGN_OFF
            or re.search(r"\d", m.group("who"))):
        return None
    return m.group("who")


def letter_writers(sentences: list[str], paragraphs: list[int],
                   title: str | None = None) -> dict[int, tuple[int, str | None]]:
    """Paragraph index -> (the letter's number from 1, its writer's name) for the paragraphs of each signed letter
    (from the paragraph after the previous signature, or the first, to the one above its own signature), the signature
    paragraph included; {} unless the page is a letters page (its `title` says so, or MIN_LETTERS letters open on a
    `SALUTATION`), on a page with fewer than MIN_LETTERS signatures under a paragraph, or with a "letter" of more than
    LETTER_MAX_PARAGRAPHS paragraphs. A short lone paragraph with no sentence's end under a letter's text that
    `signature` cannot read ("J. S. (name withheld)") ends that letter too, with no name (None): the next writer's
    name is never carried onto it (review 29b, 2)."""
    sigs: list[tuple[int, str | None]] = []  # (paragraph, writer)
    prose = False  # a letter's text since the last signature (a heading under a signature is the next letter's)
    salutes = 0
    for i, s in enumerate(sentences):
        starts = i == 0 or paragraphs[i - 1] != paragraphs[i]
        alone = starts and (i + 1 == len(sentences) or paragraphs[i + 1] != paragraphs[i])
        who = signature(s) if alone and i > 0 else None
        if starts and not who and SALUTATION.match(s):
            salutes += 1
        # a short lone line that ends no sentence: a signature's place, read or not
        bare = alone and len(s.split()) <= SIGNATURE_MAX_WORDS and not re.search(r"[.!?…]\W{0,2}$", s)
        if who:
            sigs.append((paragraphs[i], who))
            prose = False
        elif bare and prose:
            sigs.append((paragraphs[i], None))
            prose = False
        elif not bare:
            prose = True
    if sum(1 for _, who in sigs if who) < MIN_LETTERS:
        return {}
    if not (title and _LETTERS_TITLE.search(title)) and salutes < MIN_LETTERS:
        return {}  # signed comments under a story, no letters page (review 29b, 1)
    while sigs and sigs[-1][1] is None:
        sigs.pop()
    out: dict[int, tuple[int, str | None]] = {}
    top = min(paragraphs) if paragraphs else 0
    for k, (p, who) in enumerate(sigs, 1):
        if p - top > LETTER_MAX_PARAGRAPHS:
            return {}  # a story or a post above signed comments, not a page of letters
        for q in range(top, p + 1):
            out[q] = (k, who)
        top = p + 1
    return out


def after_letters(paragraphs: list[int], writers: dict[int, tuple[int, str | None]]) -> set[int]:
    """Indices of the sentences under the last letter's signature on a letters page (`writers`: `letter_writers` of
    the page): the page's own notice ("Write to us: letters@… Letters may be edited for length.", "Brieven kunnen
    worden ingekort."), no reader's letter and no news (tester 29, D1: the letters' takeaways come from the letters)."""
    if not writers:
        return set()
    last = max(writers)
    return {i for i, p in enumerate(paragraphs) if p > last}


def letters_warning(writers: dict[int, tuple[int, str | None]]) -> list[str]:
    """The warning that the takeaways are readers' views, with how many letters the page holds."""
    count = len({k for k, _ in writers.values()})
    if not count:
        return []
    return [f"a letters page: {count} readers' letters; each takeaway is its writer's view, named before it, not "
            "a fact the paper reports"]
