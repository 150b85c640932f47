"""Repairing a bullet whose quotation marks are unbalanced.

A sentence taken out of its article often carries half a quotation: the scrape lost the opening mark, or the
quotation spans several sentences and this one holds only its end ("Today we have taken a historic step,” Gantz said
after signing the document.") or only its start. A lone mark reads as a typo and hides where the quoted words start.

Per family of marks (curly “ ” with „ as an opener, guillemets « », straight " whose role is read from the
characters around it):
- a closing mark with no opening: when an attribution follows it (", Gantz said", "said the minister",
  Arabic "قال") and no other mark of its family comes before it, the quotation is the bullet's start, so the
  opening mark is added there; otherwise the mark is dropped (nothing says where the quotation began);
- an opening mark with no closing: the quotation runs on past the end of the sentence, so the closing mark is
  added at the end of the bullet (after its final stop, as quotations are written); a mark that opens nothing
  (followed by a space or the end) is dropped.
A straight " right after a digit may be an inch mark and is never touched, unless a quotation is open (the TV series
("24"): there it is the closing mark.

Single quotes cannot be counted (’ is also the apostrophe), so their role is read from position alone
(`SINGLE_OPEN`, `SINGLE_CLOSE`): a quotation opened in the sentence and not closed runs past its end, and gets its
closing mark at the end of the bullet; nothing else is touched. Brackets (`repair_brackets`): a closing one that
closes nothing is dropped, an opening one with nothing after it is dropped, one with text after it is closed at the
end (the scrape or the sentence splitter cut the aside short).

`open_marks` / `inside_marks` answer "is a quotation or bracket left open here?" once for the whole package: the
faithfulness checker, the cuts of summarise/bullets.py, the splits of summarise/splitting.py and the inner deletions
of summarise/inner.py. This module imports nothing of the package, so every one of them can import it.
"""

from __future__ import annotations

import re

# (openers, closer, the opener to insert)
_CURLY = ("“„", "”", "“")
_GUILLEMETS = ("«", "»", "«")

_SPEECH_VERBS = (
    "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "stated", "states", "explained", "noted",
    "asked", "insisted", "declared", "warned", "continued", "argued", "stressed", "recalled", "replied", "announced",
    "tweeted", "posted", "concluded", "admitted", "claimed", "according to",
)
_VERB = r"(?:" + "|".join(re.escape(v) for v in _SPEECH_VERBS) + r")"
# Arabic attributions put the verb first ("قال غانتس": said Gantz), often with the conjunction و prefixed
_ARABIC_VERB = r"(?:و?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|تابع|تابعت|أوضح|أوضحت)|بحسب|حسب|وفقا)"
# what follows a closing mark when it ends a quotation: ", Gantz said", " he added", ", said the minister",
# " the Israeli defence minister told reporters", "، قال" — up to five words of speaker before the verb
_ATTRIBUTION = re.compile(
    rf"^\s*[,،]?\s*(?:(?:[\w.'’-]+\s+){{0,5}}{_VERB}\b|{_ARABIC_VERB}(?:\s|$))",
    re.IGNORECASE,
)


# a single quote that opens (after a space, bracket, colon or dash, before a letter; not an elided "'s", "'t" …) and
# one that closes (after a letter or stop, before a space, stop, bracket, double quote or the end)
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:—–\-“\"]))['‘](?=[A-Za-z])(?!(?:s|t|re|ll|d|m|ve)\b)")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=\s|$|[.,;:!?)\]—–\-\"”»])")
_BRACKETS = ("()", "[]")


def open_single_quote(text: str) -> str | None:
    """The mark of a single-quoted quotation still open at the end of `text`, else None.

    An opening mark inside an open quotation is the British continuation mark (each new paragraph of a long quote
    opens again, only the last one closes: "'It was hard. 'We lost everything.'"), not a second quotation.
    """
    if "'" not in text and "‘" not in text:
        return None
    marks = sorted([(m.start(), m.group(0)) for m in SINGLE_OPEN.finditer(text)]
                   + [(m.start(), None) for m in SINGLE_CLOSE.finditer(text)])
    opened = None
    for _, mark in marks:
        if mark is None:
            opened = None
        elif opened is None:
            opened = mark
    return opened


