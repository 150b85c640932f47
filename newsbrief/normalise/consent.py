"""Cookie-consent walls: the paragraphs of a consent dialog, whatever their length.

The phrase lists catch a consent banner's short lines ("We value your privacy", "Accept all") and a long one that
opens with its own words ("We use cookies …"), but a consent wall (the IAB "TCF" dialog most news sites show) writes
paragraphs of 40 to 100 words that open otherwise: "We and our 247 partners store and/or access information on a
device, such as cookies, and process personal data …", "Wij en onze partners slaan informatie op een apparaat op …",
"نحن وشركاؤنا نخزن و/أو نصل إلى المعلومات على جهازك …". A dump or an extractor puts them above the headline, where
they read as the story's lead (and its takeaways).

Such a paragraph is read by what it says, not by its first words: it speaks to the reader ("we", "you", "je", "نحن":
`phrases.addresses_reader`, no speaker reported), names the cookies it is about ("cookies", "similar technologies",
"ملفات تعريف الارتباط": the ``consent_core`` phrases) and two more of what it does with the reader's data ("personal
data", "our partners": ``consent_data``) or of the choices it offers ("accept", "settings", "akkoord", "قبول":
``consent_choice``). A story about cookies reports in the third person; a reader's comment about tracking that says
"we" and "personal information" names no cookies; a column that tells the reader "you can opt out" of cookies names
one choice, where a dialog crowds them together (`consent_paragraph`).

Around such a paragraph the dialog goes on with lines that say less: "You can accept or reject these uses, or click
"Manage options" …" names no data, "I accept" / "Reject all" / "Manage options" are bare buttons. Next to a consent
paragraph (and next to each other) they are the dialog's too: a line that speaks to the reader and offers a choice,
a short button line, a row of buttons ("Accept all   Reject all   Manage preferences"), a line the phrase lists call
a cookie notice (`consent_lines`).

A dialog also lists whom it shares the data with: "Our vendors: Adform A/S, Amazon Advertising, …", "Leveranciers:
…", "الشركاء: …" (the ``consent_list`` label), or a bare list of company names between its paragraph and its
buttons. The names are any names, so such a line is the dialog's by where it stands: a labelled list next to a
dialog line (it starts a dialog of its own when the wall has no long paragraph: "We value your privacy" / "Our
vendors: …" / "Accept all …"), an unlabelled list (commas between short items) between two dialog lines (`_list_line`).
A story's fact box has a labelled list too ("Partners: gemeente Utrecht, Rijkswaterstaat, Fietsersbond" under
"Toestemming: verleend"), so a labelled list starts a dialog only where it looks like a vendor list itself (many
names, or a count: "Partners (842):") or a consent paragraph or two dialog lines about the cookies or the reader's
data stand a few lines from it (`_dialog_list`).
"""

from __future__ import annotations

import re

from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import MAX_PHRASE_LINE, addresses_reader, match_key, phrase_sets, reports_speaker

#: a consent paragraph has at most this many words (the TCF dialog's longest runs to about 100)
CONSENT_MAX_WORDS = 160
#: besides its cookies, a consent paragraph names at least this many of the dialog's data and choice phrases (an
#: article or a reader's comment about cookies names one: "you can opt out", "a cookie … some form of tracking")
MIN_TERMS = 2
#: a consent dialog's button is a line of at most this many words ("I accept", "Reject all", "Manage options")
BUTTON_MAX_WORDS = 4
#: a row of its buttons ("Accept all   Reject all   Manage preferences") has at most this many words and names at
#: least two choices
BUTTON_ROW_MAX_WORDS = 8
#: an unlabelled list of names has at least this many commas ("Adform A/S, Amazon Advertising, Criteo SA, …") ...
LIST_MIN_COMMAS = 3
#: ... and items of at most this many words on average (a sentence's clauses are longer; a name may end in "Inc.")
LIST_ITEM_MAX_WORDS = 4

#: a labelled list seeds a dialog with a consent paragraph, or DIALOG_TERMS_MIN dialog lines naming cookies or the
#: reader's data, within this many lines of it (unless the list looks like a vendor list by itself)
DIALOG_NEAR = 3
DIALOG_TERMS_MIN = 2

#: a list's label with its count: "Partners (842):", "Leveranciers (612):"
_COUNTED_LABEL = re.compile(r"^[^:(]{0,40}\(\d[\d.,]*\)\s*:")
#: a number between a phrase's words ("our 842 partners", "onze 612 partners"): the dialog counts its partners
_COUNT = re.compile(r"(?<!\S)\d[\d.,]*\s+")
_COMMA = re.compile("[,،]")


