"""Title, byline and publication date.

Dates are recognised by shape in English, Dutch and Arabic (month names, numeric
dates, times); bylines by their prefix ("By", "Door", "بقلم") or, close to the
title, by looking like a person's name. The title is the headline once:
repeated copies and copies glued to a section name ("WorldIsrael and …") are
recognised as duplicates.
"""

from __future__ import annotations

import functools
import re

from newsbrief.normalise.agencies import SOURCE_LABEL, agency_only
from newsbrief.normalise.bylinelabel import label_not_name
from newsbrief.normalise.dates import (
    DATE, DAY_AND_MONTH, GREGORIAN_MARK, HIJRI_DATE, MONTH_PATTERN, TIME, WEEKDAY_PATTERN, ZONE, date_key,
    weekday_agrees,
)
from newsbrief.normalise.features import Features, line_features, word_tokens
from newsbrief.normalise.issuer import ADDRESS_AFTER_NAME
from newsbrief.normalise.lines import Line
from newsbrief.normalise.outlets import glued_outlet, known_outlet
from newsbrief.normalise.places import known_place
from newsbrief.normalise.phrases import categories_of, in_group, match_key, menu_word, phrase_sets

#: a line that is "essentially just a date" (at most 14 words) is never longer than this
DATE_LINE_MAX_CHARS = 300
_DAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_PATTERN})(?!\w)\.?,?", re.IGNORECASE)
#: a time of day (dates.TIME) as a whole token: in "7:20 pm2 Timon Piccini" (a comment's stamp, number and name) only
#: "7:20" is the time, and "pm2" is a word left over
_TIME = re.compile(TIME.pattern + r"(?!\w)", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"(?<!\w)(?:published|updated|last|posted|first|modified|on|at|date|am|pm|"
    r"gepubliceerd|bijgewerkt|laatste|update|geplaatst|aangepast|om|op|"
    r"نشر|في|بتاريخ|تاريخ|النشر|اخر|تحديث|تم|التحديث|الساعة|الموافق)(?!\w)",
    re.IGNORECASE,
)
# Words that introduce a date; stripped so that `published` holds just the date.
_DATE_PREFIX = re.compile(
    r"^[\s|:,-]*(?:(?:last updated|first published|published|updated|posted|modified|date|on|at|"
    r"laatste update|gepubliceerd|bijgewerkt|geplaatst|aangepast|update|op|om|"
    r"نشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث|اخر تحديث|تم التحديث|تحديث|نشر|بتاريخ|في)(?!\w)[\s|:,-]*)+",
    re.IGNORECASE,
)
# Anchored at the start of a whitespace run (`(?<!\s)`): otherwise each space of a long run starts a new
# attempt that scans the rest of the run (quadratic in the run's length).
_SEPARATORS = re.compile(r"(?<!\s)(?:\s+[|•·–—/-]\s+|\s*\|\s*)")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|de|der|den|ten|ter|von|bin|ibn|al|el|la|le|du|da|dos)$")


def _words_left(key: str, patterns) -> list[str]:
    """The words of a date key once every match of `patterns` is taken out (what a date line says besides its date)."""
    for rx in patterns:
        key = rx.sub(" ", key)
    return word_tokens(key)


