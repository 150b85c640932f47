"""The date grammar, once: how pages state a date, a time and a time zone, and the record's `published` in one form.

The grammar (month and weekday names in English, Dutch and Arabic, matched on the alef-folded key or with any alef
form; the date shapes, `TIME`, `ZONE`) serves the three places that read dates: metadata.date_in finds date lines
and split_byline the date in a byline (`DATE`), datelines.py a wire dateline's "Nov 12" (`DAY_AND_MONTH`), and
`iso_published` reads the parts of the date it finds.

A date line says "Saturday 14 February 2026 17:21", "12 maart 2026, 09:14", "الاثنين 9 فبراير 2026" or "Letters |
April 4, 2026"; the HTML path's metadata gives "2026-02-14", a record's date field "2019-11-13T23:06:00+01:00".
`iso_published` turns a stated date into "2026-02-14", with "T17:21" when the line gives a time of day and the UTC
offset when it names one that is fixed ("GMT+7" -> "+07:00", "GMT" -> "Z", "EDT" -> "-04:00"; "ET" moves with
daylight saving and is left out), or "2026-02" for a month and year; "2025/03/18" is year, month, day. `published` is
ISO 8601 or null, never the page's raw string (DESIGN.md: the record's metadata; a consumer sorts and filters on it).
A numeric date whose day and month could swap ("07/03/2025") is read by what its own line says (a weekday that fits
one reading only, an American time zone after it), else in the page's order: the one its other numeric dates show
("25/03/2025" elsewhere on the page: day first), else its language's (Dutch and Arabic pages write the day first);
a weekday that fits the reading the page's order does not give still settles it, with a warning that names the other
day ("Zo 07/12/2026" on a Dutch page: 12 July is the Sunday; `WEEKDAY_CLASH_WARNING`). An
English page that does not say gets no guess (British pages write the day first, American ones the month). Such a
date, and one that does not read as one calendar day at all (a relative one, "Vandaag, 07:12"; no year), leaves
`published` empty, and a warning quotes what the page said. A numeric date's two-digit year ("03-12-26, 08:14", as
Dutch regional papers print it) is read once its order is settled, in POSIX's century rule (`full_year`); its dots
settle nothing ("11.09.12" is 9 November on an American blog). A dotted date ("12.03.2025") is always
day first (only day-first writers use dots), and a day and month with no year ("Oct 8") takes its year from the page
when it states one (`with_page_year`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from newsbrief.normalise.deadlines import FUTURE_SLACK_DAYS
from newsbrief.normalise.phrases import ARABIC_LETTER, match_key
from summarise.zones import ZONE_ABBREVIATIONS, ZONE_NAMES

#: month names and abbreviations (English, Dutch, Arabic: Egyptian/Gulf, Maghreb and Levantine, alef-folded) -> number
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10, "mrt": 3,
    "okt": 10,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8, "سبتمبر": 9,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Maghreb names (Morocco, Algeria, Tunisia: "17 نونبر 2026") and the Egyptian "يونيه"; "ماي" only ever matches as a
    # whole word beside a day or year (the date grammar's shapes), and "مايو" is tried first (longest first)
    "ينير": 1, "ماي": 5, "يونيه": 6, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Mauritanian names ("06 دجمبر 2026", "أغشت") and the Egyptian "يوليه" beside its "يونيه"
    "اغشت": 8, "دجمبر": 12, "يوليه": 7,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويلية": 7, "اوت": 8,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
#: the names as one regex alternation, longest first ("تشرين الثاني" before "اب"); an Arabic alef in any of its forms
#: (أ إ آ), so the names match as a page writes them (datelines) as well as on the alef-folded match key
MONTH_PATTERN = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True)).replace("ا", "[اأإآ]")
#: weekday names and abbreviations a date line spells out (English, Dutch, Arabic alef-folded) -> Monday 0 … Sunday 6
WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6,
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الاحد": 6,
}
#: the names as one regex alternation, longest first, as a date line may open with one
WEEKDAY_PATTERN = "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True))

# The date grammar: the shapes a stated date takes, each with its named parts (day, month name or number `mon`, year;
# `first`/`second` for a numeric date whose order is not known). `DATE` finds any of them in a line (metadata.date_in,
# split_byline), `DAY_AND_MONTH` a wire dateline's date (datelines.py), `_day` reads the parts (iso_published).
_MONTH = rf"(?P<month>{MONTH_PATTERN})\.?"
_MONTH_DAY = rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"              # March 4, Nov. 12th
_DAY_MONTH = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|e)?\.?\s+{_MONTH}"          # 4 maart, 4e maart, 19 Nov
_YEAR = r"(?P<year>\d{4})"
#: where a year ends: at a word's end, or at the Gregorian era's mark glued on ("4 مارس 2026م", Saudi, Yemeni and
#: Sudanese sites write it so; "2026 م" spaced ends at the space anyway). The mark alone, never a longer word glued to
#: the year ("2026مليون")
_YEAR_END = r"(?:(?!\w)|(?=م(?!\w)))"
#: between the day and month and the year: a space, a comma and a space, or a space and a comma glued to the year
#: ("06 ديسمبر ,2026": Al Arabiya's). Not a comma spaced on both sides: The Telegraph (Calcutta) prints its edition's
#: date so in the masthead ("Monday , December 31 , 2007"), which then anchored the page's header over the headline
_TO_YEAR = r"(?:,?\s+|\s+,)"
_SHAPES = {
    "month_day_year": rf"(?<!\w){_MONTH_DAY}{_TO_YEAR}{_YEAR}{_YEAR_END}",              # March 4, 2024
    "day_month_year": rf"(?<!\w){_DAY_MONTH}{_TO_YEAR}{_YEAR}{_YEAR_END}",              # 4 maart 2024
    # 19-Nov-2026, 19/Nov/2026: a release wire's and a log's day, month name and year joined by dashes or slashes
    "day_mon_year": rf"(?<!\w)(?P<day>\d{{1,2}})[-/]{_MONTH}[-/]{_YEAR}{_YEAR_END}",
    # March 2024 (no comma: "May-July, 1998" in a line of prose is no date line)
    "month_year": rf"(?<!\w){_MONTH}\s+{_YEAR}{_YEAR_END}",
    # "Gisteren, 18:42", "Today at 10:15": a date that means nothing once the page is saved (never rewritten)
    "relative": r"(?<!\w)(?:today|yesterday|vandaag|gisteren|eergisteren|اليوم|امس)(?!\w),?\s*(?:at|om|الساعة)?\s*"
                r"\d{1,2}[:.]\d{2}(?!\w)",
    # 2024-03-04, 2019-11-13T23:06:00+01:00 (its time and offset are the date's own: the offset is no time of day);
    # "2025/03/12", "2025.03.12": a year first is always year, month, day (Arabic and East Asian sites write it so)
    "iso": r"(?<!\w)(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})"
           r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<offset>Z|[+-]\d{2}:?\d{2})?)?" + _YEAR_END,
    # 04/03/2024, 4.3.24 (a two-digit year is read by `full_year`)
    "numeric": r"(?<!\w)(?P<first>\d{1,2})[/.-](?P<second>\d{1,2})[/.-](?P<year>\d{2,4})" + _YEAR_END,
}


def _unnamed(pattern: str) -> str:
    """`pattern` with its named groups made plain groups: shapes that share part names can stand in one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


