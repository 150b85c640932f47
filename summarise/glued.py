"""Sentences a scrape glued together: a missing full stop between two sentences.

A photo caption or a standfirst loses its full stop when a page is flattened to text, and the sentence splitter then
sees one run-on "sentence": "Accused: Dr Ram Manohar, 38, has denied four counts of sexual assault A senior doctor
facing sexual assault allegations is accused of …" (CNN/DM has about 250 in 4,600 sentences; the scraped news bodies
of the faithfulness sets 13 in 20,900). As one sentence it is too long to be a bullet and has no safe cut, so the
summariser passes over it, often over the story's main point; its sentences are each a fine candidate. A page widget
glued in front of a sentence ("Scroll down for video The new prince …") is split off the same way: the summariser
drops any sentence that holds one, so without the split the sentence itself would be lost.

The boundary is a lower-case word (or a number, a closing bracket) followed by a capitalised word that only starts a
sentence — a determiner, a subject pronoun, a sentence-opening conjunction ("The", "A", "They", "He", "And", "In") —
and then a lower-case word: "… sexual assault A senior doctor …", "… in November The German boss …". Not
* inside quotation marks or brackets ("'I said no The thing is …'" is one quotation);
* after a function word ("trust in His wisdom", "think that A book …"): a sentence does not end on one;
* after a title-case run ("Only Buttholes Make Lists Like This …"): a headline, not two sentences;
* at "A"/"An" after a capitalised word or a label word ("Series A financing", "Nurse A", "grade A students"), or
  before a function word or a plural ("A with her training", "received A ratings"): the letter is a label there; after a capitalised word only "The"
  starts a sentence ("Zheng He led", "Linked In profile", "How to Stop It by …" go on);
* where a part would have fewer than MIN_PART_WORDS words or no verb (`splitting.may_have_verb`, the lenient test):
  "… films such as Rendition, the forth-coming In the Valley of Elah, and The Kingdom." is one sentence.

A scrape also glues sentences at a full stop with no space after it ("…on Wednesday.The stabbing…";
`split_glued` below finds those, and the bullet maker, summarise.splitting, splits them itself). Both are sentence
boundaries, so the rule book (summarise.faithfulness) checks a bullet made from one of the parts
against that part, its own sentence (`own_sentence`): a reporting verb, a negation or a contrast in the *other*
sentence is neither dropped from it nor cut before. The parts are the source's own words; a bullet's evidence stays
the index of the run-on sentence.
"""

from __future__ import annotations

import functools
import re

from summarise.quotes import inside_marks
from summarise.splitting import may_have_verb
from summarise.text import STOPWORDS, TITLE_ABBREVIATIONS, word_before, word_count
from summarise.types import SummaryInput

MIN_PART_WORDS = 4

_OPENERS = ("A", "An", "The", "They", "He", "She", "It", "And", "But", "This", "These", "In", "His", "Her", "Their")
# words after which a capital "A" or "An" is a label, not an article
_LABEL_WORDS = frozenset(
    "plan grade vitamin type group class category section part level list exhibit option division league "
    "pool row block zone gate terminal size".split()
)
_WIDGET = re.compile(r"^\s*scroll down for (?:the )?(?:videos?|more)\s+(?=[A-Z'‘\"“])", re.IGNORECASE)
_BOUNDARY = re.compile(r"(?<=[a-z0-9%)])\s+(?P<opener>" + "|".join(_OPENERS) + r")\s+(?P<next>[a-z][\w'’-]*)")


#: a piece of a sentence glued at a stop with no space has at least this many words (else the stop is no boundary)
STOP_PART_WORDS = 5

# sentences a scrape glued together, a stop with no space after it ("… on Wednesday.The stabbing occurred …"): the
# splitter saw one sentence; a lower-case word (not an abbreviation: "Mrs.Smith") before the stop, a capitalised word
# after it ("U.S.The" and "example.com" are not)
_GLUED_STOP = re.compile(r"(?<=[a-z][a-z])(?P<stop>[.!?][\"”’']?)(?=[A-Z][a-z])")