#: a release wire's source credit after the date, behind a bar: "November 12, 2026 16:05 ET | Source: Acme Inc."
#: (GlobeNewswire; "| Bron: ANP", "| المصدر: واس"): who sent the release, no word of the date line's own
_SOURCE_TAIL = re.compile(rf"\s*\|\s*(?:{SOURCE_LABEL})\s*:[^|]*$", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)  # the rules ask about the same line from several passes (46 % of the calls)
def date_in(text: str) -> str | None:
    """The date (and time) this line states, if the line is essentially just a date; else None."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return None  # no date line is this long; the date patterns are linear but costly on a 1 MB line
    text = _SOURCE_TAIL.sub("", text)
    key = date_key(text)
    found = DATE.search(key)
    if not found:
        return None
    # (a Hijri date beside the Gregorian one is the date line's too: "… 15 جمادى الآخرة 1448 هـ - 6 ديسمبر 2026 م")
    if len(_words_left(key, (HIJRI_DATE, GREGORIAN_MARK, DATE, _TIME, ZONE, _DAY, _DATE_WORDS))) > 2 \
            or len(word_tokens(text)) > 14:
        return None
    dated = [part for part in _SEPARATORS.split(text) if DATE.search(part)]
    if len(dated) > 1:
        # "Published 14 March 2025, 09:12 GMT | Updated 14 March 2025, 11:40 GMT": two dates, the first is the
        # publication date (one date and its time, "March 4, 2024 | 10:15", stays whole)
        first = date_in(dated[0])
        if first:
            return first
    return without_date_label(text)


def hijri_date_line(text: str) -> bool:
    """Whether a line is a Hijri date and nothing else ("22 جمادى الآخرة 1448 هـ", "الأحد 22 جمادى الآخرة 1448 هـ",
    "Sunday 22 Jumada al-Akhirah 1448 AH"): a date line with no Gregorian date beside it (that one `date_in` reads,
    or, year-less, `date_line_as_stated` hands on as a date that does not read).
    It is no text; it gives no `published` either: a Hijri date converts to a Gregorian day only by a calendar that
    follows the moon sighting (Umm al-Qura, or a country's own), and the arithmetical one Python could apply is a day
    or two off as often as not, so `published` comes from the page's other dates (or its address) instead."""
    if len(text) > DATE_LINE_MAX_CHARS or len(word_tokens(text)) > 14:
        return False
    key = date_key(text)
    if HIJRI_DATE.search(key) is None:
        return False
    rest = HIJRI_DATE.sub(" ", key)
    if DATE.search(rest) or _DAY_MONTH.search(rest):
        # a Gregorian date beside it ("… 1448 هـ الموافق 10 ديسمبر 2026", "… 1448 AH / 10 December, 14:30"): that one
        # is the line's date, read by `date_in` or, year-less, warned about as unread (`date_line_as_stated`)
        return False
    return len(_words_left(rest, (_TIME, ZONE, _DAY, _DATE_WORDS))) <= 2


#: a day and its month, the year optional ("Nov 20", "14 februari"): a date line's date, as a wire dateline's
_DAY_MONTH = re.compile(rf"(?<!\w)(?:{DAY_AND_MONTH})", re.IGNORECASE)


def states_a_date(text: str) -> bool:
    """Whether `text` can be a date line: it has a date (a year-less one too), a time of day or a post's age ("3 hours
    ago") in it, or says little else (at most two words are left once its weekdays and a date line's own words, "Updated", "op", are taken
    out: "Posted 14 Feb"). A headline that opens like a date line and has a number ("UPDATE: Striker joins rivals in
    £15m deal") is neither."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return False
    key = date_key(text)
    if any(rx.search(key) for rx in (DATE, _DAY_MONTH, _TIME, _AGO, _RELATIVE)):
        return True
    return len(_words_left(key, (ZONE, _DAY, _DATE_WORDS))) <= 2


def date_line_as_stated(text: str) -> str | None:
    """A date line's date as the page states it, without its label, when the line has a digit and states a date
    (`states_a_date`): a headline that opens like a date line ("UPDATE: Striker joins rivals in £15m deal") or a short
    line beside a date ("Privacy Policy") is none. For `stated_date` and the plain-text path's unread date line."""
    if any(ch.isdigit() for ch in text) and states_a_date(text) and not hijri_date_line(text):
        return without_date_label(text)
    return None  # (a Hijri date alone is no date `published` could be read from: `hijri_date_line`)


def stated_date(text: str) -> str | None:
    """The date a date line above the story states, read or not: `date_in`'s, else the whole line without its label
    when the phrase lists call it a date line ("Updated 14 February, 17:21", "3 hours ago", "منذ 5 ساعات") and it has
    a digit and states a date (`states_a_date`), or when it is a day and month alone ("14 February"): the lines the
    rules set apart as the page's date (classify.py, and `normalise._unread_date` for the one no field took), for a
    caller that reads page lines without the rules."""
    found = date_in(text)
    if found or len(text) > DATE_LINE_MAX_CHARS or not any(ch.isdigit() for ch in text):
        return found
    if "date" in categories_of(text, len(text.split())) and (stated := date_line_as_stated(text)):
        return stated
    # a day and month and nothing else but a weekday or a time ("14 February", "Zaterdag 14 februari, 17:21"): a
    # year-less date line that `date_in` (a year or a label) does not know
    key = date_key(text)
    if _DAY_MONTH.search(key) and not _words_left(key, (_DAY_MONTH, _TIME, ZONE, _DAY, _DATE_WORDS)):
        return without_date_label(text)
    return None


YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


#: what may stand between an issue line's date and its time ("… 7 December 2026 at 05:00", "…, 05:00")
_JOIN_TIME = re.compile(r"[\s,]{0,3}(?:(?:at|om|الساعة|في)\s+)?", re.IGNORECASE)


def issue_date(text: str) -> str | None:
    """The date and time of a bulletin's issue line (the phrase lists' `issue_line`: "WEATHER BULLETIN No. 48 issued
    at 05:00 on Monday 7 December 2026" gives "Monday 7 December 2026, 05:00", "نشرة الطقس ليوم الأربعاء 9 ديسمبر
    2026" its date), which `date_in` leaves unread for the words beside the date; None without a date that has its
    day and year."""
    if len(text) > DATE_LINE_MAX_CHARS or not in_group(text, len(text.split()), "issue_line"):
        return None
    key = date_key(text)
    found = next((m for m in DATE.finditer(key) if m.lastgroup != "relative"), None)
    if found is None or not YEAR.search(found.group()) or not _DAY_NUMBER.search(found.group()):
        return None  # a day, a month and a year: "May/June 2003" names a magazine's issue, not a day
    date = found.group()
    # the issue time stands before the date ("issued at 05:00 on Monday 7 December 2026") or right after it ("…
    # 2026, 05:00"); a later time on the line is another event's ("… - next bulletin 18:00")
    if _TIME.search(date) is None and (clock := _TIME.search(key[:found.start()])
                                       or _TIME.match(key, _JOIN_TIME.match(key, found.end()).end())):
        date = f"{date}, {clock.group()}"
    return date


#: a date line that says when the page was last updated, not when it was published: "Updated 6 December 2026, 14:42
#: GMT", "Last updated: …", "Bijgewerkt op …", "Laatste update: …", "آخر تحديث: …" (a line that names its publication
#: too, "Updated … | Published …", is not one)
_UPDATED_LINE = re.compile(r"^\W{0,3}(?:last updated|updated|update|bijgewerkt|laatste update|geüpdatet|aangepast|"
                           r"آخر تحديث|اخر تحديث|تم التحديث|تحديث)(?!\w)", re.IGNORECASE)
_PUBLISHED_WORD = re.compile(r"(?<!\w)(?:published|posted|first|gepubliceerd|geplaatst|نشر|النشر)(?!\w)",
                             re.IGNORECASE)
#: how the warning opens that `published` is the page's update time (html.py drops it when the page's metadata
#: dates the page)
UPDATE_TIME_WARNING = "the page states only when it was last updated"


#: a publication line this close to the update line ("Updated … 14:42 GMT" over "Published … 09:00 GMT") says when
#: the page was first published: no update-only warning
PUBLISHED_NEAR = 3


def _update_only(text: str) -> bool:
    """A date line that states the page's last update and not its publication (`_UPDATED_LINE`), after the desk's or
    reporter's credit or the section's name that may open it (`_head_before_update`)."""
    # (a head found is one over an update label in a date line's length already: `_head_before_update`)
    return (_head_before_update(text) is not None
            or len(text) <= DATE_LINE_MAX_CHARS and _UPDATED_LINE.match(text) is not None) \
        and _PUBLISHED_WORD.search(text) is None


#: a desk's or reporter's credit opening an update line, set off by " / " or " | " ("TNN / Updated: Jul 9, 2026, 22:14
#: IST", "ANP | Bijgewerkt: 9 juli 2026, 10:05", "سلمى الحداد / آخر تحديث: …"): the credit hid the update label
_CREDIT_BEFORE_UPDATE = re.compile(r"^\W{0,3}(?P<credit>[^/|]{2,40}?)\s+[/|]\s+")
#: a desk's initials as a credit ("TNN", "ENS", "HT"): capitals alone
_DESK_INITIALS = re.compile(r"[A-Z]{2,5}")


def _head_before_update(text: str) -> re.Match | None:
    """What stands before an update line's label, set off by " / " or " | " (a credit or a section's name: "TNN /
    Updated: …", "Premier League / Updated: …"), with no digit ("5 July 2026 / Updated 6 July", "09:00 | Updated 11:30"
    state the publication first); else None."""
    found = _CREDIT_BEFORE_UPDATE.match(text) if len(text) <= DATE_LINE_MAX_CHARS else None
    if not found or not _UPDATED_LINE.match(text[found.end():]) or is_date_fragment(found.group("credit")) \
            or any(ch.isdigit() for ch in found.group("credit")):
        return None
    return found


def credit_before_update(text: str) -> str | None:
    """The credit before an update line's label ("TNN / Updated: Jul 9, 2026, 22:14 IST" -> "TNN"): a desk's initials,
    a desk or an agency; a person's name only behind its byline label ("By Niamh Cassidy | Updated …" -> "Niamh
    Cassidy"); else None. The slot before the label holds a section's or a topic's name as often as a credit
    ("Premier League", "Breaking News", "أخبار مصر", a tag "Donald Trump"), which a name's shape cannot tell from a
    writer's; a menu word is never one ("NEWS" has the initials' shape)."""
    found = _head_before_update(text)
    if not found:
        return None
    credit = found.group("credit").strip()
    if menu_word(credit):
        return None
    if has_byline_prefix(credit):
        name = strip_byline_label(credit)
        return name if person_name(name) and not menu_word(name.split()[-1]) else None
    return credit if _DESK_INITIALS.fullmatch(credit) or is_desk_credit(credit) or agency_only(credit) else None


def publication_beside(text: str, near: list[str]) -> str | None:
    """The date of the publication line (`_PUBLISHED_WORD` and a date: "Published 5 December 2026, 09:00 GMT",
    "Gepubliceerd …", "نشر في …") among the lines `near` an update line `text` ("Updated 6 December 2026, 14:42"),
    or None: the page's first date line was its update time, and `published` is the publication's."""
    if not _update_only(text):
        return None
    return next((found for other in near
                 if len(other) <= DATE_LINE_MAX_CHARS and _PUBLISHED_WORD.search(other) and (found := date_in(other))),
                None)


def update_time_warning(text: str) -> str | None:
    """The warning for a page whose only date line states its last update (`_UPDATED_LINE`), which `published` then
    holds; None for any other date line. (A publication line beside it gives `published` instead:
    `publication_beside`, asked first.)"""
    if not _update_only(text):
        return None
    return f"{UPDATE_TIME_WARNING} ({text.strip()!r}), not when it was first published: `published` is that time"


def without_date_label(text: str) -> str:
    """A date line without the words that introduce it ("Published:", "Gepubliceerd op", "نشر في")."""
    return _DATE_PREFIX.sub("", text).strip(" ,-|:") or text.strip()


_MONTH_ONLY = re.compile(rf"(?:{MONTH_PATTERN})\.?", re.IGNORECASE)


def is_date_fragment(text: str) -> bool:
    """A date or a piece of one ("June" left of "June 17, 2026"): never part of an author's name."""
    text = text.strip(" ,;|")
    key = date_key(text)
    return bool(text) and (_MONTH_ONLY.fullmatch(key) is not None or date_in(text) is not None)


#: where a notice was printed, under it: "Published in the Ashby Gazette on Aug. 7, 2025." (an obituary's paid notice),
#: "Verschenen in het Dagblad van het Noorden op 7 augustus 2025"
_PRINTED_IN = re.compile(r"^(?:(?:first )?published|appeared|verschenen|gepubliceerd)\s+(?:in|on|op)\s+.{2,60}?\s+(?:on|op)\s+"
                         r"(?P<date>.{6,40}?)\.?$", re.IGNORECASE)


def printed_date(text: str) -> str | None:
    """The date of a "Published in <paper> on <date>" line, or None."""
    found = _PRINTED_IN.match(text.strip()) if len(text) <= DATE_LINE_MAX_CHARS else None
    return date_in(found.group("date")) if found else None


#: a press release's issuer label, alone on its line above the issuer: "From:" / "Van:" / "من:" (GOV.UK, Rijksoverheid)
ISSUER_LABEL = re.compile(r"^\s*(?:from|van|من)\s*:\s*$", re.IGNORECASE)


_RELATIVE = re.compile(r"(?<!\w)(?:today|yesterday|vandaag|gisteren|eergisteren|اليوم|امس|أمس)(?!\w)", re.IGNORECASE)


def is_relative_date(date: str) -> bool:
    """"Yesterday, 18:42" and the like: a date that means nothing once the page is saved."""
    return _RELATIVE.search(date) is not None


#: a teaser's time line has at most this many words ("2 hours ago · News", "Gisteren, 18:42 · Binnenland")
STAMP_MAX_WORDS = 6
#: ... and at most this many characters: "-1-1-1…" is one word however long, and each part's date and age grammars
#: would read all of it
STAMP_MAX_CHARS = 1000
#: an Arabic age in the dual, with no number ("منذ ساعتين", "منذ يومين": two hours, two days ago)
_AGO_DUAL = re.compile(r"^منذ\s+(?:ثانيتين|دقيقتين|ساعتين|يومين|[اأ]سبوعين|شهرين|سنتين|عامين)$")


def teaser_stamp(text: str) -> bool:
    """A teaser's time line on a section page, its date or its age and its section after a separator at most: "2 hours
    ago · News", "Yesterday · News", "Gisteren · Binnenland", "12 March 2024 | Politics", "منذ ساعتين · محليات" (a
    part that is a date, an age or a relative day with a date line's own words only)."""
    if len(text) > STAMP_MAX_CHARS or len(text.split()) > STAMP_MAX_WORDS:
        return False
    for part in (p.strip(" ,") for p in _SEPARATORS.split(text.strip())):
        if date_in(part) is not None or _AGO_DUAL.match(part) \
                or any(rx.search(part) and only_date_words(rx.sub(" ", part)) for rx in (_AGO, _RELATIVE)):
            return True
    return False


#: the label a byline opens with (the phrase lists' byline prefixes, en.yaml/nl.yaml/ar.yaml, say which lines are
#: bylines; this strips the label off the name). A label ends a word: "كتب" must not match the first letters of
#: "كتبت" (which left "ت: هدى سالم"); a label's colon ends it too ("Author:Laura Vecsey").
#: "Van onze correspondent in Berlijn" keeps "onze correspondent in Berlijn", as
#: "Door onze verslaggever" keeps "onze verslaggever", and "من مراسلنا" (from our correspondent) "مراسلنا".
_BYLINE_LABEL = re.compile(
    r"^\s*(?:[—–/-]+\s*)?(?:by|thread starter|started by|asked by|gestart door|gevraagd door|geplaatst door|gepost door|كاتب الموضوع:|سأل:|سال:|written by|reporting by|report by|report:|words by|story by|posted by|interview(?:ed)? by|author:|authors:|"
    r"hosted by|presented by|gepresenteerd door|presentatie:|تقديم:|يقدمها:|يقدمه:|"
    # a messenger's forwarded post names its source over it (a Telegram export's "Forwarded from <channel>")
    r"forwarded from|doorgestuurd van|(?:معاد|أعيد|اعيد|تمت إعادة|تمت اعادة) (?:توجيهه|توجيهها|توجيه) من|"
    r"interview door|door:?|tekst:|tekst en foto:|verslaggever:|redacteur:|auteur:|geschreven door|bewerkt door:?|"
    # ("Reported by …", "Tekst en beeld: …", "Opgetekend door …", "كتبه: …" (wrote it), "تحرير: …" (edited by))
    r"reported by|tekst en beeld:|tekst & foto:|opgetekend door|auteurs:|"
    r"كتبه:|كتبته:|كتبها:|تحرير:|الكاتبة:|المحررة:|"
    r"filed by|van(?= onze )|من(?=\s+مراسل)|بقلم:?|(?:نشر|نشرت)\s+بواسطة:?|متابعة:|حوار:|كتب:?|كتبت:?|اعداد:?|إعداد:?|بواسطة:?|تقرير:|المحرر:|الكاتب:|"
    r"(?:حاوره|حاورته|حاورها|حاورهم|حاورتها|حاورتهم|أجرى الحوار|اجرى الحوار):|تحقيق:?)(?:(?<=:)|(?!\w))\s*",
    re.IGNORECASE,
)


#: a podcast host line's guest after the host ("Hosted by Clara Whitbeck with guest Omar Dunleavy, …", "Gepresenteerd
#: door Eva Smit met gast …", "تقديم: ريم النجار مع الضيف …"): the guest speaks in the episode, the host made it
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_GUEST_TAIL = re.compile(r"(?<!\s)\s+(?:with|met|مع)\s+(?:(?:special|te)\s+)?(?:guests?|gast(?:en)?|الضيف|ضيف|ضيوف|الضيوف)"
                         r"(?!\w).*$", re.IGNORECASE)


def strip_byline_label(text: str) -> str:
    """The byline without its label ("By Jane Doe" -> "Jane Doe", "Door Jan de Vries" -> "Jan de Vries", "Tekst Lotte
    Bakker" -> "Lotte Bakker")."""
    names = bare_credit_names(text)
    if names is not None:
        return names
    return _BYLINE_LABEL.sub("", text, count=1).strip(" :-|")


#: a Dutch longread's writers' credit without a colon ("Tekst Lotte Bakker en Joris van Dam", "Tekst en beeld Sanne
#: Kuipers"): the label capitalised as written, then a capital (lower-case "tekst van de wet" is a sentence's); the
#: photographer's "Beeld …" alone is a picture credit, no byline
_BARE_CREDIT_LABEL = re.compile(r"^(?:Tekst|TEKST)(?: (?:en|&) (?:beeld|foto's?|BEELD|FOTO'S))?\s+(?=[A-ZÀ-ÖØ-Þ])")
#: ... and names only after it: two to this many words, a name's (capitalised or a particle) or "en"/"&" between
CREDIT_NAME_MAX_WORDS = 9
_CREDIT_JOINS = frozenset({"en", "&"})


def bare_credit_names(text: str) -> str | None:
    """The names of a writers' credit without a colon ("Tekst Lotte Bakker en Joris van Dam" -> "Lotte Bakker en Joris
    van Dam"), else None: no digit, no sentence end, every word a name's or a join."""
    text = text.strip()
    label = _BARE_CREDIT_LABEL.match(text)
    if label is None:
        return None
    names = text[label.end():].strip()
    words = names.replace(",", " ").split()
    if not 2 <= len(words) <= CREDIT_NAME_MAX_WORDS or names[-1:] in ".!?:" or any(ch.isdigit() for ch in names):
        return None
    if not all(_NAME_WORD.match(w) or w in _CREDIT_JOINS for w in words) or words[-1] in _CREDIT_JOINS:
        return None
    return names


def has_byline_prefix(text: str) -> bool:
    """The line opens like a byline: "By …", "Door …", "بقلم …"."""
    return strip_byline_label(text) != text.strip(" :-|")


#: a headline's kicker behind what reads as a byline's label: "By the Numbers: 10,000 runners", "Door de bocht: zo
#: rijdt de tram", "بقلم الأرقام: …" (1-4 words before the colon, none of them a name, a desk, an agency or a job:
#: "By Jane Doe: …", "Posted by: Dawn" stay bylines; "by vlm (69642) writes:" has nothing after its colon)
_KICKER = re.compile(r"^(?P<head>[^:,،|]{1,40}?)\s*:\s+\S")
KICKER_MAX_WORDS = 4
#: where the name behind a label ends: a post's stamp ("by randfish on November 14", "Posted by sinola at 3:11PM",
#: "by sc00by 6 days ago", "Geplaatst door Piet op 3 maart", "… في 12 مارس") or a user's number ("(69642)")
_NAME_END = re.compile(r"\s(?:on|at|op|om|about|under|writes|wrote|schreef|في|منذ)(?!\w)|\s[(\d]", re.IGNORECASE)
#: a headline behind the label: its name part has at least this many words, LOWER_WORDS of them in lower case
#: ("Door storing geen treinen tussen Utrecht en Amsterdam"; "Door Eva de Vries en Piet Bos" has two, "de" and "en":
#: names and their particles rarely make LOWER_WORDS lower-case words). Arabic has no case: only its kicker counts
SENTENCE_NAME_WORDS = 5
LOWER_WORDS = 4


def headline_behind_label(text: str) -> bool:
    """A headline that opens with a byline's label word, which is no byline: a kicker ("By the Numbers: 10,000
    runners", "Door de bocht: zo rijdt de nieuwe tram", "بقلم الأرقام: …"), a number where the name would stand ("By
    2030, half of new cars …", "Door 3 ongelukken …") or a sentence (Dutch "door" is "because of": "Door storing geen
    treinen tussen Utrecht en Amsterdam"). A byline is a name (or names, a role, a desk, an agency), never a line
    shaped like a headline. A line ending its sentence is left alone (prose is the model's to weigh)."""
    if not has_byline_prefix(text) or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    first = _SEPARATORS.split(strip_byline_label(text))[0].strip()
    kicker = _KICKER.match(first)
    if kicker:
        head = kicker["head"].strip()
        if " " not in head and not head.startswith("ال"):
            return False  # one word before the colon is a poster's handle ("Posted by admin: 3 comments")
        return len(head.split()) <= KICKER_MAX_WORDS and not (
            person_name(head) or is_desk_credit(head) or agency_only(head) or is_job_title(head))
    words = first.split()
    if len(words) >= SENTENCE_NAME_WORDS - 1 and words[0][0].isdigit():
        return True  # no name opens with a number
    name = _NAME_END.split(first, maxsplit=1)[0].split()
    # a reporter's role or a desk in the credit is a byline's ("door onze vaste medewerker Eva de Vries", "by the
    # editorial board of the Courier", "By NBC News and wire services")
    return len(name) >= SENTENCE_NAME_WORDS and sum(w[0].islower() for w in name) >= LOWER_WORDS \
        and not _JOB_TITLE.search(first) and not _credit_word(first)


def _credit_word(text: str) -> bool:
    """Whether a line names a desk's or a wire's word of a credit ("editorial board", "news staff", "wire services",
    "redactie", "التحرير": the phrase lists' ``credit_word``)."""
    return phrase_sets()["credit_word"].contains.search(match_key(text)) is not None


def name_under_label(label: str, text: str, feats: Features) -> str | None:
    """The name on the line under a byline's label that stands alone ("By" / "Long Zheng", "— By" / …, "Door" / "Eva
    de Vries", "بقلم" / "سامي يوسف"), or None: a lone name (`lone_name`), in no phrase category and no sentence."""
    if not has_byline_prefix(label) or strip_byline_label(label) or feats.categories or feats.terminal:
        return None
    name = text.strip()
    return name if lone_name(name, feats) else None


def lone_name(text: str, feats: Features) -> bool:
    """A name alone on its line, where a label promises one (a byline's "By" / "Door" / "بقلم", a column's "Column" /
    "رأي"): two to four capitalised name words (`is_name_like`: "Eva de Vries", and a desk's "Editorial Board" too),
    or, on an Arabic line (no case to look at), a `person_name` ("سامي يوسف", "د. سامي يوسف") or a desk
    (`is_desk_credit`: "هيئة التحرير"), with no colon, bar, dash or comma in it (a label's colon, a place before the
    name: "دبي - محمد الشامسي"). One test for both callers, metadata.name_under_label and columnname.column_author."""
    if is_name_like(text, feats):
        return True
    name = text.strip()
    return feats.arabic and (person_name(name) or is_desk_credit(name)) and not any(ch in name for ch in ":|-،,")


#: a reading-time widget that shares the byline's line ("Nadia Brooks 5 min read", "3 min leestijd", "Leestijd 3
#: minuten", "Reading time: 4 minutes", "مدة القراءة: 3 دقائق", "3 دقائق قراءة")
_MINUTES = r"\d{1,3}\s*(?:min(?:ute)?s?|minuten|minuut|دقائق|دقيقة|د)\.?"
_READING_TIME = re.compile(
    rf"(?<!\w)(?:{_MINUTES}\s*(?:read|leestijd|lezen|قراءة|للقراءة)|(?:reading time|read time|leestijd|"
    rf"مدة القراءة|وقت القراءة)\s*:?\s*{_MINUTES})(?!\w)", re.IGNORECASE)
#: a byline's parts run together by a dump of minified markup, where each stood in an element of its own: "Rachel
#: NguyenJune 15, 2026 1:05 PM UTC4 min read", "Lotte Visser18 maart 2025". A space goes where a name's small
#: letter meets a capitalised month with its day and year, a letter meets a day with its month and year, or a letter
#: meets a reading time's minutes (shapes no name has: "Anna McMay 3" stays)
_GLUED_PARTS = re.compile(
    rf"(?-i:(?<=[a-zà-ÿ])(?=[A-Z]))(?=(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?!\d))"
    rf"|(?<=[^\W\d_])(?=\d{{1,2}}(?:st|nd|rd|th|e)?\.?\s+(?:{MONTH_PATTERN})\.?,?\s+\d{{4}}(?!\d))"
    rf"|(?<=[^\W\d_])(?={_MINUTES}\s*(?:read|leestijd|lezen)\b)", re.IGNORECASE)
#: a photographer's credit beside the author ("Tekst: Anouk Visser | Foto's: Bram de Jong", "Photos: Tom Hale",
#: "تصوير: سامي يوسف"): a byline part of its own, never part of the author's name
_PHOTO_CREDIT = re.compile(r"^\s*(?:photos?|pictures?|photography|foto'?s|fotografie|beeld|تصوير|الصور|صور)\s*:",
                           re.IGNORECASE)


def photo_credit(text: str) -> bool:
    """Whether the text opens with a photographer's credit label ("Foto's:", "Photos:", "تصوير:", `_PHOTO_CREDIT`)."""
    return _PHOTO_CREDIT.match(text) is not None


#: how long ago a post went up, beside its author ("u/throwaway_grid 6 hr. ago", "3 uur geleden", "منذ 5 ساعات"):
#: meaningless once the page is saved, and never part of the name
_AGO = re.compile(
    r"(?<!\w)(?:\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|hr|h|days?|d|weeks?|wks?|w|months?|mo|years?|yrs?|y)"
    r"\.?\s+ago|\d{1,3}\s*(?:seconden|seconde|minuten|minuut|min|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden"
    r"|منذ\s+\d{1,3}\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|ايام|أيام|اسبوع|أسبوع|اسابيع|أسابيع|شهر|اشهر|أشهر))(?!\w)",
    re.IGNORECASE)
#: a post's comment counter beside its author ("Scott Ember 0 Comments", "Tripp Lane 2 Comments »", "Eva Jansen 3
#: reacties", "سامي يوسف 4 تعليقات", "Cory Lane Discuss (0)"): the page's furniture, never part of the name (a bar
#: after it goes with it: the parts either side of it stay apart by the bar before it)
_COMMENT_COUNT = re.compile(r"(?<!\w)(?:\d{1,5}\s+(?:comments?|responses?|replies|reacties|reactie|تعليقات|تعليق)(?!\w)\s*[»›]?"
                            r"|(?:discuss|comments?|reacties|reageer)\s*\(\d{1,5}\))(?:\s*[|•·](?=\s))?", re.IGNORECASE)
#: a social media handle beside the author's name ("Kim Blake @kimblake", "(@areedfashion)", "Alissa Reed@alissar"),
#: not an e-mail address ("akator@example.com" goes on with a dot)
_HANDLE = re.compile(r"\s*\(?@[A-Za-z0-9_]{1,30}\)?(?![\w.@])")
#: an e-mail address's domain ("@heraldcorp.com"): a byline's part that holds one has the author's address after the
#: name ("By Choi Jae-hee (cjh@heraldcorp.com)"), which `ADDRESS_AFTER_NAME` takes off; a handle has no dot after its
#: "@" ("Alissa Reed@alissar" keeps its name)
_MAIL_DOMAIN = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
#: a word or a mark left dangling at a byline's end, where the date or the link after it was not dumped ("… posted",
#: "… on", "… //", "… geplaatst", "… op")
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_DANGLING = re.compile(r"(?<!\s)\s+(?:posted|on|geplaatst|op|//|/)\s*$", re.IGNORECASE)
#: "Posted on April 14, 2024 by Helen Marsh": a blog's date, then its author behind "by"
#: (the white space after the comma is tried only with the comma: one pass over a long run, not one per split)
_AUTHOR_AFTER_DATE = re.compile(r"^\s*(?:,\s*)?(?:by|door|بقلم|بواسطة)\s+(?=\S)", re.IGNORECASE)


#: a weekday at the end of a byline's part, before its date ("… vr", "… Wed,", "… الأربعاء،": an Arabic alef in any form)
_TRAILING_DAY = re.compile(rf"\s(?:{WEEKDAY_PATTERN.replace('ا', '[اأإآ]')})\.?[,،]?\s*$", re.IGNORECASE)


def _day_dropped(found: re.Match) -> str:
    """A weekday before a byline's date goes when it is written out ("Tuesday") or in lower case ("vr", "wo"): a
    capitalised "Sun" or "Do" may be the author's surname."""
    word = found.group(0).strip(" .,")
    return "" if len(word) > 3 or word.islower() else found.group(0)
#: the word that joins an author to the date after it ("… Anna Brooks on 2 March 2024", "… Piet op 3 maart", "… في")
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_TO_DATE = re.compile(r"(?<!\s)\s+(?:on|op|om|at|في|يوم)\s*$", re.IGNORECASE)
#: a post's clock time after its author, with the words that join it: Blogger's "Posted by Morag Keddie at 2:30 PM",
#: "Geplaatst door Piet de Vries om 14:30", "نشر بواسطة أحمد الخطيب في الساعة 14:30", "Emily Temple. Posted on 1:00
#: pm": a time, never part of the name
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_TIME_AFTER_AUTHOR = re.compile(
    r"(?<!\s)\s+(?:(?:posted|published|updated|geplaatst|gepubliceerd|نشر)\s+)?(?:(?:on|at|om|op|@|في|الساعة)\s+){0,2}"
    r"(?P<time>" + _TIME.pattern + r")\s*$", re.IGNORECASE)


def byline_time(text: str) -> str | None:
    """The clock time a byline states after its author and no date beside it ("Posted by Morag Keddie at 2:30 PM":
    "2:30 PM"): the time of the page's date, which a date line elsewhere states without one (normalise_text)."""
    if len(text) > DATE_LINE_MAX_CHARS or DATE.search(key := date_key(text)) or _DAY_MONTH.search(key):
        return None  # the time of a date the byline states itself ("Updated November 18 at 4:46 PM")
    found = _TIME_AFTER_AUTHOR.search(text)
    return found.group("time") if found else None


def with_time(stated: str | None, clock: str | None) -> str | None:
    """A stated date with a byline's clock time (`byline_time`) after it, when the date has a day and no time of its
    own ("Saturday, 14 November 2026" + "2:30 PM"); any other `stated` as it is."""
    if not stated or not clock or len(stated) > DATE_LINE_MAX_CHARS or _TIME.search(stated):
        return stated
    found = DATE.search(date_key(stated))  # a month and year alone ("November 2026") names no day to give a time
    return f"{stated}, {clock}" if found and _DAY_NUMBER.search(found.group()) else stated


def _furniture(part: str) -> bool:
    """A byline's part that the phrase lists know as page furniture ("Permalink", "0 Comments", "Share"), not as a
    byline or its date: never part of the author's name."""
    found = categories_of(part, len(part.split()))
    return bool(found) and not {"byline", "date"} & set(found)


def only_date_words(text: str) -> bool:
    """Nothing but a date line's own words and a weekday ("Posted:", "Gepubliceerd op", "Tuesday,", "vr", "Updated")."""
    return not _DAY.sub("", _DATE_WORDS.sub("", text)).strip(" ,:|-•·")


#: an author's follow button glued to the byline's end, with the widget's hidden texts ("By Sam Sokol Follow You will
#: receive email alerts from this author. Manage alert preferences on your profile page", WordPress VIP's live blogs;
#: "Door Eva Smit Volgen"): the button's word capitalised, as a button prints it, then only the widget's sentences
#: (each bounded: linear)
_FOLLOW_WIDGET = re.compile(
    r"\s+(?-i:Follow|Volg|Volgen)(?:\s+(?:you will (?:no longer )?receive (?:e-?mail )?alerts from this author"
    r"|manage (?:e-?mail )?alert preferences on your profile(?: page)?|unfollow)\.?)*\s*$", re.IGNORECASE)


def without_follow_widget(text: str) -> str:
    """A byline without the author's follow button glued to its end (`_FOLLOW_WIDGET`): "By Sam Sokol Follow You will
    receive email alerts …" -> "By Sam Sokol"."""
    return _FOLLOW_WIDGET.sub("", text)


def split_byline(text: str) -> tuple[str | None, str | None]:
    """A byline line's author and date: "By Jane Doe | March 4, 2024" -> ("Jane Doe", "March 4, 2024"); "Posted on
    April 14, 2024 by Helen Marsh" -> ("Helen Marsh", "April 14, 2024"). A job after a semicolon ("Sam Keller;
    Political Correspondent") or a comma ("Tom Whitlock, Sports Reporter at Ferris Park": `_name_without_role`) and a
    post's age ("6 hr. ago") are no part of the name. A dateline's place before the date ("Alkmaar, 4 december 2026
    09:15 · Lisa de Boer") is the byline only when no other part names the author ("Alkmaar Lisa de Boer" read as
    one person), and a job in a part of its own after the author's ("Jane Doe | Political Correspondent") is none."""
    author_parts, date, agencies = [], None, []
    places: list[str] = []  # a date line's place: the author only when no other part names one
    text = without_follow_widget(text)
    text = _GLUED_PARTS.sub(" ", text)
    text = _COMMENT_COUNT.sub(" ", text)
    for part in _SEPARATORS.split(_AGO.sub(" ", _READING_TIME.sub(" ", text))):
        part = part.strip(" ,")
        if _MAIL_DOMAIN.search(part):
            # "By Jane Doe, jane.doe@paper.com", "Door Jan de Vries (j.devries@krant.nl)": the author's address is
            # how to write to them, no part of the name (a part that is the address alone goes)
            part = ADDRESS_AFTER_NAME.sub("", " ".join(part.split())).strip(" ,،")
        if agency_only(part):
            # "Door onze redactie / ANP": the desk's agency, said after it; with no name beside it ("2 december 2026
            # 14:30 · ANP") the agency is the byline (the phrase lists know it as a photo's credit: checked first)
            agencies.append(part.strip("()[] "))
            continue
        if not part or only_date_words(part) or _PHOTO_CREDIT.match(part) or _furniture(part) \
                and not is_desk_credit(part):
            # "Updated" left of a post's age, a photographer's credit, "Permalink": no part of the name ("Redactie",
            # a menu's word too, is the desk's credit here)
            continue
        if author_parts and is_job_title(part) and not is_desk_credit(part) and not has_byline_prefix(part) \
                and is_job_title(_NAME_COMMA.split(part)[0]):
            # "Jane Doe | Political Correspondent": the job after the name ("BS Reporter / New Delhi" stays); a part
            # that names a co-author before the job ("Jane Doe | Tom Hale, Correspondent") is no job alone
            continue
        if date is not None and author_parts and _category_list(part):
            # "by Maria Kessler | Nov 18, 2026 | Infrastructure, Shipping": a blog's meta row names the post's
            # categories after its date; they are no author
            continue
        if author_parts and _place_part(part):
            # "حوار: ليلى حداد | عمّان | 2026/12/02", "Door Lotte Visser | Utrecht": the place after the name
            places.append(part)
            continue
        inner = DATE.search(part) if date is None else None
        head = part[:inner.start()] if inner else ""
        after = _AUTHOR_AFTER_DATE.match(part[inner.end():]) if inner else None
        dated = date_in(part[:inner.end()]) if after and only_date_words(head) else None
        if dated:
            date = dated
            author_parts.append(part[inner.end() + after.end():])
            continue
        # "Lotte Visser 18 maart 2025, 08:05": the date follows the name with no separator between them (a date
        # line's own words before it, "Published", "Gepubliceerd op", are no name)
        tail = date_in(part[inner.start():]) if inner and not only_date_words(head) else None
        if tail:
            # "Anna de Prijs vr 7 mrt 2025": the weekday before the date is no part of the name; "Rhys Evans Wed,
            # 06/03/2026" (a CMS's name and date run together): a short capitalised one neither, when it is the
            # date's day in a reading of it (`weekday_agrees`), and it stays with the date, where it tells which
            # reading of a date whose day and month could swap is meant
            day = _TRAILING_DAY.search(head)
            date, part = tail, head
            if day and (not _day_dropped(day) or weekday_agrees(day.group(0), tail)
                        or day.group(0).rstrip().endswith((",", "،"))
                        and len(strip_byline_label(head[:day.start()]).split()) >= 2):
                # (one that is no day of the date, a comma after it and a name of two words before it, "Rhys Evans
                # Mon, 06/03/2026", is a weekday all the same, which then leaves the date unread: the page contradicts
                # itself. "By Li Sun, 06/03/2026" keeps its surname)
                date, part = f"{day.group(0).strip()} {tail}", head[:day.start()]
            part = _TO_DATE.sub("", part.strip(" ,-|"))
            if head.rstrip().endswith((",", "،")) and not has_byline_prefix(head):
                # "Alkmaar, 4 december 2026 09:15": a dateline's place (or a name: "Lotte Visser, 18 maart 2025"
                # with no other part stays the byline; "by Elena Yatzeck, 19 October 2012 | The Blog" is the name)
                places.append(part)
                continue
        elif date is None and (whole := date_in(part)):
            date = whole
            continue
        author_parts.append(part)
    # a page's label is no author, alone ("Eredivisie Voetbal", "Email Article", "Locatie Zwolle") or beside the name
    # ("By Jane Doe | Print Story"); a desk's credit with a section's word stays ("Redactie Voetbal"), and so does an
    # outlet the name is credited to ("By Luis Ferrante | Inland Water Report": bylinelabel.py)
    author_parts = [kept for p in author_parts if (kept := _without_labels(p))]
    # a date line's place is the byline only when nothing else names who wrote the story: an agency does ("Amsterdam,
    # 3 december 2026 11:20 · ANP": "ANP")
    author_parts = author_parts or ([] if agencies else places)
    author = strip_byline_label(" ".join(author_parts)) if author_parts else None
    if len(author_parts) > 1:
        # "By Jane Doe, Editor | Tom Hale, Reporter", "By Jane Doe | Tom Hale": co-authors, each name without its
        # job, the names kept apart (run together, "Jane Doe Tom Hale" would read as one person); so is an outlet
        # after the name ("By Luis Ferrante | Inland Water Report": "Luis Ferrante, Inland Water Report", as an
        # agency is written after it)
        names = [_name_without_role(strip_byline_label(p) if i == 0 else p) for i, p in enumerate(author_parts)]
        if all(person_name(name) for name in names):
            author = joined_names(names)
    if author:
        # "Morag Keddie at 2:30 PM", "Larry Dignan @ 5:56 am": the post's time, no part of the name
        author = _TIME_AFTER_AUTHOR.sub("", author).rstrip(" ,;|-") or author
        # "Kim Blake @kimblake", "Alyson Reed (@areedfashion)": the author's handle beside the name; "Jon Fingas
        # posted", "Lee Odden on", "Ed Silverman //": a word or mark whose date or link the dump left out
        author = _DANGLING.sub("", _HANDLE.sub("", author)).strip() or author
    if author and date:
        # "Posted by Anna Brooks on 2 March 2024", "Geplaatst door Piet op 3 maart": the word that led to the date
        author = _TO_DATE.sub("", author)
    if author and ";" in author:
        author = author.split(";")[0].strip(" ,")  # a name never holds a semicolon: what follows is a job or a note
    if author:
        author = _name_without_role(_GUEST_TAIL.sub("", without_footnote_mark(author)) or author)
    if author and agencies:
        author = ", ".join([author] + [a for a in agencies if a.casefold() not in author.casefold()])
    elif agencies:
        author = ", ".join(agencies)
    return (author or None), date


def _without_labels(part: str) -> str:
    """A byline's part without the page's labels among its comma's pieces ("Sports Section Sponsors, AP" -> "AP";
    "Eredivisie Voetbal" -> ""): bylinelabel.label_not_name; a desk's credit is none ("Redactie Voetbal")."""
    if is_desk_credit(strip_byline_label(part)):
        return part
    if has_byline_prefix(part) and "," not in part and person_name(strip_byline_label(part)):
        return part  # "By Marta Font", "By My Pham": the page names its author, whose name may be a label's word
    pieces = _NAME_COMMA.split(part)
    if not any(label_not_name(strip_byline_label(q)) for q in pieces):
        return part
    # the rest beside a label is kept only where it names someone: the part's head, which the byline opens with
    # ("Posted by Matt Demers in Game Reviews, Games, Reviews"), a person, an agency, a desk ("Article Tools, AP";
    # "Boosting Results, Efficiently" names nobody)
    return ", ".join(q for k, q in enumerate(pieces) if not label_not_name(strip_byline_label(q)) and (
        k == 0 or person_name(strip_byline_label(q)) or agency_only(q) or is_desk_credit(q)))


def _category_list(part: str) -> bool:
    """A byline's part after the date that lists a post's categories ("Infrastructure, Shipping", "أخبار محلية، بيئة"):
    two or more comma pieces, not all of them a person's name (co-authors after the date, "Jane Doe, Tom Hale", stay),
    and none an agency or a desk's credit ("Reuters, AP")."""
    pieces = [q for q in _NAME_COMMA.split(part) if q]
    return len(pieces) >= 2 and not all(person_name(q) for q in pieces) \
        and not any(agency_only(q) or is_desk_credit(q) or has_byline_prefix(q) for q in pieces)


def _place_part(part: str) -> bool:
    """A byline's part after the author's that is one word and nothing that names a person or desk: the place the
    story comes from ("Utrecht", "LONDON", "عمّان"; a second author is a name of two words or more, a desk's credit
    "Redactie" and a label "Door …" stay the caller's)."""
    words = part.split()
    return len(words) == 1 and words[0][:1].isalpha() and not DATE.search(part) and not is_desk_credit(part) \
        and not has_byline_prefix(part)


#: a job's place or employer after it ("Sports Reporter at Ferris Park", "verslaggever bij de Volkskrant", "مراسلة في
#: بيروت"): not counted in the job's words
_JOB_AT = re.compile(r"(?<!\s)\s+(?:at|in|for|from|with|bij|voor|uit|te|op|في|من|لدى|ل)\s+\S.*$", re.IGNORECASE)
#: the comma between a name and the job after it ("Tom Whitlock, Sports Reporter", "سارة الخطيب، مراسلة")
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_NAME_COMMA = re.compile(r"(?:(?<!\s)\s+)?[,،]\s*")


def _name_without_role(author: str) -> str:
    """The person a byline names, without the job written beside the name: before it ("onze verslaggever Ruben
    Jansen", "our Local Democracy Reporter, Chris Appleby", "مراسلنا محمد علي") or after it behind a comma ("Tom
    Whitlock, Sports Reporter at Ferris Park", "Ruben Jansen, verslaggever", "سارة الخطيب، مراسلة الشؤون
    الاقتصادية"): the byline says who wrote the story, as an HTML page's author does (pageauthor.py). The role alone
    ("onze verslaggever", "مراسلنا في القاهرة"), a name with an agency or a second name after the comma ("Jane Doe,
    Reuters", "Anna Price, Tom Hale") and any other byline stay as they are; a co-author after the job stays too."""
    found = _OUR_ROLE.match(author) or _OUR_ROLE_AR.match(author)
    if found is not None and person_name(found.group("name")):
        author = found.group("name")
    parts = _NAME_COMMA.split(author)
    if len(parts) > 1 and (person_name(parts[0]) or _honoured_person(parts[0])) and _role(_JOB_AT.sub("", parts[1])):
        # a co-author after the job, behind "and" ("John Smith, Chief Political Correspondent, and Jane Doe") is
        # kept; a part without it is the employer or a place ("Sean Silverthorne, Editor, HBS Working Knowledge")
        names = [parts[0]]
        for part in parts[2:]:
            named = _LEADING_AND.sub("", part)
            if named != part and not is_job_title(_JOB_AT.sub("", named)) and person_name(named):
                names.append(named)
        return joined_names(names)
    return _name_before_credit(author)


#: the most words of a name that a job or an agency follows with no separator ("Grace Adeyemi Local Democracy
#: Reporter", "LUIS MEDRANO Associated Press")
_RUN_ON_NAME_MAX = 4


def _name_before_credit(author: str) -> str:
    """A byline whose name runs on into a job or an agency with no separator between them, as a regional site or a
    wire copy prints it: the job goes ("Grace Adeyemi Local Democracy Reporter" -> "Grace Adeyemi"), the agency is
    the credit, written as a byline credits one ("LUIS MEDRANO Associated Press" -> "Luis Medrano, Associated
    Press"; "JESSICA MINTZ AP Technology Writer" -> "Jessica Mintz, AP"); a name in capitals beside either is
    re-cased, as the page's shouting is no part of it. The shortest name that leaves a whole job or agency is taken.
    A desk's credit stays as it is ("Washington Post Editors", "The Hollywood Reporter", "OUR SPECIAL CORRESPONDENT":
    a plural job, or an article or pronoun where a name would start), and so does any other byline."""
    words = author.split()
    if not words or words[0].casefold() in _DESK_START:
        return author
    credited = _for_credit(author)
    if credited is not None:
        return credited
    if _GLUED_WORD.search(author):
        return author
    for k in range(2, min(_RUN_ON_NAME_MAX, len(words) - 1) + 1):
        name, rest = " ".join(words[:k]), " ".join(words[k:]).strip("()[] ")
        if not rest or not person_name(name) or words[k - 1].islower() \
                or any(w.casefold() in _AND_WORDS or w.casefold() in _WITH_WORDS for w in words[:k]):
            # ("Eva de | Vries verslaggever": a name ends on its surname; "HERB KEINON AND | AP": two credits;
            # "يورونيوز مع | أ ف ب", "Euronews with | AFP": the outlet with its agency, one credit as written)
            continue
        if agency_only(rest):
            return joined_names([_recased(name), rest])
        if (outlet := glued_outlet(rest)) is not None:
            # "Bill Melugin Fox News", "Dana Reyes CNN": a known outlet, credited as an agency is ("By Mark Fox", "By
            # Emily Post": no outlet is left behind the name, which stays whole)
            return joined_names([_recased(name), outlet])
        # the job's noun ends it in a Latin script ("Local Democracy Reporter") and opens it in Arabic ("مراسلة
        # الشؤون الاقتصادية"): a surname that is a job's word ("Tom Page") leaves no such job behind it
        noun = rest.split()[-1] if _cased(rest) else rest.split()[0]
        if not (is_job_title(rest) and is_job_title(noun)):
            continue
        if _cased(noun) and noun.casefold().endswith("s") and is_job_title(noun[:-1]):
            return author  # "Washington Post Editors": a plural job, a desk's credit
        rest_words = rest.split()
        agency = next((" ".join(rest_words[:j]) for j in range(len(rest_words) - 1, 0, -1)
                       if agency_only(" ".join(rest_words[:j]))), None)
        return joined_names([_recased(name), agency]) if agency else _recased(name)
    return author


#: a credit after the name behind "For" ("Rebecca Thorne For Mailonline", "By Jan Smit For The Daily Telegraph", Mail
#: and syndicated copy): the name, then the outlet, which opens with a capital (bounded: linear)
_FOR_CREDIT = re.compile(r"^(?P<name>\S+(?:\s\S+){1,3})\s+(?:For|for|FOR)\s+(?P<outlet>[A-Z0-9]\S*(?:\s\S+){0,5})$")
#: the words an outlet's name may hold in lower case between its capitalised ones ("The Mail on Sunday")
_OUTLET_JOINS = frozenset({"of", "on", "the", "and", "&", "de", "het", "van", "voor"})


def _for_credit(author: str) -> str | None:
    """A "For <outlet>" credit after the name written as a byline credits an outlet, after a comma ("Rebecca Thorne
    For Mailonline" -> "Rebecca Thorne, MailOnline"; "Tom Hale For Reuters" -> "Tom Hale, Reuters"): the name is who
    wrote the story, the outlet whom for, as "Luis Ferrante, Inland Water Report" keeps it. The outlet is a known one
    (its own spelling) or capitalised words ("For Amnesty International"); "Jane Doe for now" is none. None when the
    byline has no such credit."""
    found = _FOR_CREDIT.match(author)
    if found is None or not person_name(found.group("name")):
        return None
    outlet = found.group("outlet")
    known = known_outlet(outlet) or (outlet if agency_only(outlet) else None)
    if known is None and not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _OUTLET_JOINS
                                 for w in outlet.split()):
        return None
    return joined_names([_recased(found.group("name")), known or outlet])