#: any stated date: one group per shape, named after it (`Match.lastgroup` says which shape matched)
DATE = re.compile("|".join(f"(?P<{name}>{_unnamed(p)})" for name, p in _SHAPES.items()), re.IGNORECASE)
_SHAPE = {name: re.compile(p, re.IGNORECASE) for name, p in _SHAPES.items()}
#: a day and its month, the year optional: a wire dateline's "Nov 12", "12 نوفمبر", "March 5, 2024"
DAY_AND_MONTH = rf"(?:{_unnamed(_MONTH_DAY)}|{_unnamed(_DAY_MONTH)})(?:,?\s+\d{{4}})?"
#: a Hijri date beside the Gregorian one ("الأحد 15 جمادى الآخرة 1448 هـ - 6 ديسمبر 2026 م", "Sunday 15 Jumada II 1448
#: AH | 6 December 2026", Gulf and Egyptian sites print both): a calendar date too, so a date line that has one is
#: still a date line (metadata.date_in), but it is never read for `published` (the Gregorian date is; a Hijri month
#: is not one of MONTH_NUMBERS). Arabic names on the alef-folded key (ى as ي, ة or ه), transliterations as English
#: and Dutch sites write them; the era mark after the year ("هـ" folds to "ه", "AH", "n.H.") optional
_HIJRI_MONTH = (r"محرم|صفر|ربيع (?:الاول|الاخر|الثاني)|جمادي (?:الاولي|الاول|الاخر[ةه]?|الثاني[ةه]?)|رجب|شعبان|رمضان"
                r"|شوال|ذ[وي] القعد[ةه]|ذ[وي] الحج[ةه]"
                r"|muharram|safar|rabi['’]?[ -](?:al[- ])?(?:awwal|thani|akhir|ii|i)"
                r"|jumad[ai][ -](?:al[- ])?(?:ula|oula|awwal|akhirah|akhira|thani|ii|i)|rajab|sha['’]?ban|ramadh?an"
                r"|shawwal|dhu?['’]?l?[ -]?(?:al[- ])?(?:qa['’]?dah?|hijjah?)"
                # as Dutch sites spell them ("22 Djoemada al-Achira 1448", "Sja'ban", "Dhoe al-Hiddja")
                r"|moeharram|rabi['’]?[ -](?:al[- ])?achir|djoemad[ae][ -](?:al[- ])?(?:oela|achira|awwal|thani|ii|i)"
                r"|sja['’]?ban|sjawwal|dhoe['’]?l?[ -]?(?:al[- ])?(?:qa['’]?da|hidd?ja)")
