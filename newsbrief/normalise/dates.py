"""The record's `published` in one form: ISO 8601 when the page's date reads one way only.

A date line says "Saturday 14 February 2026 17:21", "12 maart 2026, 09:14", "الاثنين 9 فبراير 2026" or "Letters |
April 4, 2026"; the HTML path's metadata gives "2026-02-14". `iso_published` turns a stated date into
"2026-02-14", with "T17:21" when the line gives a time of day and the UTC offset when it names one that is fixed
("GMT+7" -> "+07:00", "GMT" -> "Z", "EDT" -> "-04:00"; "ET" moves with daylight saving and is left out), or
"2026-02" for a month and year. A date that does not read one way only stays as the page stated it, label words
already cut off (metadata.date_in), less an update note after it ("Updated 2 hours ago"): a relative one
("Vandaag, 07:12"), a numeric one whose day and month could be swapped ("3/12/2026"), a two-digit year. The month
names (English, Dutch, Arabic, matched on the alef-folded key) are defined here once; metadata.py finds dates with
them.
"""

from __future__ import annotations

import datetime
import re

from newsbrief.normalise.phrases import match_key

#: month names and abbreviations (English, Dutch, Arabic: Egyptian/Gulf and Levantine, alef-folded) -> number
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10, "mrt": 3,
    "okt": 10,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8, "سبتمبر": 9,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
#: the names as one regex alternation, longest first ("تشرين الثاني" before "اب")
MONTH_PATTERN = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))

_MONTH = rf"(?P<month>{MONTH_PATTERN})\.?"
_DATES = [re.compile(p, re.IGNORECASE) for p in (
    rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\w)",      # March 4, 2024
    rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th|e)?\.?\s+{_MONTH},?\s+(?P<year>\d{{4}})(?!\w)",  # 4 maart 2024
    r"(?<!\w)(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)",                           # 2024-03-04
    r"(?<!\w)(?P<first>\d{1,2})[/.-](?P<second>\d{1,2})[/.-](?P<year>\d{4})(?!\w)",              # 04/03/2024
    rf"(?<!\w){_MONTH},?\s+(?P<year>\d{{4}})(?!\w)",                                             # March 2024
)]
_TIME = re.compile(r"(?<![\w:.])(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?(?![\d:])\s*"
                   r"(?P<half>am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_OFFSET = re.compile(r"(?<!\w)(?:gmt|utc)\s*(?:(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?(?!\w)",
                     re.IGNORECASE)
#: zone names with a fixed offset ("ET", "CT", "PT" move with daylight saving; "CST" is China's too)
_ZONES = {
    "eastern daylight time": "-04:00", "eastern standard time": "-05:00", "pacific daylight time": "-07:00",
    "pacific standard time": "-08:00", "central european summer time": "+02:00", "central european time": "+01:00",
    "british summer time": "+01:00",
    "edt": "-04:00", "est": "-05:00", "pdt": "-07:00", "pst": "-08:00", "cest": "+02:00", "cet": "+01:00",
    "bst": "+01:00",
}
_ZONE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _ZONES), key=len, reverse=True)) + r")(?!\w)",
                   re.IGNORECASE)
#: a stated date that stays as stated loses an update note after it ("3/12/2026 Updated 2 hours ago")
_UPDATE_TAIL = re.compile(r"\s*[|,·•-]?\s*(?<!\w)(?:last updated|updated|bijgewerkt|laatste update|آخر تحديث|اخر تحديث|تحديث)"
                          r"(?!\w).*$", re.IGNORECASE | re.DOTALL)


def _day(found: re.Match) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a date match, or None when the day and month could be read either way."""
    parts = found.groupdict()
    year = int(parts["year"])
    if parts.get("month"):
        month = MONTH_NUMBERS[match_key(parts["month"]).rstrip(".")]
    elif parts.get("mon"):
        month = int(parts["mon"])
    else:
        first, second = int(parts["first"]), int(parts["second"])
        if first != second and first <= 12 and second <= 12:
            return None  # 3/12/2026: 3 December or March 12
        month, day = (second, first) if first > 12 else (first, second)
        return year, month, day
    return year, month, int(parts["day"]) if parts.get("day") else None


def iso_published(stated: str | None) -> str | None:
    """`stated` in ISO 8601 when it reads one way only, else `stated` itself (see the module docstring)."""
    if not stated:
        return stated
    arabic = re.search("[\u0600-\u06ff]", stated) is not None
    key = match_key(stated) if arabic else stated  # month names are matched alef-folded, as metadata.date_in does
    found = min((m for rx in _DATES if (m := rx.search(key))), key=lambda m: m.start(), default=None)
    parts = _day(found) if found is not None else None
    if parts is not None:
        try:
            datetime.date(parts[0], parts[1], parts[2] or 1)
        except ValueError:
            parts = None  # 31 February: not a date to rewrite
    if parts is None:
        return _UPDATE_TAIL.sub("", stated).strip() or stated
    year, month, day = parts
    if day is None:
        return f"{year:04d}-{month:02d}"
    out = f"{year:04d}-{month:02d}-{day:02d}"
    rest = key[found.end():]
    clock = _TIME.search(rest)
    if clock is None:
        return out
    hour, minute = int(clock["hour"]), int(clock["minute"])
    half = (clock["half"] or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return out
    out += f"T{hour:02d}:{minute:02d}"
    after = rest[clock.end():]
    if (offset := _OFFSET.match(after.lstrip(" ,"))) is not None:
        if not offset["sign"]:
            return out + "Z"
        return out + f"{offset['sign']}{int(offset['hours']):02d}:{int(offset['minutes'] or 0):02d}"
    if (zone := _ZONE.match(after.lstrip(" ,"))) is not None:
        return out + _ZONES[zone.group(0).lower()]
    return out