#: a byline that opens with an article or a pronoun is a desk's or an outlet's credit, no person's ("The Hollywood
#: Reporter", "A Photo Editor", "OUR SPECIAL CORRESPONDENT", "Onze correspondent")
_DESK_START = frozenset({"the", "a", "an", "our", "your", "de", "het", "een", "onze", "ons"})
#: "and" between two credits ("HERB KEINON AND AP")
_AND_WORDS = frozenset({"and", "en", "&"})
#: "with" between an outlet and its agency ("Euronews with AFP", "يورونيوز مع أ ف ب": Arabic has no case, so "مع"
#: passed as a name's word and the byline came out "يورونيوز مع، أ ف ب")
_WITH_WORDS = frozenset({"with", "met", "مع"})
#: a word glued to the next one by a lost separator ("Meg JamesStaff Writer"): the job's start is not where a word
#: ends, so nothing is cut ("McDonald", "DeShawn", "MacLeod" have fewer small letters before the capital)
_GLUED_WORD = re.compile(r"[a-z]{3}[A-Z]")


def _recased(name: str) -> str:
    """A name in capitals written as a name is ("LUIS MEDRANO" -> "Luis Medrano", "SEAN O'NEIL-BRADY" -> "Sean
    O'Neil-Brady"); any other as it is."""
    if not name.isupper():
        return name
    return re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), name)


