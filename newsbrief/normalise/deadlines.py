"""Dates that say when something closes or happens, not when the page was published; and a `published` date in the
future.

A job advertisement states when applications close ("Closing date: 14 January 2027", "Sluitingsdatum: 15 januari
2027", "آخر موعد للتقديم: 15 يناير 2027"), a house listing its viewing day ("Bezichtiging: zaterdag 9 januari 2027"),
an event page its start ("Aanvang: 20 maart 2027, 20:00", "Event date: …"). Such a line is a short line with a date
in it, so the rules read it as the page's date line and it became `published`, a date in the future (stop 30, tester
30a #13). `deadline_line` names it by the words that open it; classify.py never takes it for `published` (it is
removed as a second date line would be) and normalise._unread_date does not quote it.

The second rule catches what the phrase list misses: `published` is when the page was published, so it cannot lie
after the day the page is read. `future_published_warning` drops a `published` date more than FUTURE_SLACK_DAYS
after that day (a page in UTC+14 is dated tomorrow by our clock; a clock may be days off) and says which date it was.
The day is an input (`reading_day`: a caller's `today=`, else $NEWSBRIEF_TODAY, else the clock), so a run and the
tests can pin it; a library call with a malformed setting falls back to the clock with a warning (`page_day`). "The newest other date
on the page" is no bound: a news story is dated after most of what it reports, but it also names dates to come
("the vote on 3 May 2027"), and a job ad's posting date sits below its deadline as often as above it — the clock is
the one reference that holds for every page.
"""

from __future__ import annotations

import datetime
import os
import re

from newsbrief.normalise.phrases import match_key

#: a `published` date up to this many days after today is still taken: a page written where the day has already
#: turned, and a clock (the reader's, or the one a page was saved or written under) a few days off should not cost a
#: real date; the deadlines this misses are the near ones, and `deadline_line` names those at any distance
FUTURE_SLACK_DAYS = 14
#: an ISO day (YYYY-MM-DD) in this environment variable stands for today: a run that must give the same output on
#: any day (tests, a re-run of an archive) pins it, since `published` and the warning depend on the day
TODAY_ENV = "NEWSBRIEF_TODAY"
#: the warning for a `published` date in the future starts so (tests and callers find it by it)
FUTURE_DATE_WARNING = "the page's date lies in the future"

# The words that open a line about a deadline, a closing date, a viewing or an event's start, on the match key (case
# folded, Arabic alef folded, diacritics kept: "vóór"). Only a line's opening words: "The deadline passed on 3 May"
# in a story's sentence is no date line anyway, and "Published 3 May | Deadline 20 May" keeps its first date.
# Two lists, one per meaning: an offer's end (a job ad's closing date, a shop's offer) and the day something happens
# (an event's start, a viewing); notnews.py counts each for its own kind of page only.
_CLOSING = re.compile(
    r"^(?:"
    # English: closing date, deadline, apply by/before, applications close, valid until, offer ends, expires
    r"closing\s+date|(?:application\s+|submission\s+)?deadline|apply\s+(?:by|before|until)"
    r"|applications?\s+(?:close|closing)|closes|valid\s+until|offer\s+ends|expires?|ends\s+on"
    r"|(?:registration|entries|enrolment|enrollment)\s+(?:closes?|ends?)"
    # Dutch: sluitingsdatum, reageren/solliciteren/inschrijven vóór, uiterlijk, geldig tot, verloopt (op), actie loopt tot
    r"|sluitingsdatum|reageren\s+(?:kan\s+)?(?:v[oó]{2}r|tot)|solliciteer\s+(?:v[oó]{2}r|uiterlijk|tot)"
    r"|solliciteren\s+(?:kan\s+)?(?:v[oó]{2}r|tot)|uiterlijk|geldig\s+(?:tot|t/m)|verloopt(?:\s+op)?"
    r"|actie\s+(?:loopt\s+)?(?:tot|t/m)|inschrijven\s+(?:kan\s+)?(?:v[oó]{2}r|tot)"
    # ... inschrijving/aanmelding sluit, aanmelden kan tot, vacature sluit (op)
    r"|(?:inschrijving|aanmelding|vacature)\s+sluit(?:\s+op)?|aanmelden\s+(?:kan\s+)?(?:v[oó]{2}r|tot)"
    # Arabic: the last date for applying, the closing date, applying ends, the offer ends, valid until
    r"|اخر\s+موعد|الموعد\s+النهائي|تاريخ\s+(?:الاغلاق|انتهاء)|ينتهي\s+(?:التقديم|العرض)|يغلق\s+باب"
    r"|(?:صالح|ساري)\s+(?:حت[يى]|لغاي[ةه])"
    # ... the last day to apply, the deadline (Maghreb "آخر أجل"), applying until
    r"|اخر\s+يوم\s+(?:للتقديم|للتسجيل|لتقديم)|اخر\s+اجل|(?:التقديم|التسجيل)\s+حت[يى]"
    r")(?!\w)",
)
_START = re.compile(
    r"^(?:"
    # English: viewing, open house, event date, starts, start date, doors open, date and time, when:, kick-off:
    r"viewings?|open\s+house|event\s+date|starts|start\s+date|doors(?:\s+open)?|date\s+and\s+time|when\s*:"
    r"|kick-?off\s*:"
    # Dutch: bezichtiging, open huis, aanvang, datum evenement, deuren open, datum en tijd, wanneer:, aftrap:
    r"|bezichtiging|open\s+huis|aanvang|datum\s+(?:evenement|voorstelling|concert|en\s+tijd)|deuren\s+open"
    r"|wanneer\s*:|aftrap\s*:"
    # Arabic: the event's date, the viewing, when:, the match's kick-off:
    r"|تاريخ\s+(?:الفعالية|الحدث|الحفل|المعاينة|بدء)|موعد\s+(?:الفعالية|الحفل|المعاينة|العرض|انطلاق)|المعاينة"
    r"|يبدا\s+(?:الحفل|العرض|في)|مت[يى]\s*:|انطلاق\s+المباراة\s*:"
    r")(?!\w)",
)