HIJRI_DATE = re.compile(rf"(?<!\w)\d{{1,2}}\s{{1,3}}(?:{_HIJRI_MONTH}),?\s{{1,3}}\d{{3,4}}"
                        r"(?:\s{0,3}(?:ه|AH|A\.H\.|n\.\s?H\.|H)(?!\w))?", re.IGNORECASE)
#: the Gregorian era's mark after a year ("2026 م", Arabic: ميلادي), no word of a date line's own
GREGORIAN_MARK = re.compile(r"(?<=\d)\s{0,3}م(?!\w)")
#: a time of day: "17:21", "9.05am", "14h30", "10:00:00", "3:45 p.m.", "14:05 uur", "14:21h"; "pm3" is "pm" with a
#: comment's number glued on, "Am" of "Amsterdam" is no "am" (metadata.date_in takes only whole tokens of it)
TIME = re.compile(r"(?<![\w:.])(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?(?![\d:])"
                  r"(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.|uur|u)(?![^\W\d_]))?", re.IGNORECASE)
#: time zones as pages name them after a time, by their lower-case name, with their UTC offset where it is fixed
#: (None: "ET", "PT" move with daylight saving, "AST" is Arabia's and the Atlantic's): the one table of
#: summarise/zones.py, which the summariser's stamps read too
ZONE_OFFSETS: dict[str, str | None] = {
    name.lower(): offset for name, offset in (*ZONE_ABBREVIATIONS.items(), *ZONE_NAMES.items())}
#: any zone's name (ZONE_OFFSETS), longest first: a regex alternation
ZONE_NAME = "|".join(sorted(map(re.escape, ZONE_OFFSETS), key=len, reverse=True))
#: a live blog entry's time standing alone on its line ("14:32 GMT", "9.05am", "23:41", "14:05 uur", "13:10
#: بتوقيت غرينتش"; a zone of the one zone table): the classifier keeps it over its entry (classify.LIVE_MIN_STAMPS),
#: and a related box between two entries ends at it (boxes.py)
#: Each optional part carries its own leading space: three "\s*" in a row (time, am/pm, zone) split a run of spaces
#: every way before failing (cubic: 67 s at 4,000 spaces; the text path squeezes runs of spaces, but the HTML path's
#: paragraphs and the summariser's are only trimmed).
BARE_STAMP = re.compile(
    r"^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?"
    rf"(?:\s*(?:{ZONE_NAME}|uur|u\.|local time|بتوقيت غرينتش|بتوقيت مكة|ت\.غ))?\s*$",
    re.IGNORECASE,
)
#: a zone: GMT or UTC with its offset ("GMT+7", "UTC -05:00", "GMT" alone is UTC) or a named one (the first
#: alternative takes GMT and UTC)
ZONE = re.compile(
    r"(?<!\w)(?:(?P<utc>gmt|utc)(?:\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?|(?P<name>"
    + ZONE_NAME + r"))(?!\w)",
    re.IGNORECASE,
)
#: an Arabic clock time's half of the day after it: "04:30 م" / "مساءً" (afternoon, evening) or "ص" / "صباحاً" (morning)
_ARABIC_HALF = re.compile(r"^\s*(?:(?P<pm>م|مساء|مساءً|مساءا|ظهرا|ظهراً|عصرا|عصراً)|(?P<am>ص|صباحا|صباحاً|فجرا|فجراً))(?!\w)")
#: a stated date that stays as stated loses an update note after it ("3/12/2026 Updated 2 hours ago") ...
#: (tried from the first position of a run of white space only, `(?<!\s)`, where the same match begins, and the
#: white space after the mark only with the mark: one pass over a long run, not one per position and split)
_UPDATE_TAIL = re.compile(r"(?<!\s)\s*(?:[|,·•-]\s*)?(?<!\w)(?:last updated|updated|bijgewerkt|laatste update|آخر تحديث|اخر تحديث|تحديث)"
                          r"(?!\w).*$", re.IGNORECASE | re.DOTALL)