def _bracket_depth(text: str, opener: str, closer: str, strict: bool = False) -> int:
    """How many `opener`s are still open at the end of `text`. A closer with nothing open is skipped, or, when
    `strict`, makes the result -1 (the bracket closed before it opened: "a) b (c" is unbalanced)."""
    depth = 0
    for ch in text:
        if ch == opener:
            depth += 1
        elif ch == closer:
            if not depth and strict:
                return -1
            depth = max(depth - 1, 0)
    return depth


def open_marks(text: str) -> list[str]:
    """The quotation marks and brackets of `text` left open or closed without opening ('"', "“”", "«»", "()",
    "[]", "'"); empty when every quotation and bracket is closed.

    The one rule for "is a quote or bracket unbalanced here": the faithfulness checker's `unclosed` kind, the cut
    points of summarise/bullets.py, the split points of summarise/splitting.py and the inner deletions of
    summarise/inner.py (through `inside_marks`) all use it. Straight quotes are read as the repair reads them
    (`_straight_marks`: a " right after a digit is an inch mark unless it closes a quotation); „ opens like “; a bracket is unbalanced when one closes before it opened ("a) b (c")
    even if the counts match; single quotes are read from position (`open_single_quote`: ’ is also the apostrophe).
    """
    out = []
    if len(_straight_marks(text)) % 2:
        out.append('"')
    if text.count("“") + text.count("„") != text.count("”"):
        out.append("“”")
    if text.count("«") != text.count("»"):
        out.append("«»")
    for opener, closer in _BRACKETS:
        if _bracket_depth(text, opener, closer, strict=True):
            out.append(opener + closer)
    if open_single_quote(text):
        out.append("'")
    return out


#: the marks a whole-sentence quotation opens and closes with (`whole_quotation`)
_WHOLE = (('"', '"'), ("“", "”"), ("„", "”"), ("«", "»"), ("‘", "’"), ("'", "'"))


def whole_quotation(text: str) -> bool:
    """Is `text` one quotation from its first word to its stop ('"Passengers whose trains were cancelled can claim a
    refund."', "“We will go on.”", "‘It was hard.’")? Then it names no speaker: the speaker is in a sentence around it
    ('"We are sorry," a spokesperson said.'). No mark of its family may close or open in between: '"We are sorry,"
    she said. "We will pay."' is two quotations with their speaker."""
    t = text.strip()
    outside = t.endswith(".") and t[-2:-1] in '"”»’\''  # the stop outside the mark: '"… a refund".'
    t = t[:-1] if outside else t
    for opener, closer in _WHOLE:
        if len(t) < 4 or not t.startswith(opener) or not t.endswith(closer) or not (outside or t[-2] in ".!?…,;؟"):
            continue
        inner = t[1:-1]
        if opener == "'" or opener == "‘":
            return not SINGLE_CLOSE.search(inner.rstrip(".!?…,;؟"))  # an apostrophe inside a word is no closing mark
        return closer not in inner and opener not in inner
    return False