def split_glued(sentence: str) -> list[str]:
    """The sentences of a scraped run glued at a stop with no space ("…Wednesday.The stabbing…"); [] when there is
    no such stop or a piece is too short to be a sentence. Each piece is a whole sentence of the source, verbatim:
    it is checked as its own evidence when it is shortened (an attribution that ends one piece covers that piece
    only, so checking a piece against the whole run would misread it)."""
    text = re.sub(r"\s+", " ", sentence).strip()
    cuts = [m.end() for m in _GLUED_STOP.finditer(text)
            if word_before(text, m.start()) not in TITLE_ABBREVIATIONS
            and not inside_marks(text, m.start())]
    if not cuts:
        return []
    pieces = [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)])]
    return [] if any(word_count(p) < STOP_PART_WORDS for p in pieces) else pieces


def _is_boundary(text: str, m: re.Match) -> bool:
    before = text[: m.start()].split()
    if len(before) < MIN_PART_WORDS or inside_marks(text, m.start()):
        return False
    last = before[-1].strip("\"'“”‘’()").lower()
    if last in STOPWORDS:
        return False  # a sentence does not end on a function word: "trust in His wisdom"
    if all(w[:1].isupper() or not w[:1].isalpha() for w in before[-3:]):
        return False  # a title-case run: a headline or a name ("… Lists Like This to …")
    if m.group("opener") in ("A", "An"):
        following = m.group("next").lower()
        if (before[-1][:1].isupper() or last in _LABEL_WORDS or following in STOPWORDS
                or following.endswith("s") and not following.endswith(("ss", "us", "is"))):
            return False  # "Series A financing", "grade A students", "Nurse A with her training", "A ratings"
    elif before[-1][:1].isupper() and m.group("opener") != "The":
        return False  # a name or a title goes on: "Zheng He led", "Linked In profile", "How to Stop It by"
    return True


@functools.lru_cache(maxsize=4096)
def unglue(sentence: str) -> tuple[str, ...]:
    """The sentences glued together in `sentence` (itself alone when it has no missing boundary)."""
    widget = _WIDGET.match(sentence)
    if widget and len(sentence[widget.end():].split()) >= MIN_PART_WORDS:
        return (widget.group(0).strip(),) + unglue(sentence[widget.end():])
    parts, start = [], 0
    for m in _BOUNDARY.finditer(sentence):
        if _is_boundary(sentence, m) and len(sentence[start: m.start()].split()) >= MIN_PART_WORDS:
            parts.append(sentence[start: m.start()].strip())
            start = m.start("opener")
    rest = sentence[start:].strip()
    if parts and len(rest.split()) < MIN_PART_WORDS:
        parts[-1] = parts[-1] + " " + rest  # a short last piece stays with the one before it (same words, one space)
    else:
        parts.append(rest)
    if len(parts) < 2 or not all(may_have_verb(p) for p in parts):
        return (sentence,)  # a part with no verb is a title or a name cut in two ("the forth-coming In the Valley …")
    return tuple(parts)


def own_sentence(source: str, covers) -> str:
    """The glued part of `source` that `covers` (a predicate on a part: does the bullet come from it?), or `source`
    when none does or it has no missing boundary. A bullet spanning two parts is checked against the whole."""
    parts = [part for piece in (split_glued(source) or [source]) for part in unglue(piece)]
    if len(parts) > 1:
        for part in parts:
            if covers(part):
                return part
    return source


def unglued(doc: SummaryInput) -> tuple[SummaryInput, list[int]]:
    """`doc` with every glued sentence split into its sentences, and for each new sentence the index of the
    sentence it came from (its evidence)."""
    sentences, paragraphs, origin = [], [], []
    for i, (sentence, paragraph) in enumerate(zip(doc.sentences, doc.paragraphs)):
        for part in unglue(sentence):
            sentences.append(part)
            paragraphs.append(paragraph)
            origin.append(i)
    if len(sentences) == len(doc.sentences):
        return doc, origin
    return SummaryInput(sentences=sentences, paragraphs=paragraphs, title=doc.title), origin