#: an expert's role, written after the name by a column that answers readers' questions or quotes a guest writer ("Priya
#: Shah, Consumer Rights Expert", "Lotte Visser, arbeidsjurist", "سارة الخطيب، خبيرة اقتصادية"): a job, but no
#: reporter's (`_JOB_TITLE`, which other callers ask about a reporter alone). Dutch writes the field in front as one
#: word ("arbeidsjurist", "belastingadviseur"); Arabic in a man's and a woman's form
_EXPERT_ROLE = re.compile(
    r"(?<!\w)(?:expert|specialist|lawyer|solicitor|attorney|adviser|advisor|consultant|professor|lecturer|researcher|"
    r"economist|scientist|doctor|planner|therapist|nutritionist|"
    r"\w*(?:expert|specialist|jurist|advocaat|adviseur|deskundige|onderzoeker|econoom|hoogleraar|docent|"
    r"therapeut|planner)|"
    r"خبير|خبيرة|محام|محامي|محامية|استاذ|أستاذ|أستاذة|استاذة|باحث|باحثة|طبيب|طبيبة|مستشار|مستشارة|أخصائي|أخصائية|"
    r"اخصائي|اخصائية)s?(?!\w)", re.IGNORECASE)
#: a role written in lower case after the name's comma ("Priya Shah, consumer rights expert", "Tom de Wit,
#: hoofdredacteur"): Latin-script words with no capital, as no name, place, paper or agency is written
_LOWER_ROLE = re.compile(r"^[a-z\u00df-\u00f6\u00f8-\u00ff][a-z\u00df-\u00f6\u00f8-\u00ff'’-]*"
                         r"(?: [a-z\u00df-\u00f6\u00f8-\u00ff][a-z\u00df-\u00f6\u00f8-\u00ff'’-]*){0,4}$")


