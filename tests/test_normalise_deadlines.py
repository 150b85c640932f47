"""Dates that are no publication dates (deadlines.py): a line about a deadline, a closing date, a viewing or an
event's start never becomes `published`, and a `published` date ahead of today is dropped with a warning. The job
ads and listings these dates come from are in test_normalise_not_news.py. All pages are written for these tests."""

from __future__ import annotations

import datetime

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.deadlines import (FUTURE_DATE_WARNING, TODAY_ENV, closing_line, deadline_line,
                                          future_published_warning, reading_day, start_line)


def test_a_news_page_keeps_its_date_under_a_deadline_line_above_it():
    # the deadline line comes first: read as a date line it would win (the first date line dates the page)
    page = ("Library asks for plans for its old reading room\nClosing date: 12 December 2026\n5 December 2026\n\n"
            "The central library reopened on Saturday after a two-year renovation that cost £14 million, and it has "
            "asked residents for ideas for the old reading room, which stands empty.\n"
            "The council said visitor numbers would be counted for a year before any decision on opening hours.\n")
    art = normalise_text(page)
    assert art.published == "2026-12-05", art.published
    assert not any(w.startswith(FUTURE_DATE_WARNING) for w in art.warnings)


def test_the_reading_day_is_an_input_not_the_clock(monkeypatch):
    # the same page read on two days: the date is ahead of the first and behind the second (review 31 #8)
    page = ("Voorjaarsconcert Stadsorkest\n20 januari 2027\n\n"
            "Het stadsorkest speelt dit voorjaar werken van Mendelssohn en Brahms, onder leiding van de nieuwe chef-"
            "dirigent. Het concert begint om acht uur in de grote zaal van het muziekcentrum.\n")
    before = normalise_text(page, today=datetime.date(2026, 12, 7))
    assert before.published is None
    assert any(w.startswith(FUTURE_DATE_WARNING) and "2026-12-07" in w for w in before.warnings), before.warnings
    after = normalise_text(page, today=datetime.date(2027, 2, 1))
    assert after.published == "2027-01-20"
    assert not any(w.startswith(FUTURE_DATE_WARNING) for w in after.warnings)
    # the setting pins it where no caller passes a day (the CLI), and a day passed wins over it
    monkeypatch.setenv(TODAY_ENV, "2027-02-01")
    assert reading_day() == datetime.date(2027, 2, 1)
    assert normalise_text(page).published == "2027-01-20"
    assert reading_day(datetime.date(2026, 12, 7)) == datetime.date(2026, 12, 7)
    monkeypatch.setenv(TODAY_ENV, "7 December")
    with pytest.raises(ValueError):
        reading_day()


def test_deadline_lines_in_three_languages():
    for line in ("Closing date: 14 January 2027", "Apply by 3 February 2027", "Sluitingsdatum 15-01-2027",
                 "Solliciteer vóór 15 januari 2027", "Aanvang: 20 maart 2027, 20:00", "Bezichtiging: 9 januari 2027",
                 "آخر موعد للتقديم: 15 يناير 2027", "الموعد النهائي 20 فبراير 2027", "Doors open 19:30"):
        assert deadline_line(line), line
    for line in ("Published 14 January 2027", "Geplaatst op 2 december 2026", "نشر في 5 ديسمبر 2026",
                 "Updated: 3 March 2026, 10:12", "Starting salaries rose by 4% on 1 April 2026"):
        assert not deadline_line(line), line


def test_deadline_words_match_across_languages_and_keep_their_meaning():
    # the same kinds of line in en, nl and ar (review 31 #9): when, an offer's expiry, date and time, valid until
    for line in ("When: Saturday 20 March 2027", "Wanneer: zaterdag 20 maart 2027", "متى: السبت 20 مارس 2027",
                 "Date and time: 20 March 2027, 20:00", "Datum en tijd: 20 maart 2027, 20.00 uur"):
        assert start_line(line) and not closing_line(line), line
    for line in ("Offer ends 3 January 2027", "Verloopt op 3 januari 2027", "ينتهي العرض في 3 يناير 2027",
                 "Valid until 3 January 2027", "Geldig tot 3 januari 2027", "صالح حتى 3 يناير 2027"):
        assert closing_line(line) and not start_line(line), line
    # a match's kick-off is a start, never a job's closing date; a closing date is no event's start
    for line in ("Aanvang: 14.30 uur", "Kick-off: 14:30", "Aftrap: 14.30 uur", "انطلاق المباراة: 14:30"):
        assert start_line(line) and not closing_line(line), line
    assert closing_line("Sluitingsdatum: 15 januari 2027") and not start_line("Sluitingsdatum: 15 januari 2027")


