"""A reference list under a story: its heading and the numbered citations under it.

A science story, an explainer or a report ends with its sources:

    References                                                                  <- the heading
    1. Lyle M, et al. Long-term pattern memory in Bombus terrestris. Anim Behav 2025; 210: 44-52.
    2. Chittka L, Thomson JD. Cognitive ecology of pollination. Cambridge University Press, 2001.

A scrape keeps each citation as a paragraph, and a citation is a sentence that ends in a stop: the model kept the
list as story and the summariser took a paper's title for a takeaway. The heading alone is a word a menu has too
("Sources", "Bronnen", "المصادر"), and a story's own numbered list stands under a subheading ("Notes" over "1. Bring
water."), so the block is the heading (the phrase lists' ``reference_heading``, the whole line) with a run of entries
right under it, numbered ("1.", "2)", "[3]") or bulleted (an unnumbered line only with a citation's own marks and
no prose: a story's section under "Literature" names publishers and years too), that read as citations (`_cited`): at least half of them
carry a citation's marks (`_CITATION`: "et al.", a DOI, a web address, a journal's volume and pages "210: 44-52", a
page count "pp. 12", a publisher with a year, an author's initials with a year), or the story above cites their
numbers ("…three days later.[1]"). A story's numbered list has neither, and stays. The block goes whole, heading
and entries (classify.py), in en, nl and ar.

A think tank's or a newsletter's endnotes number their entries without a stop ("1 City Housing Observatory, Rental
Market Report, p. 12.", "2 Ibid., table 3.1.") and the story glues its markers to a sentence's end ("…before it.1
That is …", "…between 2018 and 2023.2"). Such an entry is read too (a number, a space, a word), a note's own marks
("Ibid.", "op. cit.", "t.a.p.", "المرجع نفسه") are a citation's, and a glued marker is a cite of its number. Once the
list is gone the markers it numbered are dropped from the kept paragraphs (`strip_note_markers`), else "…2023.2."
surfaced in a takeaway: only a marker that is clearly one (a letter, a bracket or a year, a sentence stop, one or two
digits, then a space or the paragraph's end) and only a number the removed list has.

A newsletter's notes may have no heading, and Substack sets each note's number on a line of its own over the note
("1" / "Society of Editors, Covering the Courts, November 2025." / "2" / "I am not going to link to them."): the number
line went as a stray line and each note stayed a paragraph (probeB 7). Once the model has decided (`cited_notes`, a
late pass: classify.late_removals), a run of entries numbered 1, 2, 3 … in order, each a numbered line ("1 Source…",
"1. …", "[1] …") or a number alone over its note, is the story's notes when a kept line above the run cites every
number of it with a marker ("…on a regular basis.1", "…[2]"), two entries at least unless a heading stands over
them, and no kept paragraph under them (notes close the story; a section's "1.1" is no note's number); the heading
goes too. A stop after a number's own abbreviation or a single letter is no marker's ("No.1
factor", "p.12", "table A.1"). A page
without such a marker keeps its numbered lines (a ranking's "1" / "Harbour Sands …"), and its "version 2.1" or
"Article 3.2" is never read as a marker (no letter before the stop), nor stripped: only a removed list's numbers are.

Patterns are anchored or bounded, without nested repeats: linear in the line's length.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import whole_phrase

#: why a reference list's heading and entries go: a box's reason, fixed (vectors.RULE_GROUPS)
REFERENCES_REASON = "reference list"
#: a reference list holds at most this many entries (a longer run under the heading is read up to here)
MAX_ENTRIES = 60
#: notes without a heading over them are at least this many (`cited_notes`)
MIN_HEADLESS = 2
#: ... and no kept line of this many words stands under them (the story's paragraph: the notes close the story)
PARAGRAPH_WORDS = 12
#: a section's number ("1.1 Early life"): no note's
_SECTION_NUMBER = re.compile(r"^\s*\d{1,3}\.\d")
#: an entry is a citation or a note, not a paragraph of the story
MAX_ENTRY_WORDS = 80

#: an entry's number or bullet: "1. ", "2) ", "[3] ", "• "
#: (or an endnote's bare number before a word: "1 City Housing Observatory, …")
_ENTRY = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]|(\d{1,3})\s+(?=[^\W\d_])|[•·▪●◦‣*–-])\s*\S")
#: a year a citation gives (1600–2099)
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)")
#: a citation's marks that need no year: "et al.", a DOI, a web address, a journal's volume and page range ("210:
#: 44-52", "12(3):101–9"; a clock's "14:02" is no range), a page count ("pp. 12–19", "blz. 4", "ص. 33"), a volume
#: ("vol. 3", "jg. 12")
_CITATION = re.compile(
    r"\bet al\b|\bdoi\s*:?\s*10\.\d{4,9}/|\bdoi\.org/|https?://|\bwww\.|(?<!\d)\d{1,4}\s?\(\d{1,4}\)\s?:\s?\d"
    r"|(?<![\d:])\d{1,4}\s?:\s?\d{1,5}\s?[-–]\s?\d{1,5}(?![\d:])|\b(?:pp?|blz|vol|nr|jg)\.\s?\d|(?:^|\s)ص\.?\s?\d"
    # a note's own marks: "Ibid.", "op. cit.", "loc. cit.", "t.a.p." (ter aangehaalde plaatse), "المرجع نفسه"
    r"|\bibid\b|\b(?:op|loc)\.\s?cit\b|\bt\.\s?a\.\s?p\.|(?:المرجع|المصدر) (?:نفسه|السابق)|مرجع سابق",
    re.IGNORECASE)
#: ... and those that need a year beside them: a publisher, a journal, a university, a report ("Cambridge University
#: Press, 2001", "Uitgeverij Prometheus, 2019", "دار الشروق، 2010"), or an author's surname and initials at the
#: entry's start ("Chittka L, Thomson JD.", "Lyle, M.")
_PUBLISHER = re.compile(
    r"\b(?:press|publishers?|publishing|journal|review|proceedings|university|institute|report|working paper|"
    r"uitgeverij|uitgever|tijdschrift|universiteit|rapport)\b|(?:^|\s)(?:دار|مطبعة|مجلة|جامعة|منشورات|تقرير)(?:\s|$)",
    re.IGNORECASE)
#: (the white space after the number is tried only with the number: one pass over a long run, not one per split)
_INITIALS = re.compile(r"^\s*(?:(?:\[\d{1,3}\]|\d{1,3}[.)])\s*)?[A-Z][\w'’-]{1,30},?\s(?:[A-Z]\.?\s?){1,3}[,.;]")
#: a footnote marker in the story: "…three days later.[1]", "…suspected [3]."
_MARKER = re.compile(r"\[(\d{1,3})\]")
#: a note's number alone on its line, over the note (Substack's footnotes): "1", "[1]", "1."
_BARE_NUMBER = re.compile(r"^\s*\[?(\d{1,2})\]?[.)]?\s*$")
#: a marker glued to a sentence's end: a letter, a closing bracket or quote, or a year, then the stop, then one or two
#: digits and a space or the line's end ("…before it.1 That is", "…in 2023.2"; "3.5 million" has no letter before)
_GLUED = re.compile(r"(?:(?<=[^\W\d_)\]\"'’”])|(?<=(?<!\d)(?:1[89]|20)\d\d))([.!?;])(\d{1,2})(?=\s|$)")
#: ... but not after a word that numbers what follows it, or a single letter: "No.1 factor", "nr.2", "p.12", "Fig.3",
#: "table A.1" (a number's own abbreviation, a section's letter: no sentence ends there)
_NUMBERING = re.compile(r"(?:^|[^\w])(?:no|nos|nr|vol|p|pp|fig|art|ch|sec|tab|op|st|ed|v|vs|ca|[^\W\d_])$", re.IGNORECASE)
#: what every glued marker holds: a stop, then a digit
_STOP_DIGIT = re.compile(r"[.!?;]\d")


def _cited(text: str) -> bool:
    """Whether an entry carries a citation's marks (see the module docstring)."""
    if _CITATION.search(text):
        return True
    return _YEAR.search(text) is not None and (_PUBLISHER.search(text) is not None or _INITIALS.match(text) is not None)


