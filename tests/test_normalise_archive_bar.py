"""A page saved from the Wayback Machine keeps the archive's capture bar at its top (tester 32b): its capture span
("12 Mar 2024 - 14 Jun 2025") was read as the page's date and the site's masthead under it as the byline. The bar is
set aside before the page is read (archivebar.py), so the story's own headline, byline and date are found."""

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.archivebar import archive_bar_end
from newsbrief.normalise.lines import Line

BAR = """\
87 captures
02 Feb 2025 - 19 Nov 2026
JAN
FEB
MAR
01
02
03
2024
2025
2026
About this capture
COLLECTED BY
Collection: Save Page Now
Pages saved by visitors.
TIMESTAMPS
The Wayback Machine - https://web.archive.org/web/20250202101500/https://www.example-{site}/news/{slug}
"""

PAGES = {
    "en": dict(site="gazette.example", slug="ferry-strike", masthead="Harbour Gazette",
               headline="Ferry crews to strike for 48 hours over rota changes", byline="By Tom Ellery",
               date="10:20, 1 Feb 2025", published="2025-02-01T10:20",
               body="Ferry crews on the island routes will strike for 48 hours from Thursday after talks over new "
                    "rotas broke down, their union said on Saturday.\nThe operator said it would run a reduced "
                    "timetable with managers on board and urged passengers to check before they travel.\nThe union "
                    "says the new rotas would add two night shifts a month without extra pay."),
    "nl": dict(site="courant.example", slug="veerpont-staking", masthead="De Kustcourant",
               headline="Bemanning veerpont legt werk 48 uur neer om nieuwe roosters",
               byline="Door Sanne Mulder", date="1 februari 2025, 10:20", published="2025-02-01T10:20",
               body="De bemanning van de veerponten naar de eilanden legt vanaf donderdag 48 uur het werk neer, "
                    "nadat overleg over nieuwe roosters is vastgelopen. Dat meldt de vakbond zaterdag.\nDe "
                    "rederij zegt een beperkte dienstregeling te varen en vraagt reizigers vooraf te kijken of hun "
                    "boot vaart.\nVolgens de bond betekenen de nieuwe roosters twee extra nachtdiensten per maand "
                    "zonder extra loon."),
    "ar": dict(site="khabar.example", slug="ferry", masthead="الخبر اليوم",
               headline="طواقم العبارات تضرب عن العمل 48 ساعة احتجاجاً على جداول المناوبات",
               byline="بقلم سامي حداد", date="1 فبراير 2025", published="2025-02-01",
               body="تبدأ طواقم العبارات العاملة على خطوط الجزر يوم الخميس إضراباً لمدة 48 ساعة بعد تعثر المفاوضات "
                    "حول جداول المناوبات الجديدة، وفق ما أعلنته النقابة يوم السبت.\nوقالت الشركة المشغلة إنها ستسير "
                    "رحلات محدودة وطلبت من المسافرين التحقق من مواعيد رحلاتهم قبل السفر.\nوتقول النقابة إن الجداول "
                    "الجديدة تضيف مناوبتين ليليتين في الشهر من دون أجر إضافي."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_an_archived_pages_own_headline_byline_and_date_are_read(language):
    p = PAGES[language]
    page = (BAR.format(site=p["site"], slug=p["slug"]) + f"{p['masthead']}\nNews\nSport\n{p['headline']}\n{p['byline']}\n"
            f"{p['date']}\n{p['body']}\n© 2025 {p['masthead']}\n")
    art = normalise_text(page)
    assert art.title == p["headline"]
    assert (art.published or "").startswith(p["published"][:10])
    assert art.byline and art.byline != p["masthead"] and art.byline in p["byline"]
    assert "captures" not in art.text and "Wayback" not in " ".join(art.warnings)
    assert "87 captures" in art.removed


def test_a_story_about_the_archive_is_no_archive_bar():
    lines = [Line(t) for t in ["Timestamps", "The archive keeps 900 billion pages, and its Wayback Machine lets anyone "
                               "see how a site looked years ago, its director told reporters on Tuesday.",
                               "About this capture"]]
    assert archive_bar_end(lines) is None  # running text among the markers
    assert archive_bar_end([Line("About this capture"), Line("Local news")]) is None  # one marker


def test_a_podcasts_timestamps_and_collection_are_no_archive_bar():
    # review 32, finding 3: "Timestamps" and "Collection: …" are other pages' words too; the archive's own marker is asked
    page = [Line(t) for t in ["The Harbour Podcast", "Episodes", "About", "Collection: Season 3",
                              "Episode 41: Who pays for the new sea wall?", "Timestamps", "00:00 Introduction"]]
    assert archive_bar_end(page) is None