def _terms(key: str, group: str) -> set[str]:
    """The distinct phrases of `group` in a `match_key` text (a plural counted with its singular, a hyphenated word
    with its spaced form: "cookie(s)", "opt-out" / "opt out")."""
    pattern = phrase_sets()[group].contains
    if pattern is None:
        return set()
    return {term.replace("-", " ").removesuffix("s") for term in pattern.findall(_COUNT.sub("", key))}


def _speaks_to_reader(text: str) -> bool:
    """A line in the reader's address that reports nobody's words (a dialog's voice, not a story's)."""
    return addresses_reader(text) and not reports_speaker(text)


def consent_paragraph(text: str, words: int, key: str | None = None) -> bool:
    """Whether a line is a consent dialog's paragraph (see the module docstring): in the reader's address, its cookies
    named, and MIN_TERMS of what else it does with the data or of the choices it offers, at least one about the data.
    `key`: the line's `match_key`, when the caller has it."""
    if words > CONSENT_MAX_WORDS or len(text) > MAX_PHRASE_LINE:
        return False
    key = match_key(text) if key is None else key
    data = _terms(key, "consent_data")
    # one of them about the data (its partners, identifiers, personalised ads): an explainer that tells the reader
    # which buttons a banner will show ("a 'reject all' button next to 'accept all'") names only choices
    if not _terms(key, "consent_core") or not data or len(data | _terms(key, "consent_choice")) < MIN_TERMS:
        return False
    return _speaks_to_reader(text)


def _dialog_part(line: Line, words: int, terminal: bool, categories: list[str], mentions: tuple[str, ...],
                 key: str) -> bool:
    """A line that belongs to the consent dialog next to it: a bare button ("Reject all"), a sentence to the reader
    that offers a choice ("You can change your settings at any time"), or a cookie notice of the phrase lists
    ("We value your privacy"; not a headline that only names cookies)."""
    if "cookie" in categories and "cookie" not in mentions:
        return True
    if words > CONSENT_MAX_WORDS or len(line.text) > MAX_PHRASE_LINE:
        return False
    if not _terms(key, "consent_choice"):
        return False
    if words <= BUTTON_MAX_WORDS and not terminal:
        return True
    if words <= BUTTON_ROW_MAX_WORDS and not terminal and len(_terms(key, "consent_choice")) >= 2:
        return True  # a row of buttons: "قبول الكل   رفض الكل   إدارة الخيارات"
    return _speaks_to_reader(line.text)


def _labelled_list(text: str) -> bool:
    """A line that opens with the label of a dialog's list of vendors or purposes ("Our vendors: …")."""
    anchored = phrase_sets()["consent_list"].anchored
    return anchored is not None and anchored.match(text) is not None


def _dialog_list(i: int, lines: list[Line], words: list[int], paragraph: list[bool], part: list[bool],
                 keys: list[str]) -> bool:
    """Whether the labelled list on line `i` is a consent dialog's, not a story's fact box ("Partners: Leeds City
    Council, Canal & River Trust, Sustrans" under "Planning consent: granted"): it looks like a vendor list itself
    (LIST_MIN_COMMAS commas or more, or a count: "Partners (842):"), or a consent paragraph stands within DIALOG_NEAR
    lines, or DIALOG_TERMS_MIN dialog lines there name the cookies or the reader's data."""
    if _list_line(lines[i].text.split(":", 1)[-1], words[i]) or _COUNTED_LABEL.match(lines[i].text):
        return True
    near = range(max(0, i - DIALOG_NEAR), min(len(lines), i + DIALOG_NEAR + 1))
    if any(paragraph[k] for k in near):
        return True
    return sum(1 for k in near if k != i and part[k] and (
        _terms(keys[k], "consent_core") or _terms(keys[k], "consent_data"))) >= DIALOG_TERMS_MIN


def _list_line(text: str, words: int) -> bool:
    """A bare list of names: LIST_MIN_COMMAS commas or more between short items ("Adform A/S, Amazon Advertising,
    …, Xandr Inc.")."""
    commas = len(_COMMA.findall(text))
    return commas >= LIST_MIN_COMMAS and words <= LIST_ITEM_MAX_WORDS * (commas + 1)