#: a role after a name is at most this long (a job of JOB_TITLE_MAX_WORDS words): the patterns scan no more
ROLE_MAX_CHARS = 80


def _role(part: str) -> bool:
    """Whether a byline's part after the name's comma is the person's job, not a second name, an agency or a place: a
    reporter's job (`is_job_title`: "Food Editor", "مراسلة"), an expert's (`_EXPERT_ROLE`: "Consumer Rights Expert",
    "خبيرة اقتصادية"), or a few words in lower case (`_LOWER_ROLE`: "consumer rights expert", "arbeidsjurist"); a
    job of JOB_TITLE_MAX_WORDS words at most."""
    part = part.strip()
    if len(part) > ROLE_MAX_CHARS:
        return False
    return is_job_title(part) or len(part.split()) <= JOB_TITLE_MAX_WORDS and (
        _EXPERT_ROLE.search(part) is not None or _LOWER_ROLE.match(part) is not None)


def _honoured_person(name: str) -> bool:
    """A person's name behind an academic or professional title ("mr. Lotte Verbeek", "Dr Jane Doe", "د. سامر
    الحسيني"): the title is the page's way of naming the person, kept; the name after it is a person's."""
    return _HONORIFIC.match(name) is not None and person_name(without_honorific(name))


def joined_names(names: list[str]) -> str:
    """A byline's names in a list, with the comma of their script ("Jane Doe, Tom Hale", "سارة الخطيب، محمد علي")."""
    return (", " if _cased(names[0]) else "، ").join(names)


#: the "and" before a byline's last name ("…, and Jane Doe", "…, en Eva de Vries", "…، ومحمد علي"). Arabic writes it
#: on the word: taken off a first word of five letters or more only, as names open with و too (وليد, وائل, وفاء)
_LEADING_AND = re.compile(r"^(?:(?:and|en|&)\s+|و\s*(?=\w{4}))", re.IGNORECASE)


def is_dated_byline(text: str) -> bool:
    """A byline with its date, without a label the phrase lists know: a blog's "Posted on April 14, 2024 by Helen
    Marsh" ("Posted: Tuesday, 18 February 2025 by Claire Dunmore", "Geplaatst op 3 maart 2024 door …": a date line,
    its own words and weekday before the date at most, with the author behind "by" after it), or parts between
    separators that are the author and the date ("Published: 07/03/2025 | Author: Rick Miller", "Anna Price and Tom
    Hale | March 4, 2025", "Anna Price • Updated 5 hours ago"); `split_byline` takes either apart."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return False
    inner = DATE.search(text)
    if inner is not None and _AUTHOR_AFTER_DATE.match(text[inner.end():]) is not None \
            and only_date_words(text[:inner.start()]):
        return True
    return _author_and_date_parts(text) or _name_then_date(text)


#: what may follow the date on such a line: its time of day at most
_CLOCK_TAIL = re.compile(r"[\s,|·-]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:uur|u|h|am|pm))?)?[\s.]*", re.IGNORECASE)


def _name_then_date(text: str) -> bool:
    """A reporter's capitalised name, then a relative date with no separator between, to the line's end ("Tom Claes
    Gisteren om 19:48", "Jane Doe Yesterday at 09:12": an author element beside a time element, copied as one line).
    The name is a person's (`person_name`, no phrase list's word: `is_name_like`) in a script with case: an Arabic
    line's words before a date may be a label's ("آخر تحديث"), which nothing tells from a name. Only a relative
    date: before a calendar date a section's or a paper's name stands as often ("The Consumer 6 November 2012",
    "Times Online 5 May 2006" on the eval pages), and the page's real byline follows."""
    found = next((m for m in DATE.finditer(text) if m.lastgroup == "relative"), None)
    if found is None or not _CLOCK_TAIL.fullmatch(text[found.end():]):
        return False
    name = text[:found.start()].strip()
    return bool(name) and _cased(name) and not only_date_words(name) and person_name(name) \
        and is_name_like(name, line_features([Line(name)])[0])


#: a byline of parts has at most this many ("Door Sem Verhoeven · 3 april 2025 · Leestijd 3 minuten")
BYLINE_MAX_PARTS = 4
#: names joined in one byline part: "Anna Price and Tom Hale", "Eva de Vries en Piet Bos", "Anna Price & Tom Hale"
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_AND = re.compile(r"(?:(?<!\s)\s+)?(?:,|&|\band\b|\ben\b)\s*")


def _author_and_date_parts(text: str) -> bool:
    """Parts between separators: one names the author (a byline label and a name, a person's name, a desk or a news
    agency: "2 december 2026 14:30 · ANP", "Reuters | 2 December 2026", "3 ديسمبر 2026 | رويترز") and every other
    one is a date, a post's age or its update note, or a reading time (one of them at least), or a photographer's
    credit."""
    parts = [p.strip(" ,") for p in _SEPARATORS.split(text) if p.strip(" ,")]
    if not 2 <= len(parts) <= BYLINE_MAX_PARTS:
        return False
    authors = stamps = 0
    for part in parts:
        if date_in(part) is not None or (_AGO.search(part) or _READING_TIME.search(part)) \
                and only_date_words(_AGO.sub(" ", _READING_TIME.sub(" ", part))):
            stamps += 1
        elif only_date_words(part) or _PHOTO_CREDIT.match(part):
            continue  # beside the author, but no sign of a byline alone: "Thurs", "Beeld: ANP / Rob Engelaar"
        elif has_byline_prefix(part) and not any(ch.isdigit() for ch in part) or _names(part) or is_desk_credit(part) \
                or agency_only(part):
            authors += 1  # a news agency beside the date is the story's credit ("2 december 2026 14:30 · ANP")
        else:
            return False
    return authors == 1 and stamps >= 1