def _entry_number(text: str) -> int | None:
    found = _ENTRY.match(text)
    if found is None:
        return None
    number = found.group(1) or found.group(2) or found.group(3)
    return int(number) if number else None


def reference_lists(lines: list[Line], feats: list[Features]) -> set[int]:
    """The indices of every reference list's heading and entries on the page (see the module docstring)."""
    out: set[int] = set()
    texts = [line.text for line in lines]
    markers: set[int] | None = None  # the footnote numbers the page cites, read once when a heading is found
    for i, line in enumerate(lines):
        if i in out or feats[i].words > 6 or not whole_phrase(line.text, "reference_heading"):
            continue
        run: list[int] = []
        for j in range(i + 1, min(len(lines), i + 1 + MAX_ENTRIES)):
            text = texts[j]
            # an entry is numbered or bulleted; an unnumbered line only on a citation's own marks (a DOI, "et al.",
            # pages) and never a sentence of prose: a publisher and a year alone are a story's line too ("Her
            # publisher, Harbour Press, said the 1962 notebooks …" under an arts roundup's "Literature")
            if feats[j].words > MAX_ENTRY_WORDS or not (
                    _ENTRY.match(text) or (not feats[j].prose and _CITATION.search(text))):
                break
            run.append(j)
        if not run:
            continue
        cited = sum(1 for j in run if _cited(texts[j]))
        if cited * 2 < len(run):
            if markers is None:
                markers = {int(m) for k, text in enumerate(texts) for m in _MARKER.findall(text)
                           if _ENTRY.match(text) is None}
                markers |= {int(m.group(2)) for text in texts if _ENTRY.match(text) is None for m in _glued(text)}
            numbers = [_entry_number(texts[j]) for j in run]
            # the story cites every numbered entry ("[1]" … "[4]" in its paragraphs): its notes, cited or not
            if None in numbers or not set(numbers) <= markers:
                continue
        out.add(i)
        out.update(run)
    return out