#: ... and the label parts between its bars ("Nieuwsbericht | 10-09-2025 | 14:00"): a label part has no digit
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_BAR = re.compile(r"(?:(?<!\s)\s+)?[|•·]\s*")


def date_key(text: str) -> str:
    """The text the date grammar reads: Arabic month names are matched alef-folded (`match_key`), Latin text as is."""
    return match_key(text) if ARABIC_LETTER.search(text) else text


#: a two-digit year up to this is 20yy, above it 19yy: the POSIX rule for `%y` (strptime's too), so "03-12-26" is
#: 2026 and "12/05/98" 1998 whatever the clock says (a page's date is read the same on any day)
TWO_DIGIT_PIVOT = 68


def full_year(written: str) -> int | None:
    """The year a date writes as `written`: four digits as they are, two by `TWO_DIGIT_PIVOT`; None for three
    digits (no calendar year a news page states)."""
    year = int(written)
    if len(written) == 2:
        return 2000 + year if year <= TWO_DIGIT_PIVOT else 1900 + year
    return year if year >= 1000 else None


def _day(parts: dict[str, str | None], day_first: bool | None = None) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a date's parts (`_SHAPES`), or None when it does not read one way only: a year of
    three digits, a numeric date whose day and month could be swapped and no `day_first` to settle it. A numeric
    date's two-digit year is read by `full_year` (only the numeric shape allows one)."""
    year = full_year(parts["year"])
    if year is None:
        return None
    if parts.get("month"):
        month = MONTH_NUMBERS[match_key(parts["month"]).rstrip(".")]
    elif parts.get("mon"):
        month = int(parts["mon"])
    else:
        first, second = int(parts["first"]), int(parts["second"])
        if first != second and first <= 12 and second <= 12:
            if day_first is None:
                return None  # 3/12/2026: 3 December or March 12
            month, day = (second, first) if day_first else (first, second)
            return year, month, day
        month, day = (second, first) if first > 12 else (first, second)
        return year, month, day
    return year, month, int(parts["day"]) if parts.get("day") else None


#: a numeric date with dots between its parts ("12.03.2025"): only day-first writers use dots (Dutch, German,
#: Scandinavian pages); an American date is written with slashes or dashes
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.")


#: a day and month stated with no year ("Oct 8", "8 oktober", "12 أكتوبر"): the whole date
_MONTH_DAY_NO_YEAR = re.compile(rf"^\s*{_MONTH_DAY}\s*$", re.IGNORECASE)
_DAY_MONTH_NO_YEAR = re.compile(rf"^\s*{_DAY_MONTH}\s*$", re.IGNORECASE)
#: a page footer's one copyright year ("Copyright 2025 Reuters", "© 2025"; a range "2010-2025" says nothing)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright|حقوق)\D{0,12}?(?<!\d)(?P<year>\d{4})(?!\d|\s*[-–]\s*\d)",
                             re.IGNORECASE)
#: a page line longer than this states no date the year could come from (and is not read: linear cost)
YEAR_LINE_MAX_CHARS = 300