def consent_lines(lines: list[Line], words: list[int], terminal: list[bool], categories: list[list[str]],
                  mentions: list[tuple[str, ...]], keys: list[str]) -> set[int]:
    """Indexes of the lines of every consent dialog on the page: each consent paragraph, and each labelled vendor
    list next to a dialog line that is a dialog's (`_dialog_list`), with the run of dialog lines on either side of it
    (`_dialog_part`, the lists of the module docstring). A page with neither has none (its short cookie lines are the phrase lists' already). `keys`:
    each line's `match_key` (features.line_features has them). A recognised notice's copies in other languages right
    next to it go too (`_copies_in_other_languages`)."""
    found = _dialog_lines(lines, words, terminal, categories, mentions, keys)
    notice = [i in found or ("cookie" in categories[i] and "cookie" not in mentions[i]) for i in range(len(lines))]
    return found | _copies_in_other_languages(lines, words, terminal, notice)


def _dialog_lines(lines: list[Line], words: list[int], terminal: list[bool], categories: list[list[str]],
                  mentions: list[tuple[str, ...]], keys: list[str]) -> set[int]:
    """The lines of every consent dialog on the page (`consent_lines`), its copies in other languages aside."""
    paragraph = [consent_paragraph(line.text, n, key) for line, n, key in zip(lines, words, keys)]
    labelled = [_labelled_list(line.text) for line in lines]
    if not any(paragraph) and not any(labelled):
        return set()
    n = len(lines)
    part = [paragraph[i] or _dialog_part(lines[i], words[i], terminal[i], categories[i], mentions[i], keys[i])
            for i in range(n)]
    # a labelled list is the dialog's next to a dialog line; a bare list of names, between two of them
    member = [part[i] or (labelled[i] and words[i] <= CONSENT_MAX_WORDS) or (
        0 < i < n - 1 and part[i - 1] and part[i + 1] and _list_line(lines[i].text, words[i])) for i in range(n)]
    seed = [paragraph[i] or (labelled[i] and member[i] and (
        (i > 0 and part[i - 1]) or (i + 1 < n and part[i + 1])) and _dialog_list(i, lines, words, paragraph, part, keys))
        for i in range(n)]
    found: set[int] = set()
    for i in range(n):
        if i in found or not seed[i]:
            continue
        found.add(i)
        for step in (-1, 1):
            k = i + step
            while 0 <= k < n and k not in found and member[k]:
                found.add(k)
                k += step
    return found


#: a cookie notice's copy in another language: the notice has at least this many lines (a heading, its paragraph, its
#: buttons), so that its shape says something
COPY_MIN_LINES = 2
#: ... and each line of the copy has this share of its line's words at least, and as many times them at most (a
#: translation runs longer or shorter: "Accept All" / "Tout accepter" / "Alle akzeptieren") ...
COPY_WORD_RATIO = 0.5
#: ... with this many words of slack for short lines (a button of one word, of three)
COPY_WORD_SLACK = 2
#: the word every Latin-script language's notice uses for them ("cookies", "Cookies", "de cookies"): a copy names it
_COOKIE_WORD = re.compile(r"cookie", re.IGNORECASE)


def _copies_in_other_languages(lines: list[Line], words: list[int], terminal: list[bool],
                               notice: list[bool]) -> set[int]:
    """The lines of a cookie notice's copies in other languages right under or over it (a site captured from the EU
    prints "We value your privacy" / its paragraph / "Accept All" / "Manage Preferences", then the same in French, then
    in German): a run of COPY_MIN_LINES lines or more of the notice (`notice`: the phrase lists' or the dialog's), and
    next to it as many lines, line for line of its shape (the same sentence end, words within COPY_WORD_RATIO), one of
    them naming cookies (`_COOKIE_WORD`); each copy found is read past for the next. No phrase list of those languages
    is needed, and a story's lines under a notice do not match its shape line for line."""
    n = len(lines)
    out: set[int] = set()
    i = 0
    while i < n:
        if not notice[i]:
            i += 1
            continue
        j = i
        while j < n and notice[j]:
            j += 1
        size = j - i
        if size >= COPY_MIN_LINES:
            for step in (size, -size):
                start = j if step > 0 else i - size
                while 0 <= start and start + size <= n and _copy_of(lines, words, terminal, i, start, size):
                    out.update(range(start, start + size))
                    start += step
        i = j
    return out


def _copy_of(lines: list[Line], words: list[int], terminal: list[bool], block: int, start: int, size: int) -> bool:
    """Whether the `size` lines from `start` copy the notice's lines from `block` in shape (`_copies_in_other_languages`)."""
    for a, b in zip(range(block, block + size), range(start, start + size)):
        if terminal[a] != terminal[b]:
            return False
        low, high = sorted((words[a], words[b]))
        if high > low / COPY_WORD_RATIO + COPY_WORD_SLACK:
            return False
    return any(_COOKIE_WORD.search(lines[k].text) for k in range(start, start + size))
