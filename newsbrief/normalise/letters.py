"""A letters page: readers' letters, each under its heading and signed under its last paragraph.

A paper's letters page ("Letters", "Ingezonden brieven", "رسائل القراء") runs several letters one after another:

    Harbour car park plan is short-sighted          <- the letter's heading
    I was dismayed to read that the council …       <- the letter
    Tom Carver, Weymouth                            <- its signature: the reader's name and town

A signature is a short line of a name (or two: "Derek and Anne Lowe", "Bas en Ria Smit") then a comma and a place
("Tom Carver, Weymouth", "Ria de Wit, Zwolle", "سامي يوسف، عمّان"), right under a paragraph. One such line under the
story is read as its author's byline by the header pass, and its first letter's heading as a line before the
article; but the page has more than one author, and each letter's heading and signature are its own. So where
MIN_SIGNATURES or more signatures stand under paragraphs (`letter_signatures`), none is the page's byline and the
heading over the first letter stays with its letter as the later ones do (classify.py asks).

A Latin signature's shape is the summariser's (summarise/letters.py `SIGNATURE`: one pattern for both stages, so a
name the summariser reads as a letter's writer is a signature here too); the Arabic one is read here. Patterns are
anchored, with bounded repeats: linear in the line's length.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import is_job_title
from summarise.letters import SIGNATURE, SIGNATURE_MAX_WORDS

#: why a letter's signature (and the first letter's heading) is kept: fixed, the model does not overrule it (the last
#: signature stands under the body's last paragraph, where the model drops a short line)
LETTER_REASON = "a reader's letter"
#: a letters page has at least this many signatures under paragraphs (one name under one paragraph is a byline or a
#: sign-off, not a page of letters)
MIN_SIGNATURES = 2
# Arabic has no case: two to five words of a name (one or two readers, "و" joining them), the Arabic comma, one to
# three words of a place ("سامي يوسف، عمّان", "ليلى وحسن داود، الدار البيضاء")
_AR_WORD = r"[\u0621-\u064a\u0670-\u06d3\u064b-\u065f]{1,20}"
_ARABIC = re.compile(rf"^(?:[-–—]\s{{0,2}})?{_AR_WORD}(?: {_AR_WORD}){{1,4}}\s{{0,2}}[،,]\s{{0,2}}{_AR_WORD}(?: {_AR_WORD}){{0,2}}$")


def signature_shape(text: str) -> bool:
    """Whether a line has a reader's signature's shape: names, a comma and a place, short, no digit, no sentence's end."""
    text = text.strip()
    if not text or len(text.split()) > SIGNATURE_MAX_WORDS or re.search(r"[.!?؟:;\"”]$|\d", text):
        return False
    if is_job_title(text.rpartition(",")[2].replace("،", " ")):
        return False  # "Sam Keller, Political Correspondent": a reporter's byline and job, no reader and town
    return SIGNATURE.match(text) is not None or _ARABIC.match(text) is not None


def letter_signatures(lines: list[Line], feats: list[Features]) -> set[int]:
    """Indices of the lines that sign a reader's letter: of a signature's shape (`signature_shape`), right under a
    paragraph of prose; an empty set unless MIN_SIGNATURES or more do (a letters page)."""
    found = {k for k in range(1, len(lines))
             if feats[k - 1].prose and not feats[k].prose and not feats[k].categories and signature_shape(lines[k].text)}
    return found if len(found) >= MIN_SIGNATURES else set()