def with_page_year(stated: str | None, page: list[str]) -> str | None:
    """A day and month stated with no year ("SANTIAGO, Oct 8 (Reuters)"'s "Oct 8") with the year the page states
    elsewhere: a full date of the same month on the page, else the page's one copyright year; None when the page
    has none (`published` is a date, never part of one). Any other `stated` comes back as it is."""
    if not stated or len(stated) > YEAR_LINE_MAX_CHARS:
        return stated
    key = date_key(stated)
    found = _MONTH_DAY_NO_YEAR.match(key) or _DAY_MONTH_NO_YEAR.match(key)
    if found is None:
        return stated
    month = MONTH_NUMBERS[match_key(found["month"]).rstrip(".")]
    years, copyright_years = [], set()
    for text in page:
        if len(text) > YEAR_LINE_MAX_CHARS:
            continue
        line = date_key(text)
        for m in DATE.finditer(line):
            named = _SHAPE[m.lastgroup].match(line, m.start()).groupdict() if m.lastgroup != "relative" else None
            parts = _day(named) if named else None
            if parts and parts[1] == month:
                years.append(parts[0])
        copyright_years.update(m["year"] for m in _COPYRIGHT_YEAR.finditer(line))
    year = years[0] if years else int(next(iter(copyright_years))) if len(copyright_years) == 1 else None
    if year is None:
        return None
    day = int(found["day"])
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


#: languages whose pages write a numeric date day first ("07-03-2025" is 7 March): Dutch and Arabic sites do. English
#: sites do not agree (Britain, Ireland, India day first; America month first): there the page or the line must say.
DAY_FIRST_LANGUAGES = frozenset({"nl", "ar"})


def numeric_order(texts) -> bool | None:
    """How the page itself writes numeric dates: True day first (one says "25/03/2025"), False month first ("03/25/2025"),
    None when no numeric date on it tells (or two disagree)."""
    seen = set()
    for text in texts:
        if len(text) > YEAR_LINE_MAX_CHARS or not any(ch.isdigit() for ch in text):
            continue  # the lines that state a date are short; a long paragraph's "3/4" is no evidence
        for found in DATE.finditer(text):
            if found.lastgroup != "numeric":
                continue
            parts = _SHAPE["numeric"].match(text, found.start())
            first, second = int(parts["first"]), int(parts["second"])
            if first > 12 >= second:
                seen.add(True)
            elif second > 12 >= first:
                seen.add(False)
    return seen.pop() if len(seen) == 1 else None


def iso_published(stated: str | None, day_first: bool | None = None) -> str | None:
    """`stated` in ISO 8601, or None when it does not read one way only (see `read_published`)."""
    return read_published(stated, day_first)[0]


#: how the warning for a stated date that `read_published` could not read opens ...
UNREAD_DATE_WARNING = "the page's date "
#: ... and what follows the date it quotes
_UNREAD_TAIL = " does not read as one calendar date"


def denied_readings(warning: str) -> set[str]:
    """The days (ISO 8601) that the date an UNREAD_DATE_WARNING quotes reads as, either way round, where its day and
    month could swap and the weekday beside it fits neither ("'Mon, 06/03/2026' does not read …": 2026-03-06 and
    2026-06-03, no Monday): the page's own line denies both. Empty for any other warning (a date with no weekday may be
    read in the order the page's language gives)."""
    quoted, tail, _ = warning.removeprefix(UNREAD_DATE_WARNING).partition(_UNREAD_TAIL)
    if not warning.startswith(UNREAD_DATE_WARNING) or not tail or quoted[:1] not in "'\"" or len(quoted) < 2 \
            or not _WEEKDAY_NAME.search(key := date_key(quoted[1:-1])):
        return set()
    stated = _WEEKDAY_NAME.sub(" ", key)
    return {iso[:10] for order in (True, False) if (iso := read_published(stated, order)[0])}