def inside_marks(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation or a bracket: does the text before it leave a mark open (`open_marks`)?

    A stray closing quotation mark before `pos` counts too: the sentence then began inside a quotation, and without
    its opening mark nothing says the words before `pos` are the writer's own, so callers treat them as quoted. A
    stray closing bracket does not: "1) The minister said …" or "a) …" numbers a point, it closes no aside.
    """
    before = text[:pos]
    marks = open_marks(before)
    return any(m not in _BRACKETS or _bracket_depth(before, m[0], m[1]) > 0 for m in marks)


def repair_single_quotes(text: str) -> str:
    """Close a single-quoted quotation that runs past the end of `text` ("He said: 'We will go on." + ')."""
    opened = open_single_quote(text)
    if opened is None:
        return text
    return text.rstrip() + ("’" if opened == "‘" else "'")


def repair_brackets(text: str) -> str:
    """Drop a bracket that closes nothing or opens nothing; close one whose aside runs to the end."""
    for opener, closer in _BRACKETS:
        if opener not in text and closer not in text:
            continue
        stack: list[int] = []
        drop: list[int] = []
        for i, ch in enumerate(text):
            if ch == opener:
                stack.append(i)
            elif ch == closer:
                if stack:
                    stack.pop()
                else:
                    drop.append(i)
        append = False
        for i in stack:
            if re.fullmatch(r"[\s.,;:!?]*", text[i + 1:]):
                drop.append(i)
            else:
                append = True
        for i in sorted(drop, reverse=True):
            text = text[:i] + text[i + 1:]
        if append:
            text = text.rstrip() + closer * sum(1 for i in stack if i not in drop)
    return _tidy(text) if text else text


def balance_quotes(text: str) -> str:
    """`text` with every lone double quotation mark repaired (added where the span is clear, else dropped)."""
    return repair_quotes(text)[0]


def repair_quotes(text: str) -> tuple[str, bool]:
    """(`text` repaired, whether a closing mark before an attribution had to be dropped).

    In the second case the words before the attribution were quoted: the caller must keep the speaker ("…, she
    said"), or an opinion would read as a statement of fact.
    """
    speaker_needed = False
    for openers, closer, insert in (_CURLY, _GUILLEMETS):
        text, dropped = _repair(text, _marks(text, openers, closer), insert, closer)
        speaker_needed |= dropped
    text, dropped = _repair(text, _straight_marks(text), '"', '"')
    return text, speaker_needed or dropped


def _marks(text: str, openers: str, closer: str) -> list[tuple[int, str]]:
    """Positions and roles ("open"/"close") of a family's marks, in order."""
    if closer not in text and not any(o in text for o in openers):
        return []  # most sentences: no scan
    return [(i, "open" if ch in openers else "close") for i, ch in enumerate(text) if ch in openers or ch == closer]


#: a straight quote right after one of these (or a space) opens a quotation
_OPENS_AFTER = "([{—–-:"


def _closer_follows(text: str, i: int) -> bool:
    """The next straight double quote after position `i` reads as a closing one: it follows a word, not a space or an
    opening bracket or dash (the left neighbours `_straight_marks` reads as opening)."""
    j = text.find('"', i + 1)
    return j > 0 and not (text[j - 1].isspace() or text[j - 1] in _OPENS_AFTER)


def _straight_marks(text: str) -> list[tuple[int, str]]:
    """Straight double quotes, each read as opening or closing from its neighbours."""
    marks: list[tuple[int, str]] = []
    depth = 0
    positions = [i for i, ch in enumerate(text) if ch == '"'] if '"' in text else []  # most sentences: no scan
    for i in positions:
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isdigit() and (not depth or _closer_follows(text, i)):
            # 55" may be inches: not a quotation mark, unless it closes one (the series "24"); inside a quotation
            # it is an inch mark when the next straight quote closes ("we bought a 55" TV" yesterday)
            continue
        opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens == closes:  # both or neither (x"y, a lone " between spaces): pair with what is open
            role = "close" if depth else "open"
        else:
            role = "open" if opens else "close"
        depth = depth + 1 if role == "open" else max(depth - 1, 0)
        marks.append((i, role))
    return marks


def _repair(text: str, marks: list[tuple[int, str]], opener: str, closer: str) -> tuple[str, bool]:
    stray_close: list[int] = []
    open_stack: list[int] = []
    for pos, role in marks:
        if role == "open":
            open_stack.append(pos)
        elif open_stack:
            open_stack.pop()
        else:
            stray_close.append(pos)
    if not stray_close and not open_stack:
        return text, False
    # edits from the end, so earlier positions stay valid
    edits: list[tuple[int, str, str]] = []  # (position, "drop" | "insert", mark)
    attributed_drop = False
    for pos in stray_close:
        attributed = bool(_ATTRIBUTION.match(text[pos + 1:])) and bool(text[:pos].strip())
        if attributed and pos == marks[0][0]:  # no mark of this family before it: the quotation starts the bullet
            spaced = text[pos - 1:pos].isspace()  # French-style « spaced » marks: mirror the spacing
            edits.append((len(text) - len(text.lstrip()), "insert", opener + (" " if spaced else "")))
        else:
            edits.append((pos, "drop", ""))
            attributed_drop |= attributed
    for pos in open_stack:
        rest = text[pos + 1:]
        if rest[:1].isspace() or not rest.strip():
            edits.append((pos, "drop", ""))
        else:
            edits.append((len(text.rstrip()), "insert", closer))
    for pos, action, mark in sorted(edits, key=lambda e: e[0], reverse=True):
        text = text[:pos] + mark + text[pos:] if action == "insert" else text[:pos] + text[pos + 1:]
    return _tidy(text), attributed_drop


def _tidy(text: str) -> str:
    """Spaces left where a mark was dropped ("step , he said" -> "step, he said")."""
    return re.sub(r"\s+([,.;:!?،])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
