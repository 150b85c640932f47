"""A contact appeal in a story: whom to call, not what happened.

Police and court briefs end an item with "Anyone with information should call 101 quoting reference 4412.", a
council story with "Residents can report potholes on 0300 123 4567.", a Dutch brief with "Tip de politie via
0900-8844.", an Arabic one with "ويرجى من لديه معلومات الاتصال على الرقم 999.". The sentence is useful on the page,
but as a Key Takeaway it crowded out the news (tester 13, F9: one of a round-up's four takeaways was the "call 101"
line). `appeals` finds such sentences, so the summariser passes over them.

An appeal is a sentence that asks the reader to get in touch: a police appeal's stock words ("anyone with
information", "witnesses are asked", "quoting reference", "Crimestoppers", "wie meer weet", "tip de politie", "من لديه
معلومات"), or a contact verb with a phone number after it ("call 101", "ring 0800 555 111", "bel 0900-8844"). A story's
sentence that reports a call ("The driver called 999 and tried to help the boy.") has the verb in the past and no
appeal words, and stays a candidate; so does a consumer's advice without a number ("Anyone booked on those dates can
move to another sailing for free."). The summariser reads the English translation of a Dutch or Arabic page; its own words are matched
too, for a sentence the translation left as it was. Every pattern is searched once over the sentence (linear).
"""

from __future__ import annotations

import re

__all__ = ["appeals", "is_appeal"]

#: the stock words of an appeal for information or a contact line
_APPEAL = re.compile(
    r"(?<!\w)(?:anyone (?:with|who has|who has any) information"
    r"|anyone who (?:saw|witnessed)\b[^.?!]{0,120}?\b(?:contact|call|ring|come forward|get in touch|police)"
    r"|witnesses (?:are|were) (?:being )?(?:asked|urged|sought)|(?:police|officers|detectives) (?:are )?appeal(?:ing|ed)? for"
    r"|quot(?:e|ing) (?:the )?(?:reference|ref|incident|crime|log)(?:\s+(?:number|no))?|crime ?stoppers"
    r"|(?:call|contact|ring|phone|tip off|tip) (?:the )?police (?:on|via|at)|report crime anonymously"
    r"|wie meer weet|getuigen worden (?:gevraagd|opgeroepen)|tip de politie|meld misdaad anoniem"
    r"|bel (?:met )?de politie|politie vraagt getuigen"
    r"|من لديه (?:أي )?معلومات|يرجى (?:الاتصال|التواصل)|الاتصال بالشرطة على)(?!\w)",
    re.IGNORECASE)
#: a contact verb in the imperative (the sentence's start) or after a modal, "please" or "to", with a phone number after
#: it ("Call 101", "should ring 0800 555 111"; not "Patients who call 111 now wait …", "Unions call for 999 …"):
#: six characters of digits or more, or an emergency or police number ("contact 120 families" is no appeal)
_CALL_NUMBER = re.compile(
    r"(?:^[\W_]*|(?<!\w)(?:please|should|can|could|may|must|to|or|then|graag|kunt u|يرجى|الرجاء)\s+)"
    r"(?:call|ring|dial|phone|text|contact|bel|sms|اتصل|اتصلوا|الاتصال)\s+(?:\w+\s+){0,3}?"
    r"(?:\+?\d[\d ()-]{4,16}\d|101|111|112|999|911)(?!\w)", re.IGNORECASE)
#: a past-tense report of a call is the story ("She called 999 at 2am."): the verb's own past form before the number
_REPORTED_CALL = re.compile(r"(?<!\w)(?:called|rang|dialled|dialed|phoned|contacted|belde|اتصلت|اتصل ب)(?!\w)",
                            re.IGNORECASE)


def is_appeal(sentence: str) -> bool:
    """Whether `sentence` asks the reader to get in touch (see the module's docstring)."""
    if _APPEAL.search(sentence):
        return True
    return _CALL_NUMBER.search(sentence) is not None and _REPORTED_CALL.search(sentence) is None


def appeals(sentences: list[str]) -> set[int]:
    """Indices of the sentences that are contact appeals (`is_appeal`)."""
    return {i for i, s in enumerate(sentences) if is_appeal(s)}
