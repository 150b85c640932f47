"""A comment piece's closing demand: what the column exists to ask for, said in its last paragraph.

An opinion column builds its case from facts and ends on what someone must do ("The council must reverse the
decision …", from Dutch "Het kabinet moet …", from Arabic "على الحكومة أن …": the summariser reads the English
translation). Selection favours the lead and what the article keeps coming back to, so the one sentence that makes
the column's point, said once and last, was never a takeaway. `closing_demand` finds it: in the last two paragraphs
of an article of at least MIN_PARAGRAPHS paragraphs (a news story's facts come first; a text without paragraph
breaks, as CNN/DM's, has no closing paragraph to read), the last sentence in the writer's own voice whose subject
(a noun phrase, or "we") is told what it must, should or needs to do. A quotation, a reported demand ("…, she said")
or a question is none: that is someone else's point, or no point yet.
"""

from __future__ import annotations

import re

#: an article needs this many paragraphs for its last one to be a closing
MIN_PARAGRAPHS = 3
#: the demand stands in the last this-many paragraphs (a short sign-off line may follow it)
CLOSING_PARAGRAPHS = 2

# "The council must …", "Ministers should now …", "We need to …", "Instead, parents should …": a subject of one to six
# words opening the sentence (after an opening "So," / "But" / "Instead," at most two), then the obligation and its
# verb: "must be" only before a participle ("must be scrapped"; "must be complex" describes, it asks nothing)
_DEMAND = re.compile(
    r"^(?:(?:so|now|instead|above all|in short|until then|first|for now|but|and|yet|then|perhaps|finally|"
    r"ultimately|surely|clearly)\b,?\s+){0,2}"
    r"(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:now\s+|also\s+|finally\s+|urgently\s+|not\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?P<after>[a-z]+))?", re.IGNORECASE)
#: a subject that is no noun phrase of its own: a pronoun that leans on the sentence before ("it", "they"; "we" alone
#: is the writer's side and stays), a clause's verb or a contraction inside it ("Time is all you need to …",
#: "Jealousy doesn't have to …", "We'll provide what they need to …")
_NOT_SUBJECT = frozenset(
    "it he she they this that these those there you i one me him them us is are was were be been will would can "
    "could do does did have has had all what which who whom whose if when no".split())
_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:ll|re|ve|d|m))$", re.IGNORECASE)
#: someone else's words: quotation marks, or a verb of saying
_REPORTED = re.compile(r"[\"“”«»]|\b(?:said|says|told|according to|argued|argues|warned|warns|added)\b",
                       re.IGNORECASE)


def _demand(text: str) -> bool:
    """Whether `text` tells its subject what it must, should or needs to do (`_DEMAND`, `_NOT_SUBJECT`)."""
    found = _DEMAND.match(text)
    if found is None:
        return False
    subject = found.group("subject").lower().split()
    if subject != ["we"] and any(re.split(r"['’]", w)[0] in _NOT_SUBJECT | {"we"} or _CONTRACTION.search(w)
                                 for w in subject):  # "there's" is "there"; "no need to" has no subject
        return False
    if found.group("verb").lower() == "be":
        after = (found.group("after") or "").lower()
        return after.endswith(("ed", "en", "wn", "ne", "lt"))  # "be scrapped", "be given", "be shown", "be done"
    return True


def closing_demand(sentences: list[str], paragraphs: list[int]) -> int | None:
    """The index of the article's closing demand (see the module docstring), or None."""
    if not sentences or len(set(paragraphs)) < MIN_PARAGRAPHS:
        return None
    last = sorted(set(paragraphs))[-CLOSING_PARAGRAPHS:]
    for i in range(len(sentences) - 1, -1, -1):
        if paragraphs[i] not in last:
            break
        text = sentences[i].strip()
        if text.endswith("?") or _REPORTED.search(text) or not _demand(text):
            continue
        return i
    return None
