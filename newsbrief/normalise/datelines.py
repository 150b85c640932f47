"""Datelines: where and from which agency a story comes ("AMSTERDAM (ANP) -", "أبوظبي - رويترز").

A dateline is metadata, not text: it goes to the record's `byline` (and a press
release's date to `published`) instead of being removed or staying glued to the
first sentence. These shapes are recognised:

* a line of its own: "Reuters", "رويترز", "أبوظبي - رويترز", "(AP)";
* the opening of the first paragraph: "AMSTERDAM (ANP) - Het kabinet …",
  "(AP) — A powerful storm …", "القاهرة (رويترز) - ارتفعت …";
* a paper's own credit after its place: "الفجيرة - «الخليج»: …", "أبوظبي - «الاتحاد»: …" (the Gulf papers' form; the
  paper is the byline, as an agency is);
* any of those opening the lead sentence after a glued kicker ("BREAKING | LONDON (Reuters) - …") or after the lead's
  first fragment ("… سنوياً. الفجيرة - «الخليج»: وتبلغ …"), when it names its agency or paper or is a Latin place in
  capitals (`split_inner_opening`);
* a place in capitals and a dash opening it with nothing else: "LOCHEM - Bewoners van …", "CAIRO — Egypt …",
  "القاهرة - رفعت …" (the first paragraph only);
* a press-release opening: "SAN FRANCISCO, Calif., March 5, 2024 /PRNewswire/ -- …", or a place and a date before
  a dash with no wire ("Amersfoort, 1 december 2026 – De gemeente …", "القاهرة، 1 ديسمبر 2026 – …"): the place
  goes to the byline, the date to published;
* a wire credit line (agencies.py): "Bron: ANP" above the story, or "ANP", "(ANP)", "Bron: ANP", "© ANP" under it
  (the byline only when the page names no author).

Every pattern is anchored at the start of the line with bounded repeats, so it
costs at most a few hundred characters of scanning whatever the line's length.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from newsbrief.normalise.agencies import AGENCY, AGENCY_IN_BRACKETS, SOURCE_LABELS, credit_line, known_paper, names_an_agency
from newsbrief.normalise.dates import DAY_AND_MONTH, GREGORIAN_MARK, HIJRI_DATE, WEEKDAY_PATTERN, date_key
from newsbrief.normalise.lines import SENTENCE_BOUNDARY, TERMINAL
from newsbrief.normalise.metadata import (
    KICKER_WORDS, date_in, has_byline_prefix, only_date_words, person_name, photo_credit, strip_byline_label,
)
from newsbrief.normalise.places import known_country, known_place
from newsbrief.normalise.phrases import (
    ARABIC_LETTER, SPEAKER, categories_of, fold_arabic, fold_arabic_positions, in_group, match_key, phrase_sets,
)

# press-release wires, between slashes: "/PRNewswire/", "/ Business Wire /"
_WIRE = r"(?:prnewswire(?:-\w{2,10})?|pr newswire|business ?wire|globe ?newswire|accesswire|newsfile|eqs-news|ots)"

_DASH = r"(?:--|[-–—:])"
# a place: one to five words, no digits needed, may carry a state or date after commas ("LONDON, March 5",
# "القاهرة، 12 أكتوبر")
_PLACE = r"[^\W\d_][\w.'’-]{0,40}(?:[ ,،]{1,2}[\w.'’-]{1,40}){0,5}?"

# "Reuters", "(AP)", "رويترز", "أبوظبي - رويترز", "Amsterdam (ANP)": the whole line
# (a place needs a dash or brackets before the agency: "Site Map" is no "Site M" + "AP")
# "الرياض - (رويترز) -", "LONDON (Reuters) -": a dash may stand between the place and the bracketed agency, and one may
# close the line (the story's first paragraph on the next line)
# "إسطنبول/ الأناضول": Anadolu's Arabic copy writes a slash between the place and the agency (an Arabic place only:
# "Remko de Waal / ANP" is a photo credit)
_LINE = re.compile(
    rf"^(?:[(\[]\s{{0,3}}(?P<agency>{AGENCY_IN_BRACKETS})\s{{0,3}}[)\]]|(?P<agency2>{AGENCY})"
    rf"|(?P<place>{_PLACE})\s{{0,3}}(?:(?:[-–—]\s{{0,3}})?[(\[]\s{{0,3}}(?P<agency3>{AGENCY_IN_BRACKETS})\s{{0,3}}[)\]]"
    rf"|[-–—/]\s{{0,3}}(?P<agency4>{AGENCY})))(?:\s{{0,3}}{_DASH}{{1,2}})?$",
    re.IGNORECASE,
)
_AGENCY_GROUPS = ("agency", "agency2", "agency3", "agency4")
# "AMSTERDAM (ANP) - ", "(AP) — ", "LONDON, March 5 (Reuters) - ", "القاهرة (رويترز) - ", "دبي - رويترز - ",
# "القاهرة - (د ب أ) - " (the place's words take the dash before the bracket: `_PLACE`)
_OPENING = re.compile(
    rf"^(?:(?P<place>{_PLACE})\s{{0,3}})?"
    rf"(?:[(\[]\s{{0,3}}(?P<agency>{AGENCY_IN_BRACKETS})\s{{0,3}}[)\]]|(?<=\s){_DASH}\s{{0,3}}(?P<agency2>{AGENCY}))"
    rf"\s{{0,3}}{_DASH}{{1,2}}\s{{1,3}}",
    re.IGNORECASE,
)
# "الفجيرة - «الخليج»: ", "أبوظبي - «الاتحاد»: ", "DUBAI - «Gulf News»: ": a paper's own credit after the place (the Gulf
# papers' dateline), the paper's name of one to three words in guillemets or double quotes, then a colon or a dash
_PAPER_OPENING = re.compile(
    rf"^(?P<place>{_PLACE})\s{{0,3}}[-–—]\s{{0,3}}[«\"“](?P<paper>[^\W\d_][^«»\"“”:\d\n]{{1,30}}?)\s{{0,3}}[»\"”]"
    rf"\s{{0,3}}(?:[:：]|{_DASH}{{1,2}})\s{{1,3}}",
    re.IGNORECASE,
)
#: a paper's name in a dateline has at most this many words ("الخليج", "الشرق الأوسط", "Gulf News")
PAPER_MAX_WORDS = 3
# "SAN FRANCISCO, Calif., March 5, 2024 /PRNewswire/ -- "
_RELEASE = re.compile(rf"^(?P<head>[^/\n]{{1,160}}?)\s{{0,3}}/\s{{0,3}}(?P<wire>{_WIRE})\s{{0,3}}/\s{{0,3}}{_DASH}{{1,2}}\s{{1,3}}",
                      re.IGNORECASE)
# "HOUSTON--(BUSINESS WIRE)--", "LONDON--(BUSINESS WIRE)--": Business Wire's own form, the wire in brackets
_RELEASE_BRACKETED = re.compile(
    rf"^(?P<head>[^()\n]{{1,160}}?)\s{{0,3}}--\s{{0,3}}\(\s{{0,3}}(?P<wire>{_WIRE})\s{{0,3}}\)\s{{0,3}}--\s{{0,3}}",
    re.IGNORECASE)
# "Amersfoort, 1 december 2026 – ", "Northfield, Mass., Tuesday, December 1, 2026 — ", "القاهرة، 1 ديسمبر 2026 - ": a
# press release's (or a paper's) place and date before the dash, no agency or wire named. One to four words of place
# (a state may follow it after a comma), then the date grammar's day and month (dates.DAY_AND_MONTH, a weekday before
# it allowed), then the dash: a sentence rarely has a date right before a dash after its first comma
_WEEKDAY = re.compile(WEEKDAY_PATTERN, re.IGNORECASE)
_PLACE_DATE_OPENING = re.compile(
    rf"^(?P<place>[^\W\d_][\w.'’-]{{0,40}}(?: [\w.'’-]{{1,40}}){{0,3}}?(?:, [^\W\d_][\w.'’]{{1,20}})?)"
    rf"\s{{0,3}}[,،]\s{{0,3}}(?P<date>(?:(?:{WEEKDAY_PATTERN})\.?,?\s{{1,3}})?{DAY_AND_MONTH})"
    rf"\s{{0,3}}(?:--|[-–—])\s{{1,3}}",
    re.IGNORECASE)
# a wire dateline's date after its place: "THE HAGUE, Nov 12 (Reuters)", "LONDON, March 5, 2024 (Reuters)",
# "القاهرة، 12 نوفمبر (رويترز)" (the date grammar's day and month, dates.DAY_AND_MONTH: any alef form matches); the
# comma may be missing ("الرياض 20 نوفمبر 2026 (رويترز)", "LONDON Nov 20 (Reuters)"): the date is still the page's
_PLACE_DATE = re.compile(
    rf"^(?P<place>[^,،]{{1,60}}?)(?:\s{{0,3}}[,،]|\s)\s{{0,3}}(?P<date>{DAY_AND_MONTH})\s{{0,3}}(?P<rest>[(\[].{{0,60}})?$",
    re.IGNORECASE,
)

# The Gulf and Palestinian state agencies' Arabic dateline: a place (one or two Arabic words), "في" and a date, then
# the agency between slashes or before a dash, or bare after a full date: "الدوحة في 06 ديسمبر /قنا/ …" (QNA),
# "أبوظبي في 6 ديسمبر / وام / …" (WAM), "المنامة في 26 جمادى الآخرة 1448 هـ / بنا /" (BNA), "طوباس 6-12-2026 وفا- …"
# (WAFA), "الرياض 26 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس …" (SPA). Matched on the folded key. The date
# is a day and month (year optional), a numeric date, or a Hijri date with its Gregorian one after "الموافق"; only the
# slashed form may leave the date out ("الدوحة /قنا/"): an agency's name between slashes is no sentence's word
_ARABIC_PLACE = r"(?!في\s)[\u0600-\u06ff]{2,20}(?:\s(?!في\s)[\u0600-\u06ff]{2,20})?"
_GREGORIAN = rf"(?:{DAY_AND_MONTH}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}})(?:\s{{0,3}}م(?!\w))?"
_AGENCY_DATE = (rf"(?:{HIJRI_DATE.pattern}\s{{0,3}}(?:(?:الموافق|[-،,])\s{{1,3}}(?P<hijri_greg>{_GREGORIAN}))?"
                rf"|(?P<greg>{_GREGORIAN}))")
_AGENCY_MARK_OPENING = re.compile(
    rf"^(?P<place>{_ARABIC_PLACE})\s{{1,3}}(?:في\s{{1,3}})?"
    rf"(?:(?P<date>{_AGENCY_DATE})\s{{0,3}}(?:/\s{{0,3}}(?P<agency>{AGENCY})\s{{0,3}}/|(?P<agency2>{AGENCY})\s{{0,3}}[-–—]"
    rf"|(?<=\s)(?P<agency3>{AGENCY})(?=\s))|/\s{{0,3}}(?P<agency4>{AGENCY})\s{{0,3}}/)\s{{0,3}}(?:{_DASH}\s{{0,3}})?",
    re.IGNORECASE)


def _categorised(place: str) -> bool:
    """Whether a dateline's place is a phrase list's line of any category (a menu's "الرئيسية", "HOME"): no place."""
    return bool(categories_of(place, len(place.split())))


def split_agency_mark(paragraph: str) -> tuple[Dateline, str] | None:
    """A Gulf or Palestinian agency's dateline opening `paragraph` ("الدوحة في 06 ديسمبر /قنا/ …", `_AGENCY_MARK_OPENING`)
    and the paragraph without it (empty when the dateline is the whole line, as BNA prints it over the story): the
    agency is the byline, the Gregorian date (none for a Hijri date alone) the page's date; None when it has none."""
    if not ARABIC_LETTER.search(paragraph[:40]):
        return None
    key = _key(paragraph[:300])
    found = _AGENCY_MARK_OPENING.match(key)
    if found is None or _categorised(found.group("place")):
        return None
    rest = paragraph[_original_end(paragraph, key, found.end()):]
    date = found.group("greg") or found.group("hijri_greg")
    if date:
        date = GREGORIAN_MARK.sub("", date).strip()
    return Dateline(paragraph[: len(paragraph) - len(rest)], date, agency=_agency_as_written(paragraph, key, found)), rest


# "AMSTERDAM -", "MANCHESTER —", "القاهرة -": a dateline's place and its dash on a line of their own, the story's first
# paragraph under it (the page broke the line after the dash): a place in capitals (Latin), or one to three Arabic words
# A region or country may follow the capitals after a comma, written as a name ("ALBAY, Philippines –", "MOUNT VERNON,
# Wash. —"): one or two capitalised words
_CAPITALS_PLACE = r"[A-Z][A-Z.'’-]{1,30}(?:,? [A-Z][A-Z.'’-]{0,30}){0,3}"
_DASHED_PLACE = (rf"^(?P<place>(?-i:{_CAPITALS_PLACE}(?:, [A-Z][a-z]{{1,20}}\.?(?: [A-Z][a-z]{{1,20}}\.?)?)?)|"
                 r"[\u0600-\u06ff]{2,20}(?: [\u0600-\u06ff]{2,20}){0,2})\s{0,3}[-–—]")
_PLACE_ONLY = re.compile(_DASHED_PLACE + "$")


# "CAIRO - Egypt raised …", "LOCHEM - Bewoners van …", "القاهرة - رفعت مصر …": the same place and dash opening the
# story's first paragraph, with no agency or date (`split_place_opening`); the story goes on with a capital (Latin)
_PLACE_OPENING = re.compile(_DASHED_PLACE + r"\s{1,3}(?=[\"'‘“A-Z0-9\u0600-\u06ff])")
# "KARACHI: The Supreme Court …", "NEW DELHI: …": the South Asian papers' dateline, a colon after the place in capitals.
# A word in capitals before a colon is a label as often ("UPDATE:", "LUNCH:", "WATCH:"), and a country before one
# speaks for its government ("IRAN: We will not negotiate", as Arabic's "إيران: لن نتفاوض", which has no capitals to
# tell a dateline by and is not asked), so the colon form is a dateline only after a known place that is no country
_COLON_PLACE_OPENING = re.compile(rf"^(?P<place>(?-i:{_CAPITALS_PLACE}))\s{{0,2}}:\s{{1,3}}(?=[\"'‘“A-Z0-9])")
#: the region after a dateline's capitals, written as a name ("ALBAY, Philippines –"): a known place's, or it is a
#: second name or a word ("PSV, Ajax - …", "UPDATE, Monday - …")
_REGION_TAIL = re.compile(r",\s([A-Z][a-z].*)$")
#: a place in capitals of at most this many letters, one word, is an abbreviation ("PSV - Ajax werd …", a club; "EU",
#: "VVD", "NOS") far more often than a town: no dateline, the paragraph stays as it stands (main's reading) ...
LATIN_PLACE_MIN_LETTERS = 4
#: ... unless it is one of the towns whose names are that short (Dutch and Flemish municipalities and villages that
#: regional papers date from: "EDE - ", "OSS - ", "URK - "; data, as agencies.py's list is), or the paragraph writes
#: it again with only its first letter a capital, as a town's name and never an abbreviation is written ("RYE — …
#: in Rye on Tuesday"; "VVD - De VVD wil …" stays)
SHORT_TOWNS = frozenset({"ede", "epe", "oss", "urk", "ens", "elp", "ees", "eys", "erp", "ane", "nes", "hem", "mol"})
#: an Arabic dash opening has no capitals to tell a place from a sentence's first words ("أكد الوزير - في مؤتمر صحفي
#: - أن …": a verb and its subject before an aside): two words at most ("القاهرة -", "دار السلام -", "بندر عباس -",
#: as `ARABIC_PLACE_MAX_WORDS`), no aside closing after them, and no speaker's verb or conjunction first ("أكد
#: الوزير -", "وأضاف المتحدث -": `_ARABIC_SENTENCE_START`)
ARABIC_DASH_PLACE_MAX_WORDS = 2
#: a second spaced dash in the same sentence: the first one opened an aside ("أكد الوزير - في مؤتمر صحفي - أن …")
_ASIDE_CLOSE = re.compile(r"^[^.!?؟\n]{0,200}?\s[-–—]\s")


@dataclass
class Dateline:
    """What a dateline says: the byline to record (a wire's agency, "ANP" of "AMSTERDAM (ANP) -"; a place where no
    agency is named, "LOCHEM" of "LOCHEM -"), and a date when it states one."""

    byline: str
    published: str | None = None
    #: a wire credit under the story ("Bron: ANP", "(ANP)", "© ANP"): the byline only when the page names no author
    trailing: bool = False
    #: the agency a wire dateline names, as the page writes it ("ANP", "د ب أ"): the byline then, not the place
    agency: str | None = None

    def __post_init__(self) -> None:
        text = self.byline.strip(" -–—:")
        if text[:1] in "([" and text[-1:] in ")]" and not re.search(r"[)\]].", text):
            text = text[1:-1].strip()  # "(AP)" -> "AP"
        self.byline = text
        dated = _PLACE_DATE.match(text) if self.published is None else None
        if dated:
            # the date goes to `published`, the rest keeps the place and the agency: "THE HAGUE (Reuters)"
            self.published = dated.group("date")
            self.byline = " ".join(filter(None, (dated.group("place").strip(), dated.group("rest"))))
        if self.agency:
            # "LONDON (Reuters) -", "DEN HAAG (ANP) -", "القاهرة - (د ب أ) -": the agency is who wrote the story, as a
            # reporter's name is in "دبي - محمد الشامسي"; the place says where, which `byline` does not hold
            self.byline = self.agency.strip(" ()[]")


def _key(text: str) -> str:
    # Arabic is matched with its alef variants and diacritics folded (not on the whole match key: that strips the
    # edges, and "طوكيو (أ ف ب)" lost its closing bracket); other scripts as written
    return fold_arabic(text) if ARABIC_LETTER.search(text) else text


def dateline_line(text: str) -> Dateline | None:
    """A line that is nothing but a dateline ("Reuters", "أبوظبي - رويترز"), else None."""
    if len(text) > 80:
        return None
    text = text.strip()
    key = _key(text)
    found = _LINE.match(key)
    if found is None and (marked := split_agency_mark(text)) and not marked[1].strip():
        return marked[0]  # "المنامة في 26 جمادى الآخرة 1448 هـ / بنا /": a Gulf agency's dateline over the story
    if found is None or (found.group("place") and names_an_agency(found.group("place"))):
        return None  # (an agency's masthead, "وكالة الأنباء الأردنية (بترا)", has a dateline's shape: no place in it)
    if found.group("agency4") and "/" in key[found.end("place"):found.start("agency4")] \
            and (not ARABIC_LETTER.search(found.group("place"))
                 or _categorised(found.group("place"))):
        # only Anadolu's Arabic copy writes its dateline with a slash; in Latin script "Charlie Riedel/AP" is a photo
        # credit, and a breadcrumb ("الرئيسية/ رويترز") has a menu word before the slash, no place
        return None
    return Dateline(text, agency=_agency_as_written(text, key, found))


def _agency_as_written(text: str, key: str, found: re.Match) -> str | None:
    """The agency a dateline match names (its first agency group that took part), as `text` writes it: the match is on
    the key, which folds Arabic (diacritics dropped: positions shift), so the span is mapped back."""
    group = next((g for g in _AGENCY_GROUPS if g in found.re.groupindex and found.group(g)), None)
    if group is None:
        return None
    span = _as_written(text, key, *found.span(group))
    return text[span[0]:span[1]] if span else found.group(group)  # else the folded spelling: the same agency


def _as_written(original: str, key: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the span `start`..`end` of the match key stands in `original`: where it is when the fold changed nothing,
    else mapped back a character at a time (phrases.fold_arabic_positions) when the key is the fold of the
    original's opening; None when it is not."""
    if key is original or original[:len(key)] == key:
        return start, end
    # the key folds the paragraph's first characters (`_key`): fold as many, a character at a time, and map back
    folded, at = fold_arabic_positions(original[:max(len(key), 300)])
    if folded.startswith(key) and end < len(at):
        return at[start], at[end]
    return None


def place_line(text: str) -> Dateline | None:
    """A dateline's place alone on its line ("AMSTERDAM -", "القاهرة -"), else None; it is one only right above the
    story's first paragraph (`dateline_step` asks)."""
    found = _PLACE_ONLY.match(text.strip()) if len(text) <= 80 else None
    if found is None or _categorised(found.group("place")) \
            or not _region_known(found.group("place")):
        return None  # "الرئيسية -", "HOME -": a menu's word, not a place
    return Dateline(found.group("place"))


def known_place_line(text: str) -> Dateline | None:
    """A known place's name alone on its line, no dash ("رام الله", "Den Haag", "New York": places.py), else None; a
    dateline's place only between the headline and the story (`dateline_step` asks there, over the date or the
    first paragraph), where its shape is a reporter's bare name's. A Latin name is capitalised ("den haag" in
    lower case is a menu's or a tag's link)."""
    text = text.strip()
    return Dateline(text) if known_place(text) and not text[:1].islower() else None


def _region_known(place: str) -> bool:
    """Whether a dateline's place has no region written as a name after its capitals, or a known one ("ALBAY,
    Philippines", "MOUNT VERNON, Wash." needs its state known: no; "PSV, Ajax" and "UPDATE, Monday": no)."""
    tail = _REGION_TAIL.search(place)
    return tail is None or known_place(tail.group(1).strip())


def _kicker(place: str) -> bool:
    """A word in capitals before a dash that is a label, not a place (`KICKER_WORDS`, a phrase list's alert or any of
    its categories: "HOME -")."""
    return _piece_kind(place) or _label_word(place)


def _label_word(place: str) -> bool:
    """Whether a word before a dash is a phrase list's alert or any of its categories ("HOME -", "عاجل -")."""
    return in_group(place + ":", len(place.split()), "alert") or _categorised(place)


def _piece_kind(place: str) -> bool:
    """Whether a word before a dash names a kind of piece (`KICKER_WORDS`: "ANALYSIS", "تحقيق", "حوار")."""
    return any(KICKER_WORDS.fullmatch(w) for w in _key(place).split())


def _arabic_sentence(words: list[str]) -> bool:
    """Whether the Arabic words before a dash open a sentence rather than name a place: more than
    ARABIC_DASH_PLACE_MAX_WORDS of them, or a verb or "و" first (`_ARABIC_SENTENCE_START`) in two or more."""
    return len(words) > ARABIC_DASH_PLACE_MAX_WORDS \
        or (len(words) > 1 and _ARABIC_SENTENCE_START.match(words[0]) is not None)


def split_place_opening(paragraph: str) -> tuple[Dateline, str] | None:
    """A place and a dash opening the story's first paragraph with nothing else ("LOCHEM - Bewoners van …", "CAIRO —
    Egypt …", "القاهرة - رفعت …", `_PLACE_OPENING`: capitals in a Latin script, four letters at least when one
    word unless a short town's, `_short_town`; one or two Arabic words, no verb first and no second dash closing an
    aside after them), and the paragraph without it; None when it has none. As `place_line` for the place on a line
    of its own, and only the first paragraph is asked (`dateline_step`)."""
    key = _key(paragraph[:120])
    found = _PLACE_OPENING.match(key)
    if found is None:
        found = _COLON_PLACE_OPENING.match(key)
        if found is None or not known_place(found.group("place")) or known_country(found.group("place")):
            return None
    if _kicker(found.group("place")) or not _region_known(found.group("place")):
        return None
    place = _REGION_TAIL.sub("", found.group("place"))  # the capitals, for the abbreviation's check below
    rest = paragraph[_original_end(paragraph, key, found.end()):]
    if ARABIC_LETTER.search(place):
        words = place.split()
        if _arabic_sentence(words) or _ASIDE_CLOSE.match(rest):
            return None  # Arabic has no capitals: three words before a dash, a verb or "and" first, or a dash
            # closing an aside, are a sentence's
    elif " " not in place.strip() and len(re.sub(r"[^A-Z]", "", place)) < LATIN_PLACE_MIN_LETTERS \
            and not _short_town(place.strip(), rest):
        return None  # "PSV - Ajax werd zondag …": a club's (a party's, a body's) abbreviation, not a town
    if not re.search(r"[a-z\u00e0-\u00ff\u0600-\u06ff]", rest[:40]):
        return None  # the paragraph in capitals throughout: no place stands out of it
    if len(rest.split()) < PLACE_OPENING_MIN_WORDS and not rest.rstrip().endswith((".", "!", "?", "؟")):
        return None  # "عمّان - وزارة المياه": a place over a subtitle or a source, no paragraph the place opens
    return Dateline(paragraph[: len(paragraph) - len(rest)]), rest


#: the paragraph a place and its dash open has at least this many words, or ends as a sentence
PLACE_OPENING_MIN_WORDS = 4


#: the first of two Arabic words before a dash that opens a sentence, not a place: a speaker's verb ("أكد الوزير -",
#: phrases.SPEAKER), a reporting verb ("أعلن الرئيس -", "كشفت مصادر -"), a report's label ("تقرير خاص -"), all on
#: the alef-folded text, or a word carrying the conjunction "و" ("وأضاف المتحدث -"); a place opening with "و" is a
#: valley's or an oasis's ("وادي موسى -", "واحة سيوة -"), and a one-word "واشنطن -" is not asked
_ARABIC_REPORTING = re.compile(
    r"(?:اعلن|اعلنت|كشف|كشفت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|اشار|اشارت|صرح|صرحت|نفى|نفت|حذر|حذرت|دعا|دعت"
    r"|طالب|طالبت|شدد|شددت|اعتبر|اعتبرت|تقرير|خاص)(?!\w)")
_ARABIC_SENTENCE_START = re.compile(
    rf"(?:{SPEAKER.pattern})|{_ARABIC_REPORTING.pattern}"
    r"|و(?!(?:ادي|احة|احه)(?!\w))\w+")


#: a place, a dash and the reporter's name on a line of their own, under the headline: "دبي - محمد الشامسي", "الرياض -
#: عبدالله القحطاني" (Arabic papers credit their reporters so, no label), "LEIDEN - Door Jan de Vries", "CAIRO — By Ahmed
#: Samir" (a Latin name only behind its label: "Liverpool - Manchester United" is a match); the label may close with
#: its colon ("عمّان - كتب: سامر الحديدي", "LEIDEN - Door: Jan de Vries"). One spaced dash, bounded words on either side
_PLACE_AND_NAME = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’-]{0,30}(?: [^\W\d_][\w.'’-]{0,30}){0,2})\s{1,3}[-–—]\s{1,3}"
    r"(?P<name>[^\W\d_][\w.'’-]{0,30}:?(?: [\w.'’:-]{1,30}){1,5})$")
#: ... the Gulf papers' form, a colon after the place ("دبي: مريم الشامسي", "LONDON: By Jane Doe"): the same checks,
#: and no credit's or caption's label before the colon ("تصوير: أحمد الخطيب", "Foto: Jan de Vries", `_colon_label`)
_PLACE_COLON_NAME = re.compile(_PLACE_AND_NAME.pattern.replace(r"\s{1,3}[-–—]\s{1,3}", r"\s{0,2}:\s{1,3}", 1))
#: small words no Arabic name has between its parts: prepositions and conjunctions, a sentence's (alef-folded)
_ARABIC_NOT_NAME = frozenset({"في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "حتي", "منذ", "بعد", "قبل",
                              "خلال", "هذا", "هذه", "التي", "الذي", "لا", "لم", "لن", "قد"})


#: a body's noun, never a person's first name ("وزارة المياه", "هيئة الطيران", "مصادر مطلعة"; alef-folded): a
#: place-and-source line ("عمّان - وزارة المياه") credits no reporter
_ARABIC_BODIES = frozenset({"وزارة", "هيئة", "شركة", "مؤسسة", "جامعة", "مديرية", "دائرة", "مجلس", "بلدية", "امانة",
                            "محكمة", "نقابة", "جمعية", "منظمة", "مكتب", "ادارة", "قيادة", "شرطة", "مصادر", "مصدر",
                            "وكالة", "صحيفة", "قناة", "موقع", "مركز", "لجنة", "حكومة", "رئاسة", "سفارة",
                            # a paper, a portal, a service or a meeting credited as the source ("القاهرة - جريدة
                            # الشروق", "القاهرة - بوابة الأهرام", "خدمة الأخبار العاجلة", "اجتماع المجلس")
                            "جريدة", "بوابة", "خدمة", "اجتماع"})
#: a verbal noun first, a subtitle's topic, never a given name: the measures افتعال (with its assimilated ط/د:
#: "ارتفاع الأسعار", "انتخاب الرئيس", "ازدحام الطرق"), انفعال ("انخفاض الدينار") and استفعال ("استقبال اللاجئين");
#: alef-folded. (A few given names have the shape of افتعال, "انتصار", "ابتسام": _ARABIC_VERBAL_NAMES below; تفعيل and
#: فعال are left alone, they are common names' shapes: "توفيق", "جمال")
_ARABIC_VERBAL_NOUN = re.compile(r"^(?:ا\w[تطد]\wا\w|ان\w\wا\w|است\w\wا\w)$")
#: ... but these given names have that shape (alef-folded; the page may write them with a hamza or without: "إنتصار",
#: "انتصار"): a name when what follows reads as a name too (`_verbal_shaped_name`). The ordinary verbal nouns
#: ("انتخاب", "اجتماع", "احتجاج", "ارتفاع") are no names whatever follows
_ARABIC_VERBAL_NAMES = frozenset({"انتصار", "ابتسام", "اعتدال", "ابتهال", "اعتماد", "ابتهاج", "امتثال", "افتخار",
                                  "امتياز", "انشراح"})
#: the commonest given names, as the father's name after a first name ("انتصار محمد السيد", "ابتسام أحمد"; alef-folded,
#: "ى" as "ي"): a verbal noun is followed by its object or an adjective ("انتصار كبير", "اعتدال الطقس"), never by these
_ARABIC_GIVEN_NAMES = frozenset({"محمد", "احمد", "محمود", "مصطفي", "حسن", "حسين", "ابراهيم", "خالد", "عمر", "يوسف",
                                 "سعيد", "سعد", "صالح", "عادل", "كمال", "جمال", "سامي", "طارق", "ماجد", "فهد", "ناصر",
                                 "حمد", "سالم", "سليمان", "رشيد", "فؤاد", "نبيل", "وليد", "هشام", "اسماعيل", "عثمان",
                                 "يحيي", "زكريا", "موسي", "عيسي", "مراد", "منير", "فاروق", "شريف", "رضا"})
#: the words after which a name's part opens with the article: "عبد الله", "عبد الرحمن", "أبو الفضل", "بن الوليد"
_ARABIC_NAME_JOINS = frozenset({"عبد", "ابو", "بن", "ابن"})


def _arabic_name(words: list[str], dated: bool = False) -> bool:
    """Whether unlabelled Arabic words (alef-folded) read as a person's name: a part that opens with the article
    stands after "عبد"/"أبو"/"بن" or is a family name at the end, in "-ي" ("محمد الشامسي", "عبدالله القحطاني") or, on a
    `dated` line (the story's date beside it or right under it: a reporter's credit) or after a father's name
    (`_fathers_name`: "سارة محمد الخطيب"), any ("سارة الخطيب", "أحمد العمري"); the last word does not end in "ة" (a
    noun phrase: "مصادر مطلعة", "وزارة الصحة", "انفجار يهز العاصمة").
    A body's noun first ("وزارة المياه": `_ARABIC_BODIES`) or a verbal noun ("ارتفاع الأسعار": `_ARABIC_VERBAL_NOUN`)
    is no name, unless a given name of that shape with a name's context (`_verbal_shaped_name`: "انتصار السيد" over the
    date). A name that fails (a "فاطمة") gives no byline, which is no wrong one."""
    if words[0] in _ARABIC_BODIES or (_ARABIC_VERBAL_NOUN.match(words[0]) and not _verbal_shaped_name(words, dated)):
        return False
    for k, word in enumerate(words):
        if word.startswith("ال") and not (k and words[k - 1] in _ARABIC_NAME_JOINS) \
                and not (k == len(words) - 1 and (dated or word.endswith("ي") or _fathers_name(words, k))):
            return False
    return not words[-1].endswith("ة")


def _has_small_word(names: list[str], written: list[str]) -> bool:
    """Whether a would-be name (alef-folded `names`, as the page writes them: `written`) holds a preposition or
    conjunction (_ARABIC_NOT_NAME). "علي" after the first word is the given name Ali, not the preposition "على" it
    folds to, where the page spells it with "ي" ("محمد علي حسن") or it ends the name ("إيمان على": Egyptian print
    writes the name's final "ي" as "ى"); "هجوم على سوق" keeps its preposition."""
    for k, word in enumerate(names):
        if word not in _ARABIC_NOT_NAME:
            continue
        ali = word == "علي" and k > 0 and len(written) == len(names) and (k == len(names) - 1 or written[k].endswith("ي"))
        if not ali:
            return True
    return False


def _fathers_name(words: list[str], k: int) -> bool:
    """Whether the family name at `k` follows a given name and a father's name ("سارة محمد الخطيب", "ابتسام أحمد
    السيد"): three name words, the middle one among _ARABIC_GIVEN_NAMES, read as a full name without a date by it."""
    return k >= 2 and words[k - 1] in _ARABIC_GIVEN_NAMES


def _verbal_shaped_name(words: list[str], dated: bool) -> bool:
    """Whether a first word of a verbal noun's shape is a given name here ("القاهرة - انتصار السيد" over the story's
    date, "عمّان - ابتسام محمد الخطيب"): one of _ARABIC_VERBAL_NAMES, and either the line is `dated` (a reporter's
    credit: the story's date beside it or right under it) or the next word is a father's name (_ARABIC_GIVEN_NAMES, an
    "عبد…" name, "بن"/"أبو"). "انتصار الأهلي" and "اعتدال الطقس" with no date by them stay subtitles."""
    if words[0] not in _ARABIC_VERBAL_NAMES or len(words) < 2:
        return False
    second = words[1]
    return dated or second in _ARABIC_GIVEN_NAMES or second in _ARABIC_NAME_JOINS or second.startswith("عبد")


#: a date beside the reporter's name on the dateline's line, after a separator ("الدار البيضاء - يوسف بنعلي · الأحد
#: 29 نوفمبر 2026 - 21:40", "LEIDEN - Door Jan de Vries | 3 maart 2026"); anchored at a whitespace run's start
_BESIDE = re.compile(r"(?<!\s)\s+[·•|]\s+")

#: where a date beside the name may begin with no separator before it: a weekday's name or the day's number
#: ("هسبريس - عبد الرحيم العسري الاثنين 7 دجنبر 2026 - 13:20", a site's, a name's and a date's spans run together)
_DATE_START = re.compile(rf"(?:{WEEKDAY_PATTERN})(?!\w)|\d", re.IGNORECASE)


def _date_tail(text: str) -> tuple[str, str] | None:
    """The line's text before a date that ends it with no separator between them, and that date (metadata.date_in
    reads the tail whole, opening on a weekday or a day's number); None when no such tail ends the line."""
    for space in re.finditer(r"\s+", text):
        tail = text[space.end():]
        if _DATE_START.match(date_key(tail)) and (date := date_in(tail)) is not None:
            return text[:space.start()], date
    return None


#: the one spaced dash between a reporter's name and a place
_SPACED_DASH = re.compile(r"\s{1,3}[-–—]\s{1,3}")


def _place_first(text: str) -> str:
    """An Arabic "name - place" credit written place first ("سارة القحطاني - الرياض", Al Arabiya's order, as
    "الرياض - سارة القحطاني"), so that `place_author_and_date` reads the name with the same checks; the place after the
    dash must be a known one (places.py) and the part before it none. Any other line as it is."""
    parts = _SPACED_DASH.split(text)
    if len(parts) == 2 and ARABIC_LETTER.search(text) and known_place(parts[1]) and not known_place(parts[0]):
        return f"{parts[1].strip()} - {parts[0].strip()}"
    return text


def place_author_and_date(text: str, dated_below: bool = False) -> tuple[str | None, str | None]:
    """The reporter's name of a place-and-name dateline under the headline (`_PLACE_AND_NAME`) and the date stated
    beside it after a separator (`_BESIDE`), else (None, None). Arabic has
    no case to tell a name from a sentence's words, so there the place is one or two words with no verb or
    conjunction first (`_ARABIC_SENTENCE_START`: "أعلن الرئيس - …" opens a sentence), and the name two to four words
    with no small word of a sentence in them, none opening with the article ("ال": a name opens with a given name) or
    with a speaker's verb, and without a label it reads as a name (`_arabic_name`; a family name with the article
    when the story's date stands beside the line or right under it: `dated_below`); in a Latin script the name
    stands behind a byline label and is a person's name. The line is matched with its diacritics dropped ("عمّان -
    سارة الخطيب": the shadda is no letter of the word) and the name given as the page writes it. The caller
    asks only for a short line in the header (under the headline, no sentence's end)."""
    if len(text) > 120:
        return None, None
    text, date = text.strip(), None
    beside = _BESIDE.search(text)
    if beside is not None and (date := date_in(text[beside.end():])) is not None:
        text = text[:beside.start()]
    elif (tail := _date_tail(text)) is not None:
        text, date = tail
    if len(text) > 80:
        return None, None
    text = _place_first(text)
    folded, at = fold_arabic_positions(text)
    found = _PLACE_AND_NAME.match(folded)
    if found is None and (found := _PLACE_COLON_NAME.match(folded)) is not None and (
            _colon_label(found.group("place"))
            or not (ARABIC_LETTER.search(found.group("place")) or found.group("place").isupper())):
        # (a Latin place before a colon in capitals only, as a dateline writes it: "Show: Good Eats Episode" is a label)
        return None, None
    if found is None or _WHEN.fullmatch(found.group("place").casefold()):
        return None, None
    place, name = found.group("place"), text[at[found.start("name")]:at[found.end("name")]].strip()
    author = strip_byline_label(name)
    # a kind of piece before the dash ("تحقيق - منى عبدالرحمن", "حوار -", "ANALYSIS - By Jane Doe"): no place, but the
    # name after it is the reporter's all the same when it passes the name checks below; a menu's word or an alert
    # ("الرئيسية -", "عاجل -") stays no credit line
    kicker = _piece_kind(place)
    if not kicker and _label_word(place):
        return None, None
    if ARABIC_LETTER.search(place):
        words = place.split()
        names = fold_arabic(author).split()
        if not kicker and (_arabic_sentence(words) or _ARABIC_REPORTING.fullmatch(words[0])):
            return None, None
        if not 2 <= len(names) <= 4 or names[0].startswith("ال") or _has_small_word(names, author.split()) \
                or _ARABIC_REPORTING.fullmatch(names[0]) or SPEAKER.fullmatch(names[0]):
            return None, None
        if author == name and not _arabic_name(names, dated=date is not None or dated_below):
            return None, None  # no label: a subtitle ("بغداد - انفجار يهز العاصمة") reads as a name as well
        return author, date
    if author == name or not person_name(author) or not (kicker or _names_a_place(place)):
        return None, None  # no label before a Latin name: two capitalised words after a dash are a match or a pair
    return author, date


def _colon_label(place: str) -> bool:
    """Whether the word before a colon is a label rather than a place: a credit's (photo, source, translation: "تصوير:",
    "Bron:", "ترجمة:"), a byline's own ("By:", "بقلم:"), or any phrase list's ("Foto:", "صورة:", "Lees ook:")."""
    label = place + ":"
    return bool(photo_credit(label) or has_byline_prefix(label) or _CREDIT_LABEL.fullmatch(_key(place))
                or categories_of(label, len(place.split())))


#: credits' labels that name no place before a colon (alef-folded): source, translation, editing, preparation, review
_CREDIT_LABEL = re.compile(rf"(?:{SOURCE_LABELS}|ترجمة|translation|vertaling|تحرير|اعداد|مراجعة|editing|"
                           r"redactie|edited by|prepared by)", re.IGNORECASE)


def credit_label(label: str) -> bool:
    """Whether `label` (the words before a credit's colon) is a translation's, an editing's or a source's label
    ("ترجمة", "Translation", "Vertaling", "Bron": `_CREDIT_LABEL`), not a job's ("Art Director") or a topic's."""
    return _CREDIT_LABEL.fullmatch(_key(" ".join(label.split()))) is not None


def _short_town(place: str, rest: str) -> bool:
    """A one-word place in capitals shorter than LATIN_PLACE_MIN_LETTERS that is a town: one of SHORT_TOWNS, or
    written again with only its first letter a capital after a lower-case word in its paragraph ("RYE — … in Rye"; an
    abbreviation stays in capitals: "VVD - De VVD wil …"; a sentence's first word is no name: "OM - … Om die reden")."""
    name = place.strip(".'’-")
    again = re.search(rf"\b[a-z\u00df-\u00f6\u00f8-\u00ff]\w*\s+{re.escape(name.capitalize())}(?!\w)", rest)
    return name.casefold() in SHORT_TOWNS or again is not None


def split_opening(paragraph: str) -> tuple[Dateline, str] | None:
    """A dateline opening `paragraph`, and the paragraph without it; None when it has none."""
    found = _RELEASE.match(paragraph) or _RELEASE_BRACKETED.match(paragraph)
    if found:
        head = found.group("head").strip(" ,")
        date = None
        # "SAN FRANCISCO, Calif., March 5, 2024": the date is the last comma-separated parts that read as one
        # (Arabic separates them with "،": "دبي، الإمارات العربية المتحدة، 20 أبريل 2025")
        cuts = [0] + [m.end() for m in re.finditer(r"[,،]", head)]
        for k in range(len(cuts) - 1, -1, -1):  # shortest tail first: "2024", "March 5, 2024", …
            candidate = head[cuts[k]:].strip()
            if date_in(candidate) == candidate:
                date, head = candidate, head[:cuts[k]].strip(" ,،")
                break
            if k < len(cuts) - 3:
                break  # a date is at most three comma-separated parts ("Tuesday, March 5, 2024")
        wire = found.group("wire")
        byline = f"{head} ({wire})" if head else wire
        return Dateline(byline, date), paragraph[found.end():]
    key = _key(paragraph[:300])
    found = _OPENING.match(key)
    if found and found.group("place") and _ends_a_sentence(found.group("place")):
        return None  # "Het was een zware nacht. AMSTERDAM (ANP) - …": a fragment glued before it (`split_inner_opening`)
    if not found:
        marked = split_agency_mark(paragraph)
        return marked if marked and marked[1].strip() else _split_paper_opening(paragraph, key)
    rest = paragraph[_original_end(paragraph, key, found.end()):]
    if not rest.strip():
        return None  # the whole paragraph is the dateline: `dateline_line` decides about it
    return Dateline(paragraph[: len(paragraph) - len(rest)], agency=_agency_as_written(paragraph, key, found)), rest


#: a word that ends a sentence inside a would-be place: lower case (or Arabic, no case) and a stop after it ("nacht.",
#: "سنويا."); an abbreviation in a place is capitalised ("Calif.", "St. Louis", "D.C.")
_SENTENCE_END_WORD = re.compile(r"(?:^|\s)(?:[a-z\u00df-\u00ff]\w{2,}|[\u0600-\u06ff]{2,})[.!?؟](?:\s|$)")


def _ends_a_sentence(place: str) -> bool:
    """Whether a dateline's would-be place holds a sentence's end (`_SENTENCE_END_WORD`): the lead's first fragment,
    not a place."""
    return _SENTENCE_END_WORD.search(place) is not None


def _split_paper_opening(paragraph: str, key: str) -> tuple[Dateline, str] | None:
    """A paper's own dateline opening `paragraph` ("الفجيرة - «الخليج»: …", `_PAPER_OPENING`) and the paragraph
    without it; the paper, as the page writes it, is the byline (as an agency is: it wrote the story). The place
    passes a place's checks (one or two Arabic words, no verb first; a capitalised Latin name) and the paper's name
    has at most PAPER_MAX_WORDS words."""
    found = _PAPER_OPENING.match(key)
    if found is None or len(found.group("paper").split()) > PAPER_MAX_WORDS:
        return None
    place = found.group("place").strip()
    if _ends_a_sentence(place):
        return None
    if ARABIC_LETTER.search(place):
        if _arabic_sentence(place.split()) or _kicker(place):
            return None  # "أكد الوزير - «…»:", "حوار - «…»": a sentence's words or a label, no place
        if not (known_place(place) or known_paper(found.group("paper"))):
            return None  # "ترامب - «أمريكا أولا»: بهذه العبارة …": a name and a slogan, no place and no paper
    elif not _names_a_place(place) or _kicker(place):
        return None
    rest = paragraph[_original_end(paragraph, key, found.end()):]
    if not rest.strip():
        return None
    span = _as_written(paragraph, key, *found.span("paper"))
    paper = paragraph[span[0]:span[1]] if span else found.group("paper")
    return Dateline(paragraph[: len(paragraph) - len(rest)], agency=paper.strip()), rest


#: a dateline glued after the lead's first fragment opens at most this many characters into the paragraph
INNER_MAX_CHARS = 400
#: a kicker glued before the dateline with a separator: "BREAKING | ", "EXCLUSIVE: ", "عاجل | " (bounded: linear)
_KICKER_GLUED = re.compile(r"^(?P<kicker>[^.!?؟:|\n]{1,30}?)\s{0,3}[|:]\s{1,3}")


def split_inner_opening(paragraph: str) -> tuple[Dateline, str] | None:
    """A dateline that opens the lead sentence after something the scraper glued before it, and the paragraph without
    it; None when there is none. What may stand before it: a kicker and its separator ("BREAKING | LONDON (Reuters) -
    …", "عاجل | القاهرة (رويترز) - …": dropped with it, `_kicker_word`), or the lead's first fragment, one sentence
    ("… سنوياً. الفجيرة - «الخليج»: وتبلغ …": kept, the dateline cut out of it), within INNER_MAX_CHARS characters.
    Only a dateline that names its agency or its paper (`split_opening`), or a Latin place in capitals and its dash
    (`split_place_opening`, with its checks): an Arabic place before a dash inside prose is a sentence's as often."""
    kicker = _KICKER_GLUED.match(paragraph)
    starts = []  # (where the dateline would open, whether what stands before it goes with it)
    if kicker is not None and _kicker_word(kicker.group("kicker")):
        starts.append((kicker.end(), True))
    boundary = SENTENCE_BOUNDARY.search(paragraph, 0, INNER_MAX_CHARS)
    if boundary is not None:
        starts.append((boundary.end(), False))
    for start, dropped in starts:
        tail = paragraph[start:]
        found = split_opening(tail)
        if found is None and not ARABIC_LETTER.search(tail[:40]):
            found = split_place_opening(tail)
            if found is not None and (not known_place(found[0].byline or "") or _FIXTURE_TAIL.match(found[1])):
                found = None  # "… goalless. AJAX - PSV: the replay …": a fixture inside prose; only a known town
        if found is not None:
            return found[0], ("" if dropped else paragraph[:start]) + found[1]
    return None


#: a second capitalised name and a colon after a would-be place inside prose: "AJAX - PSV: …", "LEIDEN - Katwijk: …"
#: (a fixture's or a result's two sides, no dateline)
_FIXTURE_TAIL = re.compile(r"^\s{0,3}[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,2}\s{0,2}:")


def _kicker_word(text: str) -> bool:
    """Whether the text glued before a separator is a kicker of at most three words: a kind of piece or an alert
    ("BREAKING", "EXCLUSIVE", "عاجل": `_kicker`)."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 3 and _kicker(text)


def opens_with_dateline(paragraph: str) -> bool:
    """Whether `paragraph` opens with a dateline: a wire's ("LONDON (Reuters) -", `split_opening`) or a place and a
    dash alone ("BEIJING — …", "القاهرة - …", `split_place_opening`)."""
    return split_opening(paragraph) is not None or split_place_opening(paragraph) is not None


def split_place_and_date(paragraph: str) -> tuple[Dateline, str] | None:
    """A place-and-date opening ("Amersfoort, 1 december 2026 – ", `_PLACE_DATE_OPENING`) and the paragraph without it;
    None when it has none. Only the story's first paragraph is asked (`dateline_step`): with no agency or wire named,
    such an opening says less than `split_opening`'s, and a headline over one further down is a sidebar as often as a
    second article (losses.second_article asks `split_opening` only)."""
    key = _key(paragraph[:300])
    found = _PLACE_DATE_OPENING.match(key)
    if found is None or not _names_a_place(found.group("place")):
        return None
    rest = paragraph[_original_end(paragraph, key, found.end()):]
    if not rest.strip():
        return None
    opening = paragraph[: len(paragraph) - len(rest)]
    place = opening[: _original_end(paragraph, key, found.end("place"))]  # as written (the key folds Arabic)
    return Dateline(place, opening[len(place):].strip(" ,،-–—")), rest


#: a day or a time of day, not a place: "Today, 1 December 2026 – the world marks …", "Vandaag, 1 december 2026 – …",
#: "اليوم، 1 ديسمبر 2026 - …" open a sentence (matched on the key: Arabic alef folded, "أمس" as "امس")
_WHEN = re.compile(
    r"(?:today|tonight|yesterday|tomorrow|this|last|next|now|earlier|morning|afternoon|evening|night|week|weekend|"
    r"vandaag|vanavond|vannacht|vanmorgen|vanochtend|vanmiddag|gisteren|eergisteren|morgen|overmorgen|deze|vorige|"
    r"volgende|nu|"
    r"اليوم|امس|البارحة|غدا|غداً|الليلة|الان|الآن|هذا|هذه|الاسبوع|صباح|مساء)", re.IGNORECASE)
#: an Arabic place has one or two words ("القاهرة", "أبو ظبي"); Arabic has no case to tell a place from a sentence's
#: first words, so a longer opening is a sentence
ARABIC_PLACE_MAX_WORDS = 2


def _names_a_place(text: str) -> bool:
    """A place's name: its first and last words capitalised, lower case only between them ("Bergen op Zoom"), and no
    weekday ("On Monday, 3 March – " opens a sentence) or day word (`_WHEN`: "Today, 1 December – "). Arabic has no
    case: one or two words pass."""
    words = [w for w in re.split(r"[ ,،]+", text) if w]
    if any(_WEEKDAY.fullmatch(w.strip(".")) or _WHEN.fullmatch(w.strip(".")) for w in words):
        return False
    if ARABIC_LETTER.search(text):
        return len(words) <= ARABIC_PLACE_MAX_WORDS
    return all(w[0].isupper() or not w[0].isascii() for w in (words[0], words[-1]))


#: a place and a date line after a comma, the whole line: "Leiden, 6 december 2026 10:12", "Westbury, 3 March 2026",
#: "القاهرة، 6 ديسمبر 2026"
_PLACE_COMMA = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{0,40}?)\s{0,3}[,،]\s{0,3}(?P<date>\d.{4,80})$")


def place_date_line(text: str) -> Dateline | None:
    """A dateline's place and the page's date on a line of their own ("Leiden, 6 december 2026 10:12"): the place for
    the byline, the date for `published`; None for any other line. The place is a place's name (`_names_a_place`: no
    weekday, no "Today"), no date line's own word ("Updated, 6 December 2026") nor a phrase list's (a menu's "Home"),
    and the rest of the line is a date line whole (metadata.date_in)."""
    found = _PLACE_COMMA.match(text.strip()) if len(text) <= 120 else None
    if found is None:
        return None
    place, date = found.group("place").strip(), found.group("date").strip()
    if date_in(date) != date or only_date_words(place) or _kicker(place) or not _names_a_place(_key(place)):
        return None
    return Dateline(place, date)


def dateline_step(texts: list[str], roles: list[str],
                  standfirsts: Collection[int] = ()) -> list[tuple[str, str, Dateline | None]]:
    """Each classified line's (role, text, dateline) after the dateline step, as `normalise_text` emits them.

    Before the first paragraph, a line that is nothing but a dateline and that the classifier kept or
    removed becomes a ``byline``; the first paragraph loses an opening dateline ("BOSTON (AP) - "). Shared
    with scripts/fit_normaliser.py, so the cross-validation scores the text the normaliser really emits.
    `standfirsts`: the lines the rules kept as the headline's standfirst (a sub-headline over the lead)."""
    out: list[tuple[str, str, Dateline | None]] = []
    body_started = False
    stood_over = False  # one sub-headline over the lead at most
    credits = _trailing_credits(texts, roles)
    titled = False  # the headline is above
    for k, (text, role) in enumerate(zip(texts, roles)):
        titled = titled or role == "title"
        found = None
        if k in credits:
            found, role = credits[k], "byline"
        elif role in ("content", "removed") and not body_started and (found := dateline_line(text) or _credit(text)):
            role = "byline"
        elif role in ("content", "removed") and not body_started and k + 1 < len(roles) \
                and roles[k + 1] == "content" and (found := place_line(text)):
            role = "byline"  # "AMSTERDAM -" over the first paragraph: where the story comes from
        elif role in ("content", "removed", "byline") and not body_started and titled and k + 1 < len(roles) \
                and _date_line_at(texts, roles, k + 1) and not texts[k - 1].rstrip().endswith((",", "،", ":")) \
                and (found := known_place_line(text)):
            # "Den Haag", "رام الله" under the headline, right over the date: the dateline's place, not the reporter's
            # name its shape is (a menu's towns stand over the headline, or over each other; a tag list's, "Tags:" /
            # "Utrecht," / …, under a label or a comma). Over a paragraph it is a subheading as often ("Utrecht" /
            # results / "Amersfoort" / results; "غزة" / … / "إسرائيل" / …) and stays text
            role = "byline"
        elif role == "removed" and not body_started and titled and _parallel_place_heads(texts, roles, k):
            role = "content"  # "Utrecht" / results / "Amersfoort" / results: the first of the story's subheadings
        elif role == "published" and not body_started and (found := place_date_line(text)):
            # "Leiden, 6 december 2026 10:12", the page's date line: its place, and its date (a removed line of that
            # shape above the story is a teaser's or a masthead's: "People's Weekly World, 06/02/05")
            role = "byline"
        elif role == "content":
            if not body_started and (opening := split_opening(text) or split_place_and_date(text)
                                     or split_place_opening(text) or split_inner_opening(text)):
                found, text = opening
            # a sub-headline kept over the lead ("Longer opening hours and a reading café for all residents" /
            # "Leiden, 2 December 2026 - The council …") does not start the body: the lead under it still opens
            # with the dateline
            body_started = found is not None or k not in standfirsts or not _sub_headline(text) or stood_over
            stood_over = stood_over or not body_started
        out.append((role, text, found))
    return out


def _parallel_place_heads(texts: list[str], roles: list[str], k: int) -> bool:
    """Whether line k, a known place alone over the first paragraph, heads a section as a later kept place line does
    between paragraphs ("Utrecht" / … / "Amersfoort" / …): a subheading, kept, not a page's masthead or a dateline."""
    if k + 1 >= len(roles) or roles[k + 1] != "content" or not known_place_line(texts[k]):
        return False
    return any(roles[j] == "content" and roles[j - 1] == "content" and j + 1 < len(roles) and roles[j + 1] == "content"
               and known_place_line(texts[j]) for j in range(k + 2, len(roles)))


def _date_line_at(texts: list[str], roles: list[str], k: int) -> bool:
    """Whether line k is the page's date line: the classifier's `published`, or a kept line that is a date whole."""
    if k >= len(roles):
        return False
    text = texts[k].strip()
    return roles[k] == "published" or (roles[k] == "content" and bool(text) and date_in(text) == text)


#: a sub-headline kept over the lead has at most this many words and ends no sentence
SUB_HEADLINE_MAX_WORDS = 30


def _sub_headline(text: str) -> bool:
    """A sub-headline's shape: one short line that ends no sentence (a dateline opening it would have split)."""
    return len(text.split()) <= SUB_HEADLINE_MAX_WORDS and not TERMINAL.search(text) and not text.rstrip().endswith(":")


def _credit(text: str) -> Dateline | None:
    """A wire credit line above the story ("Bron: ANP", "Source: Reuters", "المصدر: رويترز"): where it comes from. "©
    ANP" there is a photo's credit as often as the story's, and stays removed."""
    found = credit_line(text)
    return Dateline(found[0]) if found and not found[1] else None


#: a wire credit under the story stands at most this many lines under its last paragraph
CREDIT_BELOW = 3


def _trailing_credits(texts: list[str], roles: list[str]) -> dict[int, Dateline]:
    """Wire credit lines at the end of the story ("ANP", "(ANP)", "Bron: ANP", "© ANP", "المصدر: رويترز"), by line:
    under its last paragraph (or kept as its last lines), nothing but removed lines and other credits between. They
    say where the story comes from, as a dateline does; only credit lines are taken, never a sentence of the story."""
    out: dict[int, Dateline] = {}
    last = None
    for k in range(len(roles) - 1, -1, -1):
        if roles[k] not in ("content", "removed"):
            continue
        found = credit_line(texts[k])  # None for a line over 80 characters
        if found:
            out[k] = Dateline(found[0], trailing=True)
        elif roles[k] == "content":
            last = k  # the story's last paragraph
            break
    return {k: d for k, d in out.items() if last is not None and k - last <= CREDIT_BELOW}


def _original_end(original: str, key: str, end: int) -> int:
    """Where, in the original paragraph, the match that ended at `end` in its match key ends.

    The match key drops diacritics and folds letters, so positions can differ: we find the same number
    of word tokens in the original."""
    # (where the fold changed nothing, `end` itself: a diacritic right after it would belong to the match's last letter)
    span = _as_written(original, key, end, end)
    if span:
        return span[1]
    words = len(re.findall(r"\w+", key[:end]))
    seen = 0
    for token in re.finditer(r"\w+", original):
        seen += 1
        if seen == words:
            tail = re.match(rf"[\s)\]]{{0,6}}{_DASH}{{1,2}}\s{{0,3}}", original[token.end():])
            return token.end() + (tail.end() if tail else 0)
    return end


#: the most words an Arabic reporter's bare name has on its line ("أحمد عبد الحميد", "سارة محمد الخطيب")
BARE_NAME_MAX_WORDS = 4


def bare_arabic_name(text: str) -> str | None:
    """An Arabic reporter's name alone on its line with no label, as it stands between the headline and the
    story's date ("أحمد عبد الحميد" / "12 نوفمبر 2026"), else None; the caller asks only there, with the date right
    under it (the Latin rule's capitals, metadata.is_name_like, say "a name" where Arabic has no case: the date stands
    in for them). The name checks are a place-and-name dateline's (`place_author_and_date`, its name read as
    `dated`): two to four words of two letters or more, no digit and no separator (a place before a name, "دبي -
    محمد الشامسي", is that rule's; "القاهرة، مصر" a place), the first not opening with the article ("القاهرة
    الجديدة", "الدار البيضاء": a place, a section), no sentence's small word, no speaker's or reporting verb first, no
    body's noun first, the last word not in "ة" (`_arabic_name`: "أخبار محلية", "رياضة عالمية", "وزارة الصحة"), and
    no word a menu's, a phrase list's or a section's (the not-name words: "أخبار اليوم", "عربي ودولي", "تقارير
    وحوارات"), no agency ("أ ف ب") and no desk (`person_name`: "هيئة التحرير"). A place of two plain words over the
    date ("رام الله") reads as a name all the same: without a list of places nothing tells them apart (the Latin rule
    takes "New York" there too): places.py's gazetteer does, and a known place is no name (`known_place_line` takes it
    for the dateline's place)."""
    name = text.strip()
    if len(name) > 60 or not ARABIC_LETTER.search(name) or any(ch in name for ch in ":|-–—،,/()«»\"'.") \
            or not person_name(name) or dateline_line(name) is not None or known_place(name):
        return None
    written = name.split()
    words = fold_arabic(name).split()
    if not 2 <= len(words) <= BARE_NAME_MAX_WORDS or any(len(w) < 2 or not ARABIC_LETTER.match(w) for w in words):
        return None
    if words[0].startswith("ال") or _has_small_word(words, written) or _ARABIC_REPORTING.fullmatch(words[0]) \
            or SPEAKER.fullmatch(words[0]) or not _arabic_name(words, dated=True):
        return None
    not_name = phrase_sets()["not_name_word"].exact
    if categories_of(name, len(words)) or any(categories_of(w, 1) or match_key(w) in not_name for w in written):
        return None  # a menu's, a list's or a section's word in it ("تقارير وحوارات"): never a person
    return name
