"""An official's sign-off under a published letter, an answer to parliamentary questions or a council's decisions.

A government site prints the letter whole, its signature too:

    … Ik verwacht dat de doorlooptijd daardoor in de loop van volgend jaar daalt.   <- the letter's last paragraph
    De Staatssecretaris van Justitie en Veiligheid,                                 <- the office, then a comma
    M.J. de Jong                                                                     <- the name

("Yours sincerely," / "Jane Whitfield" / "Minister for Local Government", "De secretaris, drs. R.M. Kamphuis" on one
line, "وزير الصحة،" / "د. سامر الحداد"). The model kept such a sign-off on some pages as the text's last two
paragraphs (probeA 11) and dropped it on others. A sign-off is read at the kept text's end only, once the model has
decided (classify.late_removals): the run of kept lines after the last paragraph, each one of

- a closing (the phrase lists' ``signoff_closing``: "Yours sincerely,", "Met vriendelijke groet,", "وتفضلوا بقبول فائق
  الاحترام");
- an office (``signoff_office``: "De Staatssecretaris van …,", "Minister for Local Government", "وزير الصحة،"), alone
  or with the name after its comma ("De burgemeester, P.H. Snijders");
- a name (`_name`: a byline's name, `metadata.person_name`, once its titles are off: "M.J. de Jong", "drs. R.M.
  Kamphuis", "Jane Whitfield"; an Arabic name, `datelines.bare_arabic_name`, with its title, "د. سامر الحداد", or
  after an office's comma on its line);

and at least one office or closing stands right over a name, or holds it, and an office is among them (a private
letter's "Sincerely," / "Maude B. Fisher" is the letter's own where the page publishes the letter as its story) (the name may be a line the model dropped
already: the page's line under the office is read, whatever its role). A story that ends on an official's words
("De minister zei dat …") ends on a sentence, which is none of these; an office line with no name under it is no
sign-off. Nor is a run under a paragraph ending in a colon, or one of more than MAX_NAMES names: that is the story's
list of officials ("De volgende bewindslieden:" / "De minister van Financiën, Karin de Boer" / …). Patterns are
anchored, with bounded repeats: linear in the line's length.
"""

from __future__ import annotations

import re

from newsbrief.normalise.datelines import bare_arabic_name
from newsbrief.normalise.metadata import person_name
from newsbrief.normalise.phrases import ARABIC_LETTER, in_group

#: why a sign-off's lines go (a late pass's reason, fixed: the model has decided already)
SIGNOFF_REASON = "an official's sign-off"
#: a sign-off has at most this many lines (two officials' office and name, or a closing, a name and an office)
MAX_LINES = 6
#: ... each of at most this many words (an office names its ministry: "De Staatssecretaris van Volksgezondheid,
#: Welzijn en Sport,")
MAX_WORDS = 14
#: the paragraph over the sign-off has at least this many words (the letter's text, not a list's short line)
PARAGRAPH_WORDS = 8
#: a letter has one signature block, of at most this many officials' names: three "office, name" lines or more are
#: a list the story gives (a reshuffle's new ministers)
MAX_NAMES = 2

#: a title or two before a Latin name ("drs.", "mr.", "Rt Hon", "Cllr"): a signature prints them, a byline seldom, so
#: they are taken off here and the name proper is `metadata.person_name`'s (which reads "MP", "OBE" after it as words)
_TITLE = re.compile(
    r"^(?:(?:drs|dr|mr|ir|ing|prof|mw|dhr|ds|mevr|rt\.? hon|the rt\.? hon|sir|dame|cllr)\.?\s+){1,2}", re.IGNORECASE)
#: an Arabic name's title ("د.", "الدكتور", "المهندس"); the name proper is `datelines.bare_arabic_name`'s
_AR_TITLE = re.compile(r"^\s*(?:د\.|د\s|الدكتور|الدكتورة|المهندس|المهندسة|السيد|السيدة|اللواء|المستشار|الشيخ)\s*")


def _name(text: str, under_office: bool = False) -> bool:
    """Whether a line is a person's name alone, titles taken off: a Latin one as `person_name` reads a byline's; an
    Arabic one (no case to read) only with its title or under an office, as `bare_arabic_name` reads a name line."""
    text = text.strip()
    if ARABIC_LETTER.search(text):
        bare = _AR_TITLE.sub("", text)
        return (bare != text or under_office) and bare_arabic_name(bare) is not None
    return person_name(_TITLE.sub("", text))


def _part(text: str) -> str | None:
    """What a line of a sign-off is: "closing", "office", "office+name", "name"; None for any other line."""
    words = len(text.split())
    if words > MAX_WORDS:
        return None
    if in_group(text, words, "signoff_closing"):
        return "closing"
    if in_group(text, words, "signoff_office"):
        if not text.rstrip().endswith((",", "،")):
            # "De burgemeester, P.H. Snijders": the name after the office's last comma
            for comma in (",", "،"):
                _head, found, rest = text.rpartition(comma)
                if found and _name(rest, under_office=True):
                    return "office+name"
        return "office"
    return "name" if _name(text) else None


def signoff_lines(texts: list[str], roles: list[str]) -> set[int]:
    """The indices of the kept lines of a sign-off at the kept text's end (see the module docstring)."""
    kept = [k for k, role in enumerate(roles) if role == "content"]
    tail: list[tuple[int, str]] = []
    for k in reversed(kept):
        part = _part(texts[k]) if len(tail) < MAX_LINES else None
        if part is None:
            break
        tail.append((k, part))
    if not tail or len(tail) == len(kept):
        return set()
    tail.reverse()
    above = kept[len(kept) - len(tail) - 1]
    if len(texts[above].split()) < PARAGRAPH_WORDS:
        return set()  # under a short line: a list or a table's column, not a letter's last paragraph
    if texts[above].rstrip().endswith((":", "：")):
        return set()  # the paragraph announces a list ("Het gaat om de volgende bewindslieden:"): the story's own lines
    if sum(part in ("office+name", "name") for _k, part in tail) > MAX_NAMES:
        return set()
    if not any(part in ("office", "office+name") for _k, part in tail):
        return set()  # "Sincerely," / "Maude B. Fisher": a private letter's signature, the letter's own when the page
        # publishes the letter as its story (an official signs with the office)
    # the name may be the line the model dropped already, over or under a kept office ("وزير الصحة،" kept, the name
    # under it gone): the page's neighbour is read, whatever its role
    signed = any(part == "office+name"
                 or part in ("office", "closing") and k + 1 < len(texts) and _part(texts[k + 1]) == "name"
                 or part == "name" and k > 0 and _part(texts[k - 1]) in ("office", "closing")
                 for k, part in tail)
    return {k for k, _part_ in tail} if signed else set()