def read_published(stated: str | None, day_first: bool | None | Callable[[], bool | None] = None,
                   today: datetime.date | None = None) -> tuple[str | None, str | None]:
    """`stated` in ISO 8601 and, when it could not be read, None and a warning that quotes it.

    `published` is ISO 8601 or null, never the page's raw string: a relative date ("Vandaag, 07:12"),
    a date without a year, or a numeric date whose day and month could swap with nothing to settle it gives None and a
    warning that keeps what the page said. What settles the order: the date's own line (a weekday that fits one
    reading only, "Monday, 11.05.2012"; an American time zone after it, "01/09/2008 09:37 PM PST"), else `day_first`
    (the page's order, `numeric_order`, or its language's: True reads "07/03/2025" as 7 March, False as July 3).
    `day_first` may be a function that works the page's order out: it is called only for a date that needs it, so
    a caller reads the date once whatever it is. `today`, the day the page is read: a two-digit year that reads as
    a day after it (past FUTURE_SLACK_DAYS: "06-12-34" of a phone number, "01-01-50") is no date the page was
    published on, and stays unread like any date that does not read as one day."""
    if not stated:
        return None, None
    key = date_key(stated)
    # the first date with parts to read: a relative one ("Vandaag, 07:12") has none
    found = next((m for m in DATE.finditer(key) if m.lastgroup != "relative"), None)
    named = _SHAPE[found.lastgroup].match(key, found.start()).groupdict() if found else None
    order, clash = None, None
    if named and named.get("first") is not None and _day(named) is None:
        # a dotted date is day first unless its own line says otherwise (a weekday, an American zone); not with a
        # two-digit year, which American blogs dot month first ("11.09.12" for 9 November): the page's order decides
        dotted = _DOTTED.match(found.group()) and len(named["year"]) == 4
        order = _line_order(key, found, named, True if dotted else None)
        fits = _weekday_fits(key, named)
        if fits and len(fits) == 1 and day_first is not None:
            # the weekday settles it (a CMS computes the weekday it prints: Drupal's default "Wo, 06/03/2026" is
            # month first on a Dutch site too); where the page's own order reads the other day, a warning says so
            page_order = day_first() if callable(day_first) else day_first
            if page_order is not None and page_order != order:
                clash = _weekday_clash(stated, named, order, page_order)
        if fits == set():
            # "Wed, 06/03/2026" where 6 March and 3 June are no Wednesday: the line contradicts either reading, and
            # the page's order would give a date its own weekday denies (warned below, as a date that could swap)
            named = None
        elif order is None and callable(day_first):
            # worked out only for a date it settles ("31/02/2026" is no day either way round)
            order = day_first() if _day(named, True) is not None else None
        elif order is None:
            order = day_first
    parts = _day(named, order) if named else None
    if parts is not None:
        try:
            datetime.date(parts[0], parts[1], parts[2] or 1)
        except ValueError:
            parts = None  # 31 February: not a date to rewrite
    if parts is not None and today is not None and len(named.get("year") or "") == 2 \
            and datetime.date(parts[0], parts[1], parts[2] or 1) > today + datetime.timedelta(days=FUTURE_SLACK_DAYS):
        parts = None  # the POSIX century put a short year ahead of the reading day: no reading of the page's date
    if parts is None:
        kept = _UPDATE_TAIL.sub("", stated).strip() or stated
        # a label beside the date ("Nieuwsbericht | 10-09-2025") is no part of it: the parts with a digit stay
        dated = [part for part in _BAR.split(kept) if any(ch.isdigit() for ch in part)]
        shown = " ".join(dated) if dated else kept
        return None, f"{UNREAD_DATE_WARNING}{shown!r}{_UNREAD_TAIL} (relative, no year, or day and " \
                     "month could swap and the page does not say which order it writes): published left empty"
    return _iso(parts, named, key[found.end():]), clash


#: how the warning for a date whose weekday fits the other reading of its day and month opens (`_weekday_clash`)
WEEKDAY_CLASH_WARNING = "the weekday beside the page's date "


def _weekday_clash(stated: str, named: dict, weekday_order: bool, page_order: bool) -> str:
    """The warning for a swappable numeric date whose weekday fits only the reading the page's order does not give
    ("Zo 07/12/2026" on a Dutch page: 12 July 2026 is a Sunday, 7 December is not). The weekday's reading stands: a
    site's software prints the weekday of the date it stores, in whatever order its template writes (Drupal's default
    "D, m/d/Y" on a Dutch or Arabic site), while the page's order is a guess from its language or its other dates.
    But a writer's slip in a typed weekday moves the date months, so the reader is told, with the other reading."""
    def iso(order: bool) -> str:
        parts = _day(named, order)
        return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}" if parts else "another day"
    read, page = ("month first", "day first") if page_order else ("day first", "month first")
    # the weekday's reading by its day, not as "published": a caller may still empty `published` (a date ahead of the
    # reading day, deadlines.future_published_warning) and says so in its own warning beside this one
    return (f"{WEEKDAY_CLASH_WARNING}{stated.strip()!r} fits it read {read} only ({iso(weekday_order)}); in the "
            f"page's own order, {page}, it would be {iso(page_order)}: check the weekday")