def test_a_published_date_ahead_of_today_is_dropped_with_a_warning():
    today = datetime.date(2026, 12, 7)
    assert future_published_warning("2026-12-08T09:00", today) is None  # a day ahead: a page east of our clock
    assert future_published_warning("2026-12-21", today) is None  # within the slack: a clock may be days off
    said = future_published_warning("2027-01-15", today)
    assert said and said.startswith(FUTURE_DATE_WARNING) and "2027-01-15" in said
    assert future_published_warning("2026-11-30", today) is None
    assert future_published_warning("2027-01", today) is None  # a month says too little
    assert future_published_warning(None, today) is None


def test_an_unknown_event_date_line_is_not_published():
    # "Zaterdag 13 maart 2099" names no deadline word: the clock still says it cannot be the publication date
    page = ("Voorjaarsconcert Stadsorkest\nZaterdag 13 maart 2099\n\n"
            "Het stadsorkest speelt dit voorjaar werken van Mendelssohn en Brahms, onder leiding van de nieuwe chef-"
            "dirigent. Het concert begint om acht uur in de grote zaal van het muziekcentrum.\n")
    art = normalise_text(page)
    assert art.published is None
    assert any(w.startswith(FUTURE_DATE_WARNING) and "2099-03-13" in w for w in art.warnings), art.warnings


CONCERT_PAGE = ("Voorjaarsconcert Stadsorkest\n20 januari 2099\n\n"
                "Het stadsorkest speelt dit voorjaar werken van Mendelssohn en Brahms, onder leiding van de nieuwe chef-"
                "dirigent. Het concert begint om acht uur in de grote zaal van het muziekcentrum.\n")
NEWS_HTML = ("<html><head><title>Library reopens</title></head><body><article><h1>Library reopens after renovation</h1>"
             "<p>5 December 2001</p>"
             "<p>The central library reopened on Saturday after a two-year renovation that cost 14 million pounds, and "
             "it has asked residents for ideas for the old reading room, which now stands empty.</p>"
             "<p>The council said visitor numbers would be counted for a year before any decision on opening hours, "
             "and that the café on the ground floor would open again in the spring.</p></article></body></html>")


@pytest.mark.parametrize("setting", ["7 December", "2026-13-40"])
def test_a_bad_day_setting_falls_back_to_the_clock_outside_the_cli(monkeypatch, setting):
    # normalise_text never raises on text (review 31b #6): a library caller with a malformed $NEWSBRIEF_TODAY gets
    # the clock's day and a warning naming the setting; the CLI refuses the setting up front (test_cli_normalise)
    from newsbrief.normalise.html import normalise_document

    monkeypatch.setenv(TODAY_ENV, setting)
    ahead = normalise_text(CONCERT_PAGE)
    assert ahead.published is None  # still judged, against the clock: 2099 lies ahead of any clock
    assert any(w.startswith(FUTURE_DATE_WARNING) for w in ahead.warnings), ahead.warnings
    said = [w for w in ahead.warnings if TODAY_ENV in w]
    assert len(said) == 1 and setting in said[0], ahead.warnings
    page = normalise_document(NEWS_HTML)
    assert page.published and page.published.startswith("2001-12-05"), page.published
    said = [w for w in page.warnings if TODAY_ENV in w]
    assert len(said) == 1 and setting in said[0], page.warnings
    # a day the caller passes needs no setting: nothing to warn about
    assert not any(TODAY_ENV in w for w in normalise_text(CONCERT_PAGE, today=datetime.date(2099, 2, 1)).warnings)


def test_more_closing_wordings_in_three_languages():
    # review31b #7: these closing lines were no deadline, so within the slack their date became `published`
    for line in ("Registration closes 3 May 2027", "Entries close 3 May 2027", "Inschrijving sluit 3 mei 2027",
                 "Aanmelden kan tot 3 mei 2027", "Vacature sluit op 3 mei 2027", "آخر يوم للتقديم: 15 يناير 2027",
                 "آخر أجل لإيداع الترشحات: 20 يناير 2027", "التقديم حتى 15 يناير 2027"):
        assert closing_line(line) and not start_line(line), line
    # a story's sentence on the same words with no such opening stays no deadline
    for line in ("The last day of the festival drew 20,000 visitors on 3 May 2027", "آخر يوم في المهرجان 3 مايو 2027",
                 "Aftrap van het nieuwe seizoen op 3 mei 2027"):
        assert not deadline_line(line), line