def _names(text: str) -> bool:
    """One or more people's names: "Anna Price", "Anna Price and Tom Hale" (each a `person_name`; Arabic has no case,
    so an Arabic part is a name only behind its label), none opening with a word no name has ("About", "The") nor
    ending in a menu item."""
    names = [n for n in _AND.split(text) if n]
    return bool(names) and not text.isupper() and all(
        _cased(n) and person_name(n) and match_key(n.split()[0]) not in _NOT_NAME_START | _NOT_NAME_FIRST
        and not menu_word(n.split()[-1])
        for n in names)


#: a first word no person's name has: "In Depth | 24 July 2012", "The Paleofuturist | 13 July 2012" are a section's
#: or a column's name beside a date
_NOT_NAME_FIRST = frozenset({"the", "a", "an", "in", "on", "at", "of", "for", "to", "with", "from", "our", "my", "your",
                             "this", "het", "een", "onze", "mijn", "uit"})


#: a name behind an academic or professional title ("Dr Helen Marsh", "prof. dr. Eva de Vries", "د. سامر الحسيني"):
#: a columnist's name, which opinion pages print above the headline
#: ("Dr", "Prof", "Mr" without their dot too, as British papers print them; "ir.", "ing.", "drs." only with it: "ING Bank")
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr)\.?|(?:drs|ir|ing)\.|professor|sir|dame|د\.|أ\.\s?د\.|الدكتور|الدكتورة)\s",
                        re.IGNORECASE)
#: an honoured name has at most this many words, its title included
HONOURED_NAME_MAX_WORDS = 5


def is_honoured_name(text: str, feats: Features) -> bool:
    """A person's name behind an academic or professional title, on its own line (see _HONORIFIC)."""
    if feats.terminal or feats.categories or not 2 <= feats.words <= HONOURED_NAME_MAX_WORDS:
        return False  # (the word count first: the digit scan below is a Python loop over every character)
    if any(ch.isdigit() for ch in text) or not _HONORIFIC.match(text):
        return False
    rest = _HONORIFIC.sub("", text).split()
    return feats.arabic or all(_NAME_WORD.match(w) for w in rest)


def without_honorific(name: str) -> str:
    """A person's name without the title in front of it ("mr. Lotte Verbeek" -> "Lotte Verbeek"; see _HONORIFIC)."""
    return _HONORIFIC.sub("", name.strip()) or name


#: first words of short capitalised headings that are never a person's name ("About Acme Robotics",
#: "Over ANP", "عن الشركة" has no case and never gets here)
_NOT_NAME_START = frozenset({"about", "over", "contact", "media", "press"})


#: a footnote's mark after a byline's name ("Kwame Asante*", "Eva de Vries†"): the note under the story says who the
#: writer is ("*Kwame Asante is freelance journalist in Accra."); the mark is no part of the name
_FOOTNOTE_MARK = re.compile(r"(?<=\w)\s?[*†‡]{1,3}$")


def without_footnote_mark(text: str) -> str:
    """A name without the footnote mark after it ("Kwame Asante*" -> "Kwame Asante")."""
    return _FOOTNOTE_MARK.sub("", text.rstrip())


def is_name_like(text: str, feats: Features) -> bool:
    """Looks like a person's name on its own line: 2-4 capitalised words, no digits, not a sentence."""
    if feats.terminal or feats.arabic or any(ch.isdigit() for ch in text) or feats.categories:
        return False
    words = without_footnote_mark(text).replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    if match_key(words[0]) in _NOT_NAME_START:
        return False  # "About Acme Robotics", "Media Contact": a heading, not a person
    not_name = phrase_sets()["not_name_word"].exact
    if any(match_key(w) in not_name for w in words):
        # "Most Viewed Articles", "Pin It", "Meest Gelezen Artikelen": a list's heading or a button, not a person (a
        # heading of such words under the headline was taken for its byline)
        return False
    if menu_word(words[-1]):
        return False  # "UK Politics", "World News": a section's name, not a person
    if in_group(text, len(words), "tool_label") or in_group(text, len(words), "release_label"):
        # "Search Reslife.net", "Get in Touch": a site's tool or page link; "FOR IMMEDIATE RELEASE": a release's label
        return False
    return all(_NAME_WORD.match(w) for w in words) and sum(w[0].isupper() for w in words) >= 2


#: a byline with the reporter's place and no "By" (SCMP, the Guardian, the FT under the headline): "Ji Siqi in
#: Beijing", "Helen Davidson and Ji Siqi in Hong Kong"; the names before the last " in ", the place after it
_IN_PLACE = re.compile(r"^(?P<names>[A-Z][^\d|]{2,80}?)\s+in\s+(?P<place>[A-Z][\w .,'’-]{1,40})$")
#: between two names of such a byline: a comma or "and"
_NAME_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def name_in_place(text: str) -> bool:
    """"Name in Place" or "Name and Name in Place" alone on a line: reporters' names (each `is_name_like`) and a known
    place (places.py: "in Beijing", not "in Depth" or "in Pictures"), a byline without its "By"."""
    found = _IN_PLACE.match(text.strip()) if len(text) <= 140 else None
    if found is None or not known_place(found.group("place")):
        return False
    names = _NAME_JOIN.split(found.group("names"))
    return all(is_name_like(name, line_features([Line(name)])[0]) for name in names)


#: an author bio under the story: the byline's person name opening a short paragraph, then a bio verb or job ("Jane
#: Doe is a reporter covering …", "Eva Jansen is verslaggever …", "ليلى بن علي صحفية …"); with no byline, a capitalised
#: name then "is" and a reporter's job (present tense: "Evans was a reporter at the Times" closes an obituary; Arabic
#: has no case to tell a name from "وقال صحفي", so there only the byline's name counts). A paragraph that quotes
#: someone or says "said" reports a source ("Peter Jones is the editor of … and said …"), never the author's bio.
AUTHOR_BIO_MAX_WORDS = 60
#: a reporter's job, written once for the bio, job-title and bio-shape patterns below (regex alternations, each
#: pattern adding its own words and endings): English ...
_JOBS_EN = "reporter|correspondent|journalist|writer|editor|columnist|contributor"
#: ... Dutch (a man's and a woman's form) ...
_JOBS_NL = "verslaggever|verslaggeefster|correspondente?|redacteur|redactrice|schrijver|schrijfster|journaliste?"
#: ... and Arabic (a man's and a woman's form)
_JOBS_AR = "مراسل|مراسلة|محرر|محررة|صحفي|صحفية|كاتب|كاتبة"
_BIO_JOB = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:is\s+(?:an?\s+|the\s+|de\s+|een\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{_JOBS_EN}|{_JOBS_NL})\b|"
    # or writes for a titled publication: "Jeroen Bakker schrijft voor het FD over energie.", "Linda Park covers local
    # government for the Northwest Herald." (its capital asked for: "De minister schrijft voor de zomer een brief" is news)
    r"(?:writes\s+for|schrijft\s+(?:voor|bij)|covers\s+(?:[\w-]+\s+){1,4}?for)\s+(?:the\s+|het\s+|de\s+)?[A-Z])")
#: what follows the byline's name in a bio: a bio verb ("is", "writes", "has covered", "can be reached", "schrijft",
#: "werkt") or, in Arabic, a verb or the job itself ("صحفية تغطي", "يكتب", "مراسل")
_BIO_VERB = re.compile(
    r"(?:is|was|writes|wrote|covers|covered|reports|has\s+(?:covered|written|reported|been|worked)|can\s+be\s+reached|"
    r"joined|works|lives|schrijft|werkt|volgt|woont|is\s+bereikbaar|"
    rf"{_JOBS_AR}|يكتب|تكتب|يغطي|تغطي|يعمل|تعمل|انضم|انضمت|"
    # an Arabic bio names the job right after the name: "أستاذة التخطيط العمراني …", "باحث في …", "محلل اقتصادي …"
    r"[أا]ستاذ|[أا]ستاذة|باحث|باحثة|محلل|محللة|خبير|خبيرة|[إا]علامي|[إا]علامية)(?!\w)", re.IGNORECASE)
#: a footnote's star before a bio ("* ")
_STAR = re.compile(r"^\s*\*\s*")
#: a columnist's footnote bio under the story, starred and without the name (the byline has it): "* كاتب وباحث في
#: شؤون البيئة", "* Writer and researcher on climate policy", "* The author is a professor …", "* Schrijver en
#: onderzoeker": the star, then a job within its first words (opinion pages in Arabic print it so). An article
#: opens a news item, not a bio ("* A veteran journalist was killed …", "* Een redacteur werd …"): only "The author
#: is a …" may put one before the job; and the line stands alone (`is_author_bio`'s list_item), not in a starred list
_JOB_LED = (
    r"(?:(?:the|de|het)\s+(?:author|writer|auteur|schrijver)\s+(?:is|was)\s+(?:(?:an?|een)\s+)?|"
    r"(?!(?:the|an?|de|het|een)\s))"
    r"(?:[\w-]+\s+){0,2}?(?:ال)?(?:writer|journalist|columnist|researcher|reporter|editor|professor|lecturer|"
    r"schrijver|schrijfster|journaliste?|onderzoeker|onderzoekster|hoogleraar|redacteur|redactrice|docent|"
    r"كاتب|كاتبة|صحفي|صحفية|باحث|باحثة|[أا]ستاذ|[أا]ستاذة|[إا]علامي|[إا]علامية|محرر|محررة|محلل|محللة)(?!\w)")
_STARRED_BIO = re.compile(r"^\*\s*" + _JOB_LED, re.IGNORECASE)
#: the same job-led bio without the star, under a line that gives the author's name alone: an opinion page's author
#: box prints the name as the box's head and the bio under it without the name ("ليلى الخطيب" / "كاتبة وباحثة أردنية
#: متخصصة …", "Eva Jansen" / "Schrijfster en onderzoeker …"); the name above makes it the author's, as the star does
_NAMED_BIO = re.compile("^" + _JOB_LED, re.IGNORECASE)
#: ... and it is short
STARRED_BIO_MAX_WORDS = 30
_REPORTS_SOURCE = re.compile(r"[\"“”„«»]|\b(?:said|says|zei|zegt|volgens)\b|(?<!\w)(?:قال|قالت|وقال|وقالت)(?!\w)",
                             re.IGNORECASE)
#: a work's title in quotes after the word that names it ("the author of "Time Poor"", "schreef het boek “De stille
#: kust”", "مؤلفة كتاب «الساحل الهادئ»"): a bio's book, not a quoted source (a Latin word ends before the noun: "notebook
#: 'x'" is none; an Arabic one may carry its "و")
_WORK_TITLE = re.compile(
    r"(?<![a-z])(?:author of|wrote|book|novel|memoir|collection|podcast|film|documentary|auteur van|schrijver van|"
    r"schreef|boek|roman|bundel|مؤلف|مؤلفة|كتاب|رواية|ديوان)\s+(?:the\s+|het\s+|de\s+|an?\s+|een\s+)?"
    r"[\"“„«'‘][^\"“”„«»\n]{1,80}?[\"”“»'’]", re.IGNORECASE)


#: a paragraph that goes on about the person of an author bio above it: a third-person pronoun among its first words
#: ("As an Internet entrepreneur, he is …", "His work …", "Hij woont in Utrecht …", "وهو يعيش في عمان …"; not Dutch
#: "ze" or "zijn", which are "they" and "are" as often)
_BIO_PRONOUN = re.compile(r"^(?:\S+\s+){0,5}?(?:he|she|his|her|hij|zij|haar|هو|هي|وهو|وهي)(?!\w)", re.IGNORECASE)

def names_by_pronoun(text: str) -> bool:
    """Whether a paragraph speaks of a person by a third-person pronoun among its first words (_BIO_PRONOUN): right
    under a bio paragraph, it goes on about the bio's person ("She lives in Leeds with two cats …")."""
    return _BIO_PRONOUN.match(text) is not None


