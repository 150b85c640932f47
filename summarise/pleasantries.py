"""A speech's pleasantries and stage directions: said on the stage, not the news.

A published speech ("Full text: the mayor's speech on housing") opens with a greeting ("Good evening, and thank you
all for coming out on a cold night.", "Dames en heren, welkom.", "السيدات والسادة، مساء الخير.") and closes with
thanks ("Thank you.", "Dank u wel.", "شكرا لكم."); a transcript marks the audience's reaction on its own line
("(Applause)", "[Laughter]", "(Applaus)", "(تصفيق)"). None of these states a fact, yet the greeting stands first and
shares the title's words, so it was chosen as a Key Takeaway over the speech's announcement (tester 30a, D1).
`pleasantries` finds such sentences, so the summariser passes over them.

A pleasantry is a sentence that OPENS with a greeting or a thanks formula (en, nl, ar: the summariser reads the
English translation of a Dutch or Arabic page, and a sentence the translation left as it was) and holds no digit (a
number is news: "Good evening: the council will build 3,500 homes." stays a candidate), or a whole sentence that is a
bracketed stage direction, or the editor's line over the speech ("Below is the full text of the speech given by …").
A story's sentence that reports thanks ("Thank-you notes poured in.", "The mayor thanked
volunteers.") does not open with the formula and stays. Every pattern is matched once from the sentence's start
(linear).
"""

from __future__ import annotations

import re

from summarise.text import DIGIT

__all__ = ["is_pleasantry", "pleasantries"]

#: a greeting or a thanks formula at the sentence's start, then a comma, a full stop, an exclamation mark, "and",
#: "to", "for" or the end ("Good evening, and thank you …", "Thank you all for coming.", "Dames en heren, …")
_OPENING = re.compile(
    r"^[\W_]{0,3}(?:"
    r"good (?:morning|afternoon|evening|night)|(?:ladies|ladies and gentlemen|dear friends|dear colleagues)"
    r"|(?:hello|welcome|hi),? (?:everyone|everybody|all)"
    r"|thank you(?: (?:all|so much|very much|everyone|everybody))?|many thanks|thanks (?:everyone|everybody|all)"
    r"|goedemorgen|goedemiddag|goedenavond|dames en heren|beste (?:vrienden|collega's|aanwezigen)"
    r"|welkom(?: allemaal)?|dank (?:u|je|jullie)(?: wel| allemaal)?|hartelijk dank"
    r"|السيدات والسادة|سيداتي(?: و)?سادتي|صباح الخير|مساء الخير|شكرا(?: لكم| جزيلا)?|أشكركم(?: جميعا)?"
    r"|أهلا وسهلا|مرحبا بكم"
    r")(?=\s*(?:[,.!،:;]|$|and\b|en\b|و|for\b|voor\b|to\b|all\b|everyone\b|allemaal\b|لكم|على|ل))",
    re.IGNORECASE)
#: a bracketed stage direction on its own: "(Applause)", "[Laughter and applause]", "(Applaus)", "(تصفيق)"
_STAGE = re.compile(
    r"^\s*[(\[]\s*(?:applause|laughter|cheers|cheering|booing|boos|inaudible|crosstalk|pause|applaus|gelach|"
    r"gejuich|tussenkomst|تصفيق|ضحك|تصفيق حار)(?:\s+(?:and|en|و)\s+[a-z\u0600-\u06ff]+)?\s*[)\]]\W{0,2}\s*$",
    re.IGNORECASE)
#: the editor's line over a published speech or transcript: it says what the page holds, not what was said ("Below is
#: the full text of the speech given by …", "Hieronder volgt de volledige tekst van de toespraak …", "وفيما يلي نص
#: كلمة …")
_TRANSCRIPT_INTRO = re.compile(
    r"^[\W_]{0,3}(?:(?:below|here) (?:is|are)|the following is|what follows is|read) the (?:full |complete |prepared )?"
    r"(?:text|transcript|remarks|speech)\b"
    r"|^[\W_]{0,3}(?:hieronder (?:volgt|staat|leest u|lees je)|dit is) de (?:volledige |integrale )?(?:tekst|toespraak)\b"
    r"|^[\W_]{0,3}(?:و)?(?:فيما|في ما) يلي (?:النص الكامل|نص)",
    re.IGNORECASE)


def is_pleasantry(sentence: str) -> bool:
    """Whether `sentence` is a speech's greeting or thanks, or a stage direction (see the module's docstring)."""
    if _STAGE.match(sentence) or _TRANSCRIPT_INTRO.match(sentence):
        return True
    return _OPENING.match(sentence) is not None and DIGIT.search(sentence) is None


def pleasantries(sentences: list[str]) -> set[int]:
    """Indices of the sentences that are pleasantries or stage directions (`is_pleasantry`)."""
    return {i for i, s in enumerate(sentences) if is_pleasantry(s)}
