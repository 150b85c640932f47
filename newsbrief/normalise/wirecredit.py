"""The reporters a wire story's credit line under it names, for the record's byline.

A wire story names its reporters under the story, not over it: Reuters' "Reporting by Dawit Endeshaw in Addis Ababa;
Additional reporting by …; Writing by …; Editing by …", "(Reporting by Jane Doe; Editing by Tom Hogue)", Reuters
Arabic's "(تغطية صحفية: إيما فارج - إعداد: سامح الخطيب للنشرة العربية)". The phrase lists remove the line (group
`wire_credit`, misc). Where the page credits no one but the wire ("ADDIS ABABA, Feb 11 (Reuters) -") or no one at all,
the reporters are its byline, the agency after them as an author beside a wire dateline is written ("Dawit Endeshaw,
Reuters": `normalise.with_dateline`). Only the "Reporting by" credit names the story's reporters: "Additional
reporting by" names helpers, "Writing by" and "Editing by" the desk that put the copy together, and a Dutch paper's
"Aanvullende verslaggeving door …" helpers too (no Dutch credit line names the main reporter).
"""

from __future__ import annotations

import re

from newsbrief.normalise.metadata import joined_names, person_name
from newsbrief.normalise.phrases import in_group
from newsbrief.normalise.places import known_place

#: the credits of one line, apart: Reuters' ";" between them, Reuters Arabic's " - " ("تغطية صحفية: … - إعداد: …")
_CREDITS = re.compile(r"\s*;\s*|\s+[-–]\s+")
#: the reporters' credit: "Reporting by …", "تغطية صحفية: …" (not "Additional reporting by …", a helper's)
_REPORTING = re.compile(r"^(?:reporting|reported)\s+by\s+(?P<names>\S.*)$|^تغطية\s+صحفية\s*:\s*(?P<ar>\S.*)$",
                        re.IGNORECASE)
#: where a reporter's place starts after the name ("Dawit Endeshaw in Addis Ababa", "… من القاهرة")
_IN_PLACE = re.compile(r"\s+(?:in|في|من)\s+", re.IGNORECASE)
#: the names of one credit, apart: "Jane Doe and Tom Hale", "Jane Doe, Tom Hale", "إيما فارج وسامي يوسف" ("و" on the
#: word before a name of four letters or more: names open with و too, "وليد")
_AND = re.compile(r"\s*(?:,|،|&|\band\b)\s*|\s+و(?=\w{4})", re.IGNORECASE)


def wire_reporters(text: str, words: int) -> str | None:
    """The reporters a wire credit line (`wire_credit`) names in its "Reporting by" credit, without their places
    ("Reporting by Dawit Endeshaw in Addis Ababa; Editing by Frances Kerry" -> "Dawit Endeshaw"; "Reporting by Jane
    Doe in Nairobi and Tom Hale in Kampala" -> "Jane Doe, Tom Hale"), or None where it names none."""
    if not in_group(text, words, "wire_credit"):
        return None
    inner = text.strip().strip("()").strip().rstrip(".").strip()
    for credit in _CREDITS.split(inner):
        found = _REPORTING.match(credit)
        if found:
            names = _people(found.group("names") or found.group("ar"))
            return joined_names(names) if names else None
    return None


def _people(credit: str) -> list[str]:
    """The people of a credit's names, their places left out: the words before the first "in" name people; after a
    place, a name follows only where another place does ("A in Nairobi and B in Kampala"; "A in Addis Ababa and
    Mekelle" names one). A piece that is no person's name (`person_name`) or is a known place is none."""
    spans = _IN_PLACE.split(credit)
    pieces = _AND.split(spans[0]) if spans else []
    for middle in spans[1:-1]:
        pieces += _AND.split(middle)[1:]  # the place first, then the next reporter
    people: list[str] = []
    for piece in pieces:
        piece = piece.strip(" .")
        if piece and person_name(piece) and not known_place(piece) and piece not in people:
            people.append(piece)
    return people
