"""Lines beside a headline that are about the article or its issue, never its headline.

Two kinds stand right over or under the headline and are shaped enough like one to win the headline choice:

- a note on the article's own state (the phrase lists' `developing`, misc furniture: "This story is developing and will be
  updated.", "Dit bericht wordt aangevuld.", "هذا الخبر قيد التحديث"); a republication note ("This article first
  appeared in …", the `republished` group) is misc furniture and scores nothing already;
- a dated masthead: a newsletter's (or an e-paper's) name and its issue date on one line, between separators ("The
  Morning Ledger | Thursday 6 November 2025", "Het Ochtendbericht – donderdag 6 november 2025", "نشرة الصباح | الخميس
  6 نوفمبر 2025"). `date_in` reads no date from it (the name is too many words beside the date).

classify._title_index passes over both when another line reads as a headline (`not_headlines`). A dated masthead
close over the headline (MASTHEAD_DATE_ABOVE lines, a newsletter's greeting or its "Forward to a friend" between)
dates the issue, so the article: its date is the page's where no date line or byline states one
(`masthead_date_above`). A site's masthead that prints today's date stands over its menu, far above the headline
("Goa's complete online news edition - Sunday, January 20, 2008" over ten menu items): no date of the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.normalise.dates import DATE, WEEKDAY_PATTERN, date_key
from newsbrief.normalise.features import Features, word_tokens
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import DATE_LINE_MAX_CHARS, YEAR, date_in, is_dated_byline
from newsbrief.normalise.phrases import categories_of, in_group
from newsbrief.normalise.posthead import is_stamp

#: the separators between a masthead's name and its date: a bar, a bullet or a dash between spaces, or a bare bar
#: (each alternative opens on a non-space, so a run of spaces is not tried at every one of its positions)
_SEPARATOR = re.compile(r"(?<!\s)(?:\s+[|•·–—-]\s+|\s*\|\s*)")
#: a masthead's name has at most this many words ("The Morning Ledger", "Het Ochtendbericht van de Gelderlander")
NAME_MAX_WORDS = 6
#: the small words a name may have in lower case ("Nieuws van de dag")
_SMALL = frozenset({"of", "the", "and", "for", "van", "het", "de", "voor", "en", "in", "op"})
#: a dated masthead dates the article when it stands at most this many lines over the headline
MASTHEAD_DATE_ABOVE = 3
_WEEKDAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_PATTERN})(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"\w")


def dated_masthead(text: str) -> str | None:
    """The date of a dated masthead (see the module docstring): one part of the line between separators is a date
    with its year, the other one a short name (NAME_MAX_WORDS, no digit, no sentence, its words capitalised but the
    small ones where the script has case); else None."""
    if len(text) > DATE_LINE_MAX_CHARS or is_dated_byline(text):
        return None  # "August 9, 2012 | By Alyssa Sparacino": a byline and its date
    parts = [part.strip() for part in _SEPARATOR.split(text.strip())]
    if len(parts) != 2 or not all(parts) or not _WORD.match(parts[0]):
        return None  # (a pager's link to the previous post, "« Week in Review - November 5, 2012 |", is none)
    for date_part, name in (parts, parts[::-1]):
        if YEAR.search(date_part) and _date_alone(date_part) and _name(name):
            return date_in(date_part)
    return None


def _date_alone(text: str) -> bool:
    """A date and its weekday, nothing else ("Thursday 6 November 2025"; not "October 30, 2012 Hour 1", a podcast
    episode's title)."""
    key = date_key(text)
    return date_in(text) is not None and _WORD.search(_WEEKDAY.sub(" ", DATE.sub(" ", key))) is None


def _name(text: str) -> bool:
    """A masthead's name: short, no digit, no sentence, no date, no phrase-list line (a byline's "By …", a menu's
    "Home"), its words capitalised but the small ones (a letter of no case, Arabic's, counts as capitalised)."""
    words = word_tokens(text)
    if not 1 <= len(words) <= NAME_MAX_WORDS or any(ch.isdigit() for ch in text) or text.rstrip()[-1:] in ".!?:؟" \
            or date_in(text) or categories_of(text, len(words)):
        return False
    return all(not w[0].islower() or w.casefold() in _SMALL for w in words)


def article_note(text: str, f: Features) -> bool:
    """Whether a line is a note on the article's own state (the phrase lists' `developing`)."""
    return in_group(text, f.words, "developing")


def unless_alone(shaped: list[int], no_headline: Callable[[int], bool]) -> set[int]:
    """The headline-shaped lines (`shaped`) that `no_headline` says are none (a site's alert banner or masthead, a
    note on the article), when another of them reads as a headline; else none: a page whose only headline-shaped lines
    are these keeps them (the rule that classify's banners and mastheads and `not_headlines`' notes share)."""
    picked = {i for i in shaped if no_headline(i)}
    return picked if any(i not in picked for i in shaped) else set()


def not_headlines(lines: list[Line], feats: list[Features], candidates, shape_score) -> set[int]:
    """The headline-shaped lines among `candidates` that are no headline: a note on the article, when another
    candidate reads as a headline (a page whose only headline-shaped line is one keeps it), and a dated masthead over
    a story's headline and byline (`_headline_under`) with every line over it (a newsletter's issue starts under its
    masthead: over it stand the e-mail's own links, "View in browser"): the issue's name, never the article's
    headline, even where the story's headline stands in the body's first lines and no other line is a candidate."""
    shaped = sorted(i for i in candidates if shape_score(i) > 0)
    top = next((i for i in shaped if dated_masthead(lines[i].text) and _headline_under(lines, feats, i)), None)
    out = {i for i in shaped if i <= top} if top is not None else set()
    return out | unless_alone([i for i in shaped if i not in out], lambda i: article_note(lines[i].text, feats[i]))


def _headline_under(lines: list[Line], feats: list[Features], i: int) -> bool:
    """Whether a headline over its byline or date stands under line `i`, MASTHEAD_DATE_ABOVE lines down at most (a
    greeting between): a newsletter's story under its masthead. A post titled with its date ("Week in Review - October
    29, 2012") has its text under it, no second headline."""
    return any(feats[k].headline_like and not lines[k].text.rstrip().endswith(":")
               and is_stamp(lines[k + 1].text, feats[k + 1])
               for k in range(i + 1, min(len(lines) - 1, i + 2 + MASTHEAD_DATE_ABOVE)))


def masthead_date_above(lines: list[Line], title_idx: int, out: list) -> tuple[int, str] | None:
    """The nearest dated masthead at most MASTHEAD_DATE_ABOVE lines over the headline, removed by the rules (`out`:
    their decisions), and its date; else None."""
    for k in range(title_idx - 1, max(-1, title_idx - 1 - MASTHEAD_DATE_ABOVE), -1):
        found = dated_masthead(lines[k].text)
        if found:
            return (k, found) if out[k] is not None and out[k].role == "removed" else None
    return None