def closing_line(text: str) -> bool:
    """Whether a line opens with the words of an offer's end: a closing date, a deadline ("Sluitingsdatum: …",
    "آخر موعد للتقديم: …", "Geldig tot …")."""
    return _CLOSING.match(match_key(text)) is not None


def start_line(text: str) -> bool:
    """Whether a line opens with the words of the day something happens: an event's start, a viewing ("Aanvang: …",
    "Doors open 19:30", "متى: …")."""
    return _START.match(match_key(text)) is not None


def deadline_line(text: str) -> bool:
    """Whether a line opens with the words of a deadline, a closing date, a viewing or an event's start (the module
    docstring): its date is not when the page was published."""
    key = match_key(text)
    return _CLOSING.match(key) is not None or _START.match(key) is not None


def reading_day(today: datetime.date | None = None) -> datetime.date:
    """The day a page is read on: `today` when given, else $NEWSBRIEF_TODAY (YYYY-MM-DD), else the clock's UTC day.
    A malformed setting is an error, not a silent fall back to the clock: a pinned run must not drift."""
    if today is not None:
        return today
    pinned = os.environ.get(TODAY_ENV, "").strip()
    if pinned:
        try:
            return datetime.date.fromisoformat(pinned)
        except ValueError:
            raise ValueError(f"{TODAY_ENV}={pinned!r} is not a day (YYYY-MM-DD)") from None
    return datetime.datetime.now(datetime.timezone.utc).date()


def page_day(today: datetime.date | None = None) -> tuple[datetime.date, str | None]:
    """`reading_day` for a library call, which must never raise on text (normalise_text): a malformed setting reads
    as the clock's day, and the second value is the warning that says so (None when the day was read as set). The
    CLI calls `reading_day` itself first and stops on a bad setting, so a run never gets here with one."""
    try:
        return reading_day(today), None
    except ValueError as exc:
        clock = datetime.datetime.now(datetime.timezone.utc).date()
        return clock, f"{exc}: the clock's day {clock.isoformat()} was used instead"


def future_published_warning(published: str | None, today: datetime.date | None = None) -> str | None:
    """The warning for a `published` date (ISO 8601) more than FUTURE_SLACK_DAYS after the reading day (`today`,
    else reading_day's setting or clock), or None: the caller then leaves `published` empty."""
    if not published or len(published) < 10:
        return None  # a month and year ("2027-01") says too little to be sure it lies ahead
    try:
        day = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return None
    today = reading_day(today)
    if (day - today).days <= FUTURE_SLACK_DAYS:
        return None
    return (f"{FUTURE_DATE_WARNING} ({published[:10]}, after today {today.isoformat()}): a closing or event date, "
            "not when it was published; `published` is left empty")
