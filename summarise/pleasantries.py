"""A speech's pleasantries and stage directions: said on the stage, not the news.

A published speech ("Full text: the mayor's speech on housing") opens with a greeting ("Good evening, and thank you
all for coming out on a cold night.", "Dames en heren, welkom.", "السيدات والسادة، مساء الخير.") and closes with
thanks ("Thank you.", "Dank u wel.", "شكرا لكم."); a transcript marks the audience's reaction on its own line
("(Applause)", "[Laughter]", "(Applaus)", "(تصفيق)"). None of these states a fact, yet the greeting stands first and
shares the title's words, so it was chosen as a Key Takeaway over the speech's announcement (tester 30a, D1).
`pleasantries` finds such sentences, so the summariser passes over them.

A pleasantry is, on a speech's page only (a stage direction or the editor's line over the speech stands on it, or
its title says speech, remarks, address, transcript, toespraak, كلمة or خطاب), a sentence that OPENS with a greeting
or a thanks formula (en, nl, ar: the summariser reads the English translation of a Dutch or Arabic page, and a
sentence the translation left as it was) that stands alone — followed by a comma, a full stop, an exclamation mark or
the end ("Good evening, …", "Thank you.", "Dames en heren, …"), or thanks for coming ("Thank you all for coming.") —
and holds no digit (a number is news: "Good evening: the council will build 3,500 homes." stays a candidate) and no
attribution (a quote's "“Thank you,” she said" or "Dank je wel, zei de burgemeester" is the story's), or a whole
sentence that is a bracketed stage direction, or the editor's line over the speech ("Below is the full text of the
speech given by …"). A story's lead stays: "Good night for Labour as …", "Many thanks and much praise went to …", a
quoted "“Thank you for saving my son,” Sarah Malik told the crew" (no quote mark may precede the formula), and a
sentence that reports thanks ("The mayor thanked volunteers.") does not open with the formula. Every pattern is
matched once from the sentence's start or searched with bounded repeats (linear).
"""

from __future__ import annotations

import re

from summarise.text import DIGIT

__all__ = ["is_pleasantry", "is_speech", "pleasantries"]

#: what may stand before the formula: up to three non-word characters, a quote mark excepted (a quoted "“Thank you
#: for saving my son,” she told …" is a story's quote, not the page's greeting)
_LEAD = r"^(?:(?![\"“”‘’'„«»])[\W_]){0,3}"
#: a formula that stands alone: then a comma, a full stop, an exclamation mark or the end ("Good night for Labour",
#: "Good morning to markets:", "Many thanks and much praise went to …" go on as a story's sentence)
_ALONE = r"\s*(?:[,.!،]|$)"
#: a greeting at the sentence's start, alone or to everyone ("Good morning, everyone.", "Goedenavond allemaal.")
_GREETING = re.compile(
    _LEAD + r"(?:good (?:morning|afternoon|evening|night)|ladies and gentlemen|ladies|dear friends|dear colleagues"
    r"|(?:hello|welcome|hi),? (?:everyone|everybody|all)"
    r"|goedemorgen|goedemiddag|goedenavond|dames en heren|beste (?:vrienden|collega's|aanwezigen)|welkom"
    r"|السيدات والسادة|سيداتي(?: و)?سادتي|صباح الخير|مساء الخير|أهلا وسهلا|مرحبا بكم"
    r")(?:\s+(?:everyone|everybody|all|allemaal))?" + _ALONE,
    re.IGNORECASE)
#: thanks at the sentence's start, alone or for coming ("Thank you.", "Thank you all for coming.", "Dank u wel.",
#: "شكرا لكم.", "شكرا لحضوركم.")
_THANKS = re.compile(
    _LEAD + r"(?:thank you(?: (?:all|so much|very much|everyone|everybody))?|many thanks|thanks (?:everyone|everybody|all)"
    r"|dank (?:u|je|jullie)(?: wel| allemaal)?|hartelijk dank|شكرا(?: لكم| جزيلا)?|أشكركم(?: جميعا)?"
    r")(?:" + _ALONE + r"|\s+(?:all\s+)?for (?:coming|being here|joining us|having me)\b"
    r"|\s+voor (?:uw|jullie|je) (?:komst|aanwezigheid)\b|\s*(?:على|ل)(?:حضوركم|الحضور)(?!\w))",
    re.IGNORECASE)
#: an attribution: a closing quote followed by words ("“Thank you,” she said"), or a speech verb ("Dank je wel, zei
#: de burgemeester", "شكرا، قالت الأم"): the sentence reports what someone said, it is the story's
_ATTRIBUTION = re.compile(
    r"[”\"»][\s,،]{0,4}\w|\b(?:said|says|told|tells|zei|zegt|zeiden|vertelde)\b|(?<!\w)و?(?:قال|قالت|قالوا|يقول|تقول)(?!\w)",
    re.IGNORECASE)
#: a speech's page says so in its title ("Full text: the mayor's speech on housing", "Toespraak van de koning")
_SPEECH_TITLE = re.compile(
    r"\b(?:speech|speeches|remarks|address|transcript|toespraak|speech)\b|(?<!\w)(?:ال)?(?:كلمة|خطاب)(?!\w)",
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
    r"|^[\W_]{0,3}(?:و)?(?:فيما|في ما) يلي (?:النص الكامل|نص(?!\w))",
    re.IGNORECASE)


def _opening(sentence: str) -> bool:
    """A greeting or thanks that stands alone at the sentence's start, with no number and no attribution."""
    return ((_GREETING.match(sentence) is not None or _THANKS.match(sentence) is not None)
            and DIGIT.search(sentence) is None and _ATTRIBUTION.search(sentence) is None)


def is_pleasantry(sentence: str, speech: bool = True) -> bool:
    """Whether `sentence` is a stage direction or the editor's line over a speech, or, on a speech's page
    (`speech`), its greeting or thanks (see the module's docstring)."""
    if _STAGE.match(sentence) or _TRANSCRIPT_INTRO.match(sentence):
        return True
    return speech and _opening(sentence)


def is_speech(sentences: list[str], title: str | None = None) -> bool:
    """Whether the page is a speech or a transcript: its title says so, or a stage direction or the editor's line
    over the speech stands on it. A news story that opens "Good night for Labour …" is none."""
    if title and _SPEECH_TITLE.search(title):
        return True
    return any(_STAGE.match(s) or _TRANSCRIPT_INTRO.match(s) for s in sentences)


def pleasantries(sentences: list[str], title: str | None = None) -> set[int]:
    """Indices of the sentences that are pleasantries or stage directions (`is_pleasantry`); a greeting or thanks
    counts only on a speech's page (`is_speech`)."""
    speech = is_speech(sentences, title)
    return {i for i, s in enumerate(sentences) if is_pleasantry(s, speech)}