#: ... but a profile story goes on with pronouns too ("She arrives at the hospital before dawn …", "Her shift lasts
#: …"): the first paragraph under the bio goes on about the person only with the pronoun as a bio verb's subject ("he
#: is dedicated to …", "She has written …", "Hij woont …", "وهو يقيم …")
_BIO_SUBJECT = re.compile(
    r"^(?:\S+\s+){0,5}?(?:he|she|hij|zij|هو|هي|وهو|وهي)\s+(?:" + _BIO_VERB.pattern + r"|يقيم|تقيم|يعيش|تعيش)",
    re.IGNORECASE)


#: ... and with a pronoun only, it speaks as a bio does (searched in its first BIO_SHAPE_WORDS words): a job or a role
#: ("reporter", "founder", "verslaggever", "مراسلة"), the writing ("writes about", "has written", "schrijft", "تكتب"),
#: books and columns, a degree or a career ("background", "studeerde", "شهادة"), what they are known for, or a
#: follow/contact call ("follow her on", "Twitter", "volg hem", "تابعوها"). A story's sentence about one of its people
#: ("He is seven, a boy from Izium …", "She is 34 and lives in Leiden.", "Hij is zeven …", "هي في الرابعة والثلاثين …")
#: says none of it
_BIO_SHAPE = re.compile(
    rf"(?<!\w)(?:(?:{_JOBS_EN})s?|authors?|bloggers?|"
    r"photographers?|photojournalists?|broadcasters?|presenters?|producers?|critics?|commentators?|founders?|"
    r"co-?founders?|ceo|entrepreneurs?|freelancer?|professor|lecturer|researcher|"
    r"writes|wrote|written|writing|covers|covered|reports|reported|reporting|blogs|edits|edited|contributes|"
    r"contributed|joined|studied|graduated|books?|novels?|memoirs?|columns?|articles|newsletter|blog|degree|"
    r"background|career|known\s+for|follow\s+(?:him|her|them)|twitter|instagram|linkedin|e-?mail|"
    rf"{_JOBS_NL}|"
    r"columniste?|auteur|fotograaf|presentator|presentatrice|programmamaker|criticus|oprichter|ondernemer|"
    r"hoogleraar|docent|onderzoeker|schrijft|schreef|geschreven|bericht|berichtte|studeerde|promoveerde|"
    r"boeken|boek|roman|artikelen|verhalen|achtergrond|loopbaan|bekend\s+(?:om|als|van)|volg\s+(?:hem|haar)|"
    rf"و?(?:{_JOBS_AR}|مدون|مدونة|مصور|مصورة|مذيع|مذيعة|ناقد|ناقدة|"
    r"محلل|محللة|مؤسس|مؤسسة|باحث|باحثة|[أا]ستاذ|[أا]ستاذة|يكتب|تكتب|كتب|كتبت|يغطي|تغطي|غطى|غطت|"
    r"درس|درست|شهادة|رواية|روايات|مقالات|مقالاته|مقالاتها|عمود|بقصصه|بقصصها|تعرف|يعرف|معروف|معروفة|"
    r"تابعوه|تابعوها|تويتر))(?!\w)", re.IGNORECASE)
BIO_SHAPE_WORDS = 40


def bio_shaped(text: str) -> bool:
    """Whether a paragraph's first BIO_SHAPE_WORDS words speak as a bio does (_BIO_SHAPE)."""
    return _BIO_SHAPE.search(" ".join(text.split()[:BIO_SHAPE_WORDS])) is not None


def bio_goes_on(text: str, person: str, more: bool = False) -> bool:
    """The paragraph under an author's bio goes on about that person: it names them among its first words (a word of
    the name, "Richard currently resides in Stockholm …") or makes them a bio verb's subject there (_BIO_SUBJECT).
    `more`: the paragraph above went on about the person already, so a pronoun among the first words is enough ("His
    graphic design background …", _BIO_PRONOUN); a profile's story under its reporter's box ("She arrives at the
    hospital …") does not go on so from the bio. With a pronoun only (no word of the name), the paragraph must also
    speak as a bio does (bio_shaped: a job, the writing, books, a career, a follow call): "He is seven, a boy from
    Izium …" and "She is 34 and lives in Leiden." are a story's sentences about its own people."""
    names = {w.casefold() for w in word_tokens(person) if len(w) >= 3}
    if names.intersection(w.casefold() for w in word_tokens(text)[:40]):
        return True
    return (_BIO_PRONOUN if more else _BIO_SUBJECT).match(text) is not None and bio_shaped(text)


#: an editorial desk credited as the author ("Redactie", "Door de redactie", "Redactie Binnenland", "Sportredactie",
#: "Editorial Board", "Staff", "هيئة التحرير", "المحرر"): a fine byline, but no person (no "About <name>" bio of it, no
#: author-bio rule by its name); matched on the match key (Arabic alef folded: "أسرة التحرير")
_DESK = re.compile(
    r"^(?:(?:de|onze|the|our)\s+)?(?:\w*redactie(?:\s+\S+){0,2}|editorial\s+(?:board|staff|team|desk)|"
    r"(?:news|web|city|metro|foreign|sports?)\s?desk|newsroom|staff|"
    # ... an agency's or a paper's own desk: "The Press Association Newsdesk", "ANP Nieuwsdienst", "غرفة أخبار الوكالة"
    r"(?:\S+\s+){1,3}(?:news\s?desk|newsroom|news team)|(?:\S+\s+){1,2}nieuwsdienst|nieuwsdienst|"
    r"(?:غرفة|قسم)\s+(?:ال)?اخبار(?:\s+\S+)?|"
    r"(?:هيئة|فريق|اسرة|قسم)\s+(?:ال)?تحرير(?:\s+\S+)?|التحرير|المحرر|المحررون)$")


def is_desk_credit(name: str) -> bool:
    """The byline credits an editorial desk, not a person (see _DESK)."""
    return len(name) <= 60 and _DESK.match(match_key(name)) is not None


def person_name(name: str) -> bool:
    """A byline that names a person: 2-4 words, no digits, capitalised where the script has case ("Jane Doe", "Eva
    de Vries", "ليلى بن علي"); "Premier League" passes too, so a bio still needs its verb after the name. A desk
    ("Redactie Binnenland", "هيئة التحرير") is none."""
    words = name.split()
    if is_desk_credit(name):
        return False
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in name):
        return False
    if not _cased(name):
        return True  # Arabic: no case to look at
    return all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper()


#: a name's closing initial with its dot, the line's last word ("Wanjiru M.", "Pieter V."): one letter after a space
_CLOSING_INITIAL = re.compile(r"(?<=\s)[^\W\d_]\.$")


def closing_initial_only(text: str) -> bool:
    """Whether a byline line's only sentence end is the dot after its last name's initial ("By Wanjiru M.", "Door
    Pieter V.", "By Wanjiru M. and Otieno K."): a label opens it and each name behind it is a person's
    (`person_name`), so the dot is the initial's and the line no sentence (`Features.terminal` reads every closing
    dot as one). "The award went to Wanjiru M." has no label; "By Wanjiru Mwangi." ends on a whole word."""
    text = text.strip()
    if not _CLOSING_INITIAL.search(text) or not has_byline_prefix(text):
        return False
    names = [name for name in _AND.split(strip_byline_label(text)) if name]
    return bool(names) and all(person_name(name) for name in names)


def _cased(name: str) -> bool:
    """Whether a name is written in a Latin script, which has case for `person_name` to look at."""
    return any(ch.isalpha() and ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in name)


#: a reporter's job, standing where a name could ("Political Correspondent", "Chief Reporter", "verslaggever",
#: "مراسل الشؤون السياسية"): trafilatura splits "Sam Keller, Political Correspondent" into two "authors"
_JOB_TITLE = re.compile(
    rf"(?<!\w)(?:{_JOBS_EN}|critic|analyst|"
    # Dutch writes a desk's job as one word: "sportverslaggever", "economieredacteur", "buitenlandcorrespondent"
    r"\w*(?:verslaggever|verslaggeefster|redacteur|redactrice|correspondent)|"
    rf"{_JOBS_NL}|redactie|{_JOBS_AR})s?(?!\w)", re.IGNORECASE)
#: "our reporter Chris Appleby", "onze correspondent in Berlijn Eva de Vries": a paper's own reporter, named after the
#: role (up to three words before the job's noun, a place after it)
_OUR_ROLE = re.compile(
    rf"^(?:our|onze|ons)\s+(?P<role>(?:[\w-]+\s+){{0,3}}?(?:{_JOB_TITLE.pattern})(?:\s+(?:in|uit|te|for|from)\s+"
    rf"[A-ZÀ-Þ][\w-]+)?)\s*,?\s+(?P<name>\S.*)$", re.IGNORECASE)
#: the same in Arabic, where "our" is the noun's suffix: "مراسلنا محمد علي", "مراسلتنا في بيروت - ليلى حداد" (a place of
#: one word after "في" or "من"; a separator may stand before the name). A name never opens with the article "ال": that
#: is an adjective or a place going on ("مراسلنا الاقتصادي أحمد سالم", "مراسلنا في القدس المحتلة"), and the credit
#: stays as it stands
_OUR_ROLE_AR = re.compile(
    r"^(?P<role>مراسل(?:ت)?نا(?:\s+(?:في|من)\s+\S+)?)\s*[-–،,:]?\s+(?!(?:في|من)\s)(?!ال)(?P<name>\S.*)$")
#: a job title has at most this many words ("Senior Political Correspondent, Westminster")
JOB_TITLE_MAX_WORDS = 5


def is_job_title(text: str) -> bool:
    """A short line or byline part naming a reporter's job, not a person ("Political Correspondent")."""
    return len(text.split()) <= JOB_TITLE_MAX_WORDS and _JOB_TITLE.search(text) is not None


def names_author(text: str, author: str | None) -> bool:
    """Whether a line gives the author's name and nothing else ("ليلى الخطيب", "Dr. Eva Jansen" for "Eva Jansen"):
    the head of an author box whose bio does not repeat the name (`is_author_bio`'s named_above)."""
    if not author:
        return False
    person = match_key(without_honorific(author.split(",")[0]))
    return bool(person) and match_key(without_honorific(text)) == person


def is_author_bio(text: str, words: int, author: str | None, list_item: bool = False,
                  named_above: bool = False) -> bool:
    """A short paragraph about the article's author (see AUTHOR_BIO_MAX_WORDS): never the story's own text. When the
    page has a byline, only a paragraph about that person counts. `list_item`: a starred line above or below it, so
    the star is a list's bullet (a story's list of news items), not a footnote's (`_STARRED_BIO`). `named_above`: the
    line right above gives the author's name alone (`names_author`), so a bio that opens with a job is about them
    (`_NAMED_BIO`)."""
    if words > AUTHOR_BIO_MAX_WORDS or _REPORTS_SOURCE.search(_WORK_TITLE.sub(" ", text)):
        return False
    if not list_item and words <= STARRED_BIO_MAX_WORDS and _STARRED_BIO.match(text):
        return True
    if named_above and _NAMED_BIO.match(text):
        return True
    if author:
        name = author.split(",")[0].strip()  # "Jane Doe, Reuters": the person
        bare = _HONORIFIC.sub("", name)
        if not person_name(bare):
            return False
        # a footnote's star before the name ("* د. ليلى منصور أستاذة …", "* Dr Helen Marsh is professor …"), and the
        # name's title on one side only ("Door dr. Eva Hendriks" over "Eva Hendriks is hoogleraar …")
        if not list_item:
            text = _STAR.sub("", text)
        for head, person in ((text, name), (_HONORIFIC.sub("", text), bare)):
            if head.casefold().startswith(person.casefold() + " "):
                return _BIO_VERB.match(head[len(person):].lstrip()) is not None
        return False
    return _BIO_JOB.match(text) is not None