_WEEKDAY_NAME = re.compile(rf"(?<!\w)({WEEKDAY_PATTERN})(?!\w)", re.IGNORECASE)
#: the named zones (ZONE_OFFSETS) that are American: a date before one is written month first. Eastern to Hawaii by
#: their offsets, and the names that move with daylight saving and so have none ("ET", "CT", "MT", "PT"; "CST" stays
#: out: it is China's standard time too)
_AMERICAN_ZONES = frozenset(name for name, offset in ZONE_OFFSETS.items()
                            if (offset or "").startswith(("-04", "-05", "-06", "-07", "-08", "-09", "-10")) or name in (
                                "et", "ct", "mt", "pt", "eastern time", "central time", "mountain time",
                                "pacific time"))


def _weekday_fits(key: str, named: dict) -> set[bool] | None:
    """The readings of a swappable numeric date (True: day first) that the weekday on its line agrees with; None
    when the line names no weekday (or no calendar year)."""
    year, first, second = full_year(named["year"]), int(named["first"]), int(named["second"])
    weekday = _WEEKDAY_NAME.search(key)
    if not weekday or year is None:
        return None
    fits = set()
    for order, (month, day) in ((True, (second, first)), (False, (first, second))):
        try:
            if datetime.date(year, month, day).weekday() == WEEKDAY_NUMBERS[weekday.group(1).lower()]:
                fits.add(order)
        except ValueError:
            continue
    return fits


def weekday_agrees(weekday: str, stated: str) -> bool:
    """Whether `weekday` ("Wed", "wo", "الأربعاء") is the day of the date `stated` ("06/03/2026 - 14:05", "4 March
    2026") in one reading of it at least: a byline's "Rhys Evans Wed, 06/03/2026" ends its name before the weekday
    then (a surname that is a weekday's short form, "Li Sun", rarely falls on the date's own day)."""
    key = date_key(f"{weekday} {stated}")
    number = WEEKDAY_NUMBERS.get(match_key(weekday))
    found = next((m for m in DATE.finditer(key) if m.lastgroup != "relative"), None)
    if number is None or found is None:
        return False
    named = _SHAPE[found.lastgroup].match(key, found.start()).groupdict()
    if named.get("first") is not None and _day(named) is None:
        return bool(_weekday_fits(key, named))
    parts = _day(named)
    try:
        return parts is not None and parts[2] is not None and datetime.date(*parts).weekday() == number
    except ValueError:
        return False


def _line_order(key: str, found: re.Match, named: dict, day_first: bool | None) -> bool | None:
    """The order of a swappable numeric date, from its own line when it tells: the weekday beside it fits one
    reading only, or an American time zone follows it; else `day_first`."""
    fits = _weekday_fits(key, named)
    if fits is not None and len(fits) == 1:
        return fits.pop()
    zone = ZONE.search(key, found.end())
    if zone and zone["name"] and zone["name"].lower() in _AMERICAN_ZONES:
        return False
    return day_first


def _iso(parts: tuple[int, int, int | None], named: dict[str, str | None], rest: str) -> str:
    """The ISO 8601 form of a date's parts, with its time and offset from the date's own parts or from `rest`, the
    text after the date."""
    year, month, day = parts
    if day is None:
        return f"{year:04d}-{month:02d}"
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if named.get("hour"):  # "2019-11-13T23:06:00+01:00"
        hour, minute, offset = int(named["hour"]), int(named["minute"]), named["offset"] or ""
        if hour > 23 or minute > 59:
            return out
        offset = offset.upper() if len(offset) <= 1 else f"{offset[:3]}:{offset[-2:]}"
        # UTC is written one way ("Z"), whether the page wrote "Z" or "+00:00": records compare as strings downstream
        offset = "Z" if offset in ("+00:00", "-00:00") else offset
        return f"{out}T{hour:02d}:{minute:02d}{offset}"
    clock = TIME.search(rest)
    if clock is None:
        return out
    hour, minute = int(clock["hour"]), int(clock["minute"])
    half = (clock["half"] or "").lower().replace(".", "")
    arabic_half = _ARABIC_HALF.match(rest[clock.end():]) if not half else None
    if arabic_half:
        half = "pm" if arabic_half["pm"] else "am"
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return out
    out += f"T{hour:02d}:{minute:02d}"
    zone = ZONE.match(rest[clock.end() + (arabic_half.end() if arabic_half else 0):].lstrip(" ,"))
    if zone is None:
        return out
    if zone["utc"]:
        return out + (f"{zone['sign']}{int(zone['hours']):02d}:{int(zone['minutes'] or 0):02d}" if zone["sign"] else "Z")
    return out + (ZONE_OFFSETS[zone["name"].lower()] or "")