def note_numbers(texts: list[str]) -> set[int]:
    """The numbers of a removed reference list's entries (`texts`: its lines, a number alone on its line too)."""
    return {n for text in texts if (n := _entry_number(text) or _bare_number(text)) is not None}


def _bare_number(text: str) -> int | None:
    found = _BARE_NUMBER.match(text)
    return int(found.group(1)) if found else None


def _glued(text: str) -> list[re.Match]:
    """The glued markers of a line (`_GLUED`), none after a numbering word or a single letter (`_NUMBERING`)."""
    if not _STOP_DIGIT.search(text):  # (what every glued marker holds, found by a plain scan: _GLUED's lookbehinds
        return []                     # are tried at every character, 0.05 s on a 1 MB line)
    return [m for m in _GLUED.finditer(text) if not _NUMBERING.search(text, max(0, m.start() - 6), m.start())]


def _cites(text: str) -> set[int]:
    """The note numbers a story's line cites: its bracketed and glued markers."""
    return {int(m) for m in _MARKER.findall(text)} | {int(m.group(2)) for m in _glued(text)}


def _numbered_run(texts: list[str], start: int) -> list[tuple[int, list[int]]]:
    """The entries numbered 1, 2, 3 … in order from `start`: (number, its lines) each, a numbered line ("1 Source…")
    or a number alone on its line over the note; empty unless `start` holds entry 1."""
    run: list[tuple[int, list[int]]] = []
    j = start
    while j < len(texts) and len(run) < MAX_ENTRIES:
        expect = len(run) + 1
        note = texts[j + 1] if j + 1 < len(texts) else ""
        if _bare_number(texts[j]) == expect and note.strip() and _bare_number(note) is None \
                and len(note.split()) <= MAX_ENTRY_WORDS:
            run.append((expect, [j, j + 1]))
            j += 2
        elif _entry_number(texts[j]) == expect and len(texts[j].split()) <= MAX_ENTRY_WORDS \
                and not _SECTION_NUMBER.match(texts[j]):
            run.append((expect, [j]))
            j += 1
        else:
            break
    return run


def cited_notes(texts: list[str], roles: list[str]) -> set[int]:
    """The lines of the notes under a story, heading or none, that its kept lines cite by number (see the module
    docstring): numbered 1, 2, 3 … in order, every number cited by a marker in a kept line above them."""
    cited: list[set[int]] = []  # per line: the numbers the kept lines up to it cite
    seen: set[int] = set()
    for text, role in zip(texts, roles):
        if role == "content" and _ENTRY.match(text) is None:
            seen = seen | _cites(text)
        cited.append(seen)
    if not seen:
        return set()  # no marker in the story: no notes to find (most pages)
    out: set[int] = set()
    # notes close the story: no kept paragraph under them (a list of a report's tables, "1. Wind classes …", is read
    # on from); the last kept paragraph, found once for the page
    last_paragraph = max((k for k, (text, role) in enumerate(zip(texts, roles))
                          if role == "content" and len(text.split()) >= PARAGRAPH_WORDS), default=-1)
    i = 1
    while i < len(texts):
        run = _numbered_run(texts, i) if i not in out else []
        if not run:
            i += 1
            continue
        headed = whole_phrase(texts[i - 1], "reference_heading")
        # one entry alone is a note only under its heading: a contents list's "1 History" or a paragraph opening on
        # "1)" is one numbered line too
        end = max(run[-1][1]) + 1
        closing = end > last_paragraph
        if closing and len(run) >= (1 if headed else MIN_HEADLESS) and {n for n, _lines in run} <= cited[i - 1]:
            out.update(k for _number, lines in run for k in lines)
            if headed:
                out.add(i - 1)
            i = end
        else:
            i += 1
    return out


#: a bracketed marker as the story prints it, with the space before it ("…coastline.[1] The", "…suspected [3].");
#: not one a sentence reads as a noun, a lower-case word after it ("… the substrate from [7] are shown …")
_BRACKETED = re.compile(r"[ \t]?\[(\d{1,3})\](?![ \t]+[a-z])")


def strip_note_markers(paragraph: str, numbers: set[int]) -> str:
    """`paragraph` without the markers of the removed notes `numbers`: glued ones ("…before it.1 That" -> "…before
    it. That") and bracketed ones ("…coastline.[1] The" -> "…coastline. The"; they stayed in the text, and in a
    takeaway, when the list went). Only a removed list's numbers: a page without notes keeps its "[1]" and "[sic]"."""
    if not numbers:
        return paragraph
    drop = {m.start() for m in _glued(paragraph) if int(m.group(2)) in numbers}
    paragraph = _GLUED.sub(lambda m: m.group(1) if m.start() in drop else m.group(0), paragraph)
    return _BRACKETED.sub(lambda m: "" if int(m.group(1)) in numbers else m.group(0), paragraph)