#: a person the page credits after a by-label anywhere in a short line: a blog's post head ("November 13, 2012 by
#: Heather", "Posted by Matt Demers in Game Reviews", "13 november 2012 door Sanne", "نشر في … بواسطة ليلى"), where no
#: labelled byline of its own names them (`has_byline_prefix` wants the label first). The first word of the name only:
#: what follows it may be a category ("in Game Reviews") or a time
_CREDIT = re.compile(r"(?<!\w)(?:by|door|بقلم|بواسطة)\s+([^\W\d_][\w'’.-]*)", re.IGNORECASE)
#: ... in a line of at most this many words (a post head, a byline; a story's sentence "… was built by Heather …" is
#: longer)
CREDIT_LINE_MAX_WORDS = 14
#: ... but a determiner or pronoun after "by" opens no person's name ("Published by the Association" over "The
#: Association is a voluntary organisation …"), nor does an Arabic word with its article ("بقلم الكاتب")
_NO_NAME = frozenset("the a an this that these those our your his her their its my "
                     "de het een deze dit die dat onze ons mijn zijn haar hun".split())
#: a bio opens with the credited name: its first word and at most this many more
CREDITED_NAME_MORE_WORDS = 3
#: a whole line in quotes: an author box may quote its bio ('"Phil is a recovering print journalist …"')
_QUOTED_LINE = re.compile(r"^\s*[\"“”„](?P<inner>[^\"“”„]+)[\"“”]\s*$")


def credited_names(texts) -> set[str]:
    """The first words (casefolded) of the names the page's short lines credit after "by", "door", "بقلم" or
    "بواسطة" (_CREDIT): the post head's author where the page has no labelled byline of its own."""
    names: set[str] = set()
    for text in texts:
        if len(text) > 40 * CREDIT_LINE_MAX_WORDS or len(text.split()) > CREDIT_LINE_MAX_WORDS:
            continue
        names.update(m.group(1).rstrip(".'’").casefold() for m in _CREDIT.finditer(text))
    return {n for n in names if n not in _NO_NAME and not n.startswith("ال")}


def first_name(author: str | None) -> set[str]:
    """The byline's first word (casefolded) as a name a bio may open with ("Adam" of "Adam Hart"), as
    `credited_names` keeps one: none for a determiner ("The Associated Press") or an Arabic word with its article."""
    if not author or not person_name(author):
        return set()  # a desk ("هيئة التحرير", "Redactie Binnenland") names no person a bio could open with
    words = author.split()
    name = words[0].rstrip(".,'’").casefold()
    return {name} if name not in _NO_NAME and not name.startswith("ال") else set()


def byline_persons(name: str | None) -> list[str]:
    """The people a byline's name part credits, one by one ("JESSE MORALES and KATHLEEN BRYCE" -> both; "Jane Doe,
    Reuters" -> "Jane Doe"): the parts between "and", "&" and commas that name a person (`person_name`)."""
    if not name:
        return []
    return [part.strip() for part in _AND.split(name) if part and person_name(part.strip())]


def surname_bio_name(text: str, words: int, persons: list[str]) -> str | None:
    """The person of `persons` (the byline's people) a short paragraph is a bio of when it opens with their surname
    alone, then a bio verb, in a bio's words: a wire's author box under the story ("Morales covers the Rocky Mountain
    West for The Associated Press.", "Bryce is an AP reporter covering climate."). The surname is the name's last word
    (three letters at least), written with its capital; a paragraph that reports a source ("Morales said …", a quote)
    is none, as in `is_author_bio`, and it must speak as a bio does (`bio_shaped`): "Morales was arrested …" is news.
    The caller asks this only of the story's last lines."""
    if not persons or words > AUTHOR_BIO_MAX_WORDS or _REPORTS_SOURCE.search(_WORK_TITLE.sub(" ", text)):
        return None
    opening = _STAR.sub("", text).split(None, 1)
    if len(opening) < 2 or not opening[0][:1].isupper() or not _BIO_VERB.match(opening[1]) or not bio_shaped(text):
        return None
    first = opening[0].casefold()
    return next((p for p in persons if len(p.split()[-1]) >= 3 and p.split()[-1].casefold() == first), None)


def credited_bio_name(text: str, words: int, credited: set[str]) -> str | None:
    """The name a short paragraph about a person opens with, when the page credits it (`credited_names`): its first
    word a credited name, up to CREDITED_NAME_MORE_WORDS more words of a name, then a bio verb ("Heather is a mother
    of two …", "Matt Demers is a Toronto writer …", "Sanne woont in Zwolle …", "ليلى الخطيب كاتبة …"). None for a
    paragraph that reports a source (a quote inside it, "said"), as `is_author_bio`."""
    if not credited or words > AUTHOR_BIO_MAX_WORDS:
        return None
    quoted = _QUOTED_LINE.match(text)
    text = _STAR.sub("", quoted.group("inner") if quoted else text)
    if _REPORTS_SOURCE.search(_WORK_TITLE.sub(" ", text)):
        return None
    opening = text.split(None, CREDITED_NAME_MORE_WORDS + 1)
    if not opening or opening[0].casefold() not in credited or (_cased(opening[0]) and not opening[0][0].isupper()):
        return None
    for n in range(1, min(len(opening), CREDITED_NAME_MORE_WORDS + 2)):
        if n > 1 and _cased(opening[n - 1]) and not _NAME_WORD.match(opening[n - 1]):
            return None  # the name ended before a word that is none
        if _BIO_VERB.match(text.split(None, n)[n]):  # (n < len(opening): words stand after the name)
            return " ".join(opening[:n])
    return None


def title_variant(line: str, title: str, title_key: str | None = None) -> bool:
    """Whether `line` repeats the title: the same text, or the title glued after a short section name
    (`title_key`: the title's `match_key`, for a caller that asks about every line of a page)."""
    if len(line) > 4 * len(title) + 200:
        return False  # not the title plus a short section name; and match_key costs 0.2 s on a 1 MB line
    key, tkey = match_key(line), match_key(title) if title_key is None else title_key
    if not tkey:
        return False
    if key == tkey:
        return True
    if key.endswith(tkey):
        prefix = line[: len(line) - len(title)] if line.endswith(title) else ""
        head = key[: len(key) - len(tkey)].strip()
        # "WorldIsrael and …": a section name of at most three words glued in front
        return 0 < len(head.split()) <= 3 and (not prefix or not prefix.endswith((".", "!", "?")))
    return False


#: the separator between a page's headline and its site's name in the HTML <title> ("Library to open on Sundays -
#: Hillside Herald", "Nieuws | Dagblad Noord", "ما هو الدعم؟ - جريدة الخليج")
#: (a run of white space is tried from its first position only, `(?<!\s)`, where the same match begins: linear)
_SITE_SEPARATOR = re.compile(r"(?<!\s)\s+[-|–—·:]{1,2}\s+")
#: a site's name has at most this many words
SITE_NAME_MAX_WORDS = 6
#: the headline's copy differs in length from the <title>'s headline part by at most this many characters (spaces,
#: punctuation match_key ignores)
SITE_COPY_SLACK = 8


def site_title_copy(line: str, others: list[str]) -> int | None:
    """The index in `others` of the headline that `line` repeats with the site's name beside it, as a plain-text dump
    that starts with the page's <title> has it ("Headline - Hillside Herald" above "Headline"); else None."""
    if len(line) > 600:
        return None  # no <title> line is this long
    key = match_key(line)
    for part in _SITE_SEPARATOR.finditer(line):
        head, tail = line[:part.start()], line[part.end():]
        for headline, site in ((head, tail), (tail, head)):
            hkey = match_key(headline)
            if len(hkey) < 10 or not 0 < len(site.split()) <= SITE_NAME_MAX_WORDS:
                continue
            for k, other in enumerate(others):
                # (lengths first: match_key is costly on a long line, and a copy is about as long as the headline)
                if abs(len(other.strip()) - len(headline)) <= SITE_COPY_SLACK and match_key(other) == hkey != key:
                    return k
    return None


def unglue_title(line: str, others: list[str]) -> str:
    """Clean a headline that has a section name glued to its front, using the page's other lines."""
    for other in others:
        if other != line and len(other) >= 10 and line.endswith(other) and title_variant(line, other):
            return other
    # No clean copy on the page: strip a glued word that the phrase lists know as a section name.
    match = re.match(r"^([A-Z][a-z]{2,15})([A-Z][a-z].{10,})$", line)
    if match and menu_word(match.group(1)):
        return match.group(2)
    return line


#: the headline after a media label has at least this many words (`without_media_label`)
MEDIA_TITLE_MIN_WORDS = 3


#: a kicker in capitals (or Arabic) before a dash ("BREAKING - ", "UPDATE – ", "ANALYSE - ", "بالصور - "), or a
#: section's or a label's word before a date line's comma ("Premium, 6 december 2026", "Opinie, …", "رأي، …"): no
#: place; an alert that the phrase lists know ("عاجل -", "BREAKING:") is none either (`_kicker`). A page's kind of
#: piece (opinion, analysis, a paid or a members' piece, a blog): the words every site labels pieces with, in en, nl
#: and ar; a town is named none of them (datelines.py asks it before a dash; `without_media_label` before a full stop)
KICKER_WORDS = re.compile(
    r"(?:breaking|update|updated|exclusive|watch|video|live|liveblog|blog|opinion|analysis|editorial|review|comment|"
    r"photos?|listen|podcast|interview|column|features?|explainer|investigation|profile|obituary|letters?|essay|"
    r"premium|plus|members|subscribers|sponsored|advertorial|promoted|partner|"
    r"nieuw|kijk|bekijk|luister|opinie|analyse|recensie|commentaar|achtergrond|reportage|ingezonden|beschouwing|uitgelicht|exclusief|"
    r"abonnees|gesponsord|betaald|"
    # Arabic (alef-folded: `_kicker` folds the words): "بالصور -" (in pictures), "شاهد -" (watch), "فيديو -",
    # "بالفيديو -" (not "صور": also the town Tyre); "رأي" (opinion), "تحليل" (analysis), "مقال" (article, column),
    # "افتتاحية" (editorial), "حوار"/"مقابلة" (interview), "تحقيق" (investigation), "خاص"/"حصري" (exclusive),
    # "مميز" (featured, premium), "مدونة" (blog), "إعلان"/"برعاية" (advert, sponsored)
    r"بالصور|شاهد|فيديو|بالفيديو|راي|تحليل|مقال|افتتاحية|حوار|مقابلة|تحقيق|خاص|حصري|مميز|مدونة|اعلان|برعاية)",
    re.IGNORECASE)
#: a Flemish paper's kicker in capitals and a full stop before the headline ("EXCLUSIEF. Antwerpse haven …",
#: "INTERVIEW. …", "KIJK. …", "TV-RECENSIE. …"): a word of capitals (three letters at least: "VS." may open a
#: sentence), then the headline opening with a capital, a digit or a quote; the word one of KICKER_WORDS (after a
#: prefix and its hyphen: "TV-RECENSIE"), as an acronym opening a headline is not ("NASA. SpaceX and Boeing …")
_CAPITAL_KICKER = re.compile(r"^\s*(?P<kicker>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)?)\.\s+"
                             r"(?=[A-ZÀ-ÖØ-Þ0-9‘'\"“„])")


def without_media_label(title: str) -> str:
    """The headline without a media label in front of it, any other title as it is. A media label ("VIDEO |
    Firefighters rescue …", "Video: …", "WATCH: …", "IN PICTURES: …", "Kijk: …", "Foto's | …", "EXCLUSIEF: …",
    "فيديو | …", "بالفيديو: …", "شاهد: …", "بالصور: …": the phrase lists' ``media_label``, a label then a bar, a colon
    or a dash; or a kicker in capitals and a full stop, "EXCLUSIEF. …", `_CAPITAL_KICKER`) is the page's format, not
    the headline's words."""
    found = phrase_sets()["media_label"].anchored.match(title)
    if found is None and (kicker := _CAPITAL_KICKER.match(title)) is not None \
            and all(KICKER_WORDS.fullmatch(word.rsplit("-", 1)[-1]) for word in kicker.group("kicker").split()):
        found = kicker
    rest = title[found.end():].strip() if found else ""
    return rest if len(rest.split()) >= MEDIA_TITLE_MIN_WORDS else title


#: a headline has at most this many words (`heading_score`)
HEADING_SCORE_MAX_WORDS = 30


def heading_score(text: str, feats: Features) -> float:
    """How much a line looks like a headline (0 = not at all)."""
    if feats.categories or feats.bullet or not 3 <= feats.words <= HEADING_SCORE_MAX_WORDS:
        return 0.0
    if text.endswith(".") and not text.endswith("..."):
        return 0.0
    score = min(feats.words, 15) / 15
    if feats.repeated > 1:
        score += 1.0
    if feats.capitalised >= 0.6:
        score += 0.3
    return score
