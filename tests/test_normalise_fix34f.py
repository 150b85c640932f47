"""Stop 34, tester probeB's findings on English papers of South Asia, Africa and Australia, each by its general cause:
national agencies (PTI, APP, NAN, Bernama) in datelines and credits; a colon dateline after a known place ("KARACHI:
…", "بغداد: …"), and a region written as a name after the capitals ("ALBAY, Philippines –"); a "City, Country" line
under the headline is a place, no byline; Reuters' unbracketed trailer ("Reporting by …; Editing by …"); ABC's "/ By
…" byline; a metered wall's count of free articles left is no sign of a cut article. Every page here is written for
these tests."""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.agencies import agency_only
from newsbrief.normalise.datelines import split_opening, split_place_opening
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.losses import notice_warnings
from newsbrief.normalise.places import known_place

MENU = ["Home", "National", "World", "Business", "Sport", "Opinion", "Videos", "E-Paper", "Search"]
PARAGRAPHS = [
    "The provincial cabinet on Tuesday approved a plan to build three desalination plants along the coast, the first "
    "of which is due to open in 2028 and would supply about a fifth of the city's daily demand.",
    "Officials said the plants would be built by a consortium of local and foreign firms under a 25-year contract, "
    "with the province buying the water at a fixed price that rises with inflation.",
    "Residents of the eastern districts, where taps run dry for days in summer, said they would believe it when they "
    "saw it. Previous schemes announced in 2015 and 2019 never left the drawing board.",
    "The opposition said the contract should be put before the assembly before any money is spent.",
]


def _page(head: list[str], first: str, tail: list[str] = ()) -> str:
    return "\n".join(MENU + head + [first] + PARAGRAPHS[1:] + list(tail) + ["© 2026 The Daily Courier"])


# --- national agencies --------------------------------------------------------------------------------------------

def test_south_asian_and_african_agencies_open_a_dateline():
    for line, agency in (("NEW DELHI, Jan 5 (PTI) - The government said on Monday it would widen the scheme.", "PTI"),
                         ("ISLAMABAD, Jan 5 (APP): The federal cabinet approved the budget strategy paper.", "APP"),
                         ("LAGOS, March 2 (NAN) - The police said three suspects had been arrested.", "NAN"),
                         ("KUALA LUMPUR, May 3 (Bernama) -- Ringgit opened higher against the US dollar.", "Bernama")):
        found = split_opening(line)
        assert found is not None and found[0].byline == agency, (line, found)
        assert not found[1].startswith(("(", ":", "-"))


def test_agency_acronyms_that_are_words_count_only_in_brackets():
    # "APP" is a menu's item (an app's page), "Ani", "Uni", "Nan" given names: those agencies only in brackets, as a
    # dateline writes them; the others in capitals on a line of their own too
    assert agency_only("(APP)") and agency_only("(PTI)") and agency_only("PTI") and agency_only("(IANS)")
    assert not agency_only("APP") and not agency_only("App") and not agency_only("Nan") and not agency_only("Ani")
    art = normalise_text("\n".join(["NIEUWS", "SPORT", "APP", "VIDEO", "Cabinet clears desalination plants for the coast"]
                                   + PARAGRAPHS))
    assert art.byline is None


def test_an_indian_papers_wire_credit_in_brackets_leaves_the_text():
    art = normalise_text(_page(["Cabinet clears desalination plants for the coast", "Staff Reporter"],
                               PARAGRAPHS[0], ["(With inputs from PTI)"]))
    assert "inputs from" not in art.text
    assert art.text.rstrip().endswith(PARAGRAPHS[3])


# --- colon datelines and a region after the capitals ---------------------------------------------------------------

def test_a_colon_dateline_after_a_known_place_leaves_the_lead():
    for place in ("KARACHI", "NEW DELHI", "LAHORE", "CHENNAI"):
        art = normalise_text(_page(["Cabinet clears desalination plants for the coast", "Amna Qureshi",
                                    "Published March 3, 2026"], f"{place}: {PARAGRAPHS[0]}"))
        assert art.text.startswith(PARAGRAPHS[0]), (place, art.text[:80])
        assert art.byline == "Amna Qureshi"


def test_a_label_or_a_country_in_capitals_before_a_colon_is_no_dateline():
    for line in ("UPDATE: The road has reopened after the crash near the toll plaza on Monday evening.",
                 "LUNCH: Soup, bread and a choice of two mains are served in the hall from noon.",
                 "WATCH: The moment the bridge section was lifted into place by two cranes.",
                 # a country speaks for its government before a colon
                 "IRAN: We will not negotiate under threats, the foreign minister said on Tuesday.",
                 "CHINA: Exports rose for a third month in May, customs data showed on Friday."):
        assert split_place_opening(line) is None, line


def test_an_arabic_colon_opening_is_no_dateline():
    # Arabic has no capitals to tell a dateline's place from a statement's speaker: "إيران: لن نتفاوض" quotes Iran
    for line in ("إيران: لن نتفاوض تحت التهديد، قال وزير الخارجية اليوم الثلاثاء في مؤتمر صحفي.",
                 "بغداد: أعلنت الحكومة العراقية اليوم الثلاثاء عن خطة لبناء ثلاث محطات لتحلية المياه.",
                 "الوزير: سنبني ثلاث محطات لتحلية المياه خلال خمس سنوات."):
        assert split_place_opening(line) is None, line


def test_a_region_written_as_a_name_after_the_capitals():
    found = split_place_opening("ALBAY, Philippines – Residents of three towns were moved to evacuation centres on "
                                "Sunday as the volcano's alert level was raised.")
    assert found is not None and found[0].byline == "ALBAY, Philippines"
    assert found[1].startswith("Residents")
    # a second name or a word after the comma is no region: a match's clubs, a label and a day
    for line in ("PSV, Ajax - De topper van zondag eindigde in een doelpuntloos gelijkspel in Eindhoven.",
                 "UPDATE, Monday - The road has reopened after the crash near the toll plaza."):
        assert split_place_opening(line) is None, line


# --- a "City, Country" line is a place ----------------------------------------------------------------------------

def test_a_city_and_country_are_a_known_place():
    assert known_place("Nairobi, Kenya") and known_place("القاهرة، مصر")
    assert not known_place("Jane Doe, Kenya") and not known_place("Nairobi, Jane")
    # two countries are a tag list, no place
    assert not known_place("Israel, Iran") and not known_place("Nederland, België")


def test_a_city_and_country_line_under_the_headline_is_the_dateline_not_the_author():
    # the author's name under the place line is the byline (main took the place as the author's name and lost her)
    page = "\n".join(MENU + ["Remarks at the opening of the regional water security dialogue", "Nairobi, Kenya",
                             "Jane Mwangi", "May 19, 2026"] + PARAGRAPHS + ["© 2026 The Daily Courier"])
    art = normalise_text(page)
    assert art.byline == "Jane Mwangi"
    # with no author named, the place is the page's dateline, as "LOCHEM -" is
    page = "\n".join(MENU + ["Remarks at the opening of the regional water security dialogue", "Nairobi, Kenya",
                             "May 19, 2026"] + PARAGRAPHS + ["© 2026 The Daily Courier"])
    art = normalise_text(page)
    assert art.dateline == "Nairobi, Kenya" and "Nairobi, Kenya" not in art.text


# --- Reuters' trailer, ABC's byline ---------------------------------------------------------------------------------

def test_reuters_unbracketed_trailer_leaves_the_text():
    trailer = ("Reporting by Amina Yusuf in Addis Ababa; Additional reporting by Peter Otieno in Nairobi; "
               "Writing by Grace Mwangi; Editing by Tom Hale")
    art = normalise_text(_page(["Cabinet clears desalination plants for the coast"], PARAGRAPHS[0], [trailer]))
    assert "Reporting by" not in art.text and "Editing by" not in art.text
    assert art.text.rstrip().endswith(PARAGRAPHS[3])


def test_a_lone_reporting_by_line_over_the_story_stays_the_byline():
    art = normalise_text(_page(["Cabinet clears desalination plants for the coast", "Reporting by Amina Yusuf"],
                               PARAGRAPHS[0]))
    assert art.byline == "Amina Yusuf"


def test_a_slash_before_the_byline_label():
    art = normalise_text(_page(["Cabinet clears desalination plants for the coast", "ABC Broken Hill",
                                "/ By Bridget Hammond", "Posted Thu 28 May 2026 at 4:12pm"], PARAGRAPHS[0]))
    assert art.byline == "Bridget Hammond"


# --- a meter's count is no cut ---------------------------------------------------------------------------------------

def _paywall_warned(below: str) -> bool:
    texts = ["The Daily Courier", "Cabinet clears desalination plants for the coast", *PARAGRAPHS, below]
    lines = [Line(text) for text in texts]
    roles = ["removed", "title"] + ["content"] * len(PARAGRAPHS) + ["removed"]
    return any("paywall" in w for w in notice_warnings(lines, line_features(lines), roles))


def test_a_meters_count_of_free_articles_left_is_no_paywall_cut():
    for below in ("You have 5 free articles left this month.", "Je hebt nog 2 gratis artikelen deze maand.",
                  "تبقى لك مقالان مجانيان هذا الشهر"):
        assert not _paywall_warned(below), below
    # the wall itself still says the article was cut
    for below in ("You have no free articles left. Subscribe to keep reading.",
                  "Subscribe to read the rest of this article"):
        assert _paywall_warned(below), below


# --- the publication line under the story; archive.today's bar --------------------------------------------------------

def test_a_publication_line_under_the_story_dates_it_over_the_update_line():
    for updated, published, iso in (("Updated - April 14, 2026 09:42 pm IST", "Published - April 14, 2026 07:10 pm IST",
                                     "2026-04-14T19:10"),
                                    ("Bijgewerkt: 14 april 2026, 21:42", "Gepubliceerd: 14 april 2026, 19:10",
                                     "2026-04-14T19:10")):
        art = normalise_text(_page(["Cabinet clears desalination plants for the coast", updated], PARAGRAPHS[0],
                                   [published, "Related Topics", "Water", "Karachi"]))
        assert art.published == iso, (updated, art.published, art.warnings)
        assert not any("last updated" in w for w in art.warnings)
    # with no publication line anywhere, `published` is the update time, and the record says so
    art = normalise_text(_page(["Cabinet clears desalination plants for the coast",
                                "Updated - April 14, 2026 09:42 pm IST"], PARAGRAPHS[0]))
    assert art.published == "2026-04-14T21:42" and any("last updated" in w for w in art.warnings)


ARCHIVE_TODAY = ["archive.today", "webpage capture", "Saved from",
                 "https://www.dailycourier.example/news/2026/04/14/desalination-plants", "history", "←prior", "next→",
                 "3 Feb 2029 08:14:51 UTC", "All snapshots from host www.dailycourier.example", "Webpage", "Screenshot",
                 "share", "download .zip", "report bug or abuse"]


def test_archive_todays_capture_time_is_not_the_pages_date():
    art = normalise_text("\n".join(ARCHIVE_TODAY) + "\n" + _page(
        ["Cabinet clears desalination plants for the coast", "Amna Qureshi", "Tue Apr 14 2026 - 19:10"], PARAGRAPHS[0]))
    assert art.published == "2026-04-14T19:10", (art.published, art.warnings)
    assert not any("future" in w for w in art.warnings)
    assert "snapshots" not in art.text and "webpage capture" not in art.text


# --- a page that lost its line breaks ---------------------------------------------------------------------------------

def test_a_page_saved_as_one_line_says_so():
    flat = " ".join(MENU + ["Cabinet clears desalination plants for the coast", "14 April 2026"] + PARAGRAPHS * 3
                    + ["Share this article", "Most read", "© 2026 The Daily Courier"])
    art = normalise_text(flat)
    assert any("line breaks were lost" in w for w in art.warnings), art.warnings
    # the same words on their own lines are cleaned, and nothing is said of line breaks
    art = normalise_text("\n".join(MENU + ["Cabinet clears desalination plants for the coast", "14 April 2026"]
                                   + PARAGRAPHS * 3 + ["Share this article", "Most read", "© 2026 The Daily Courier"]))
    assert not any("line breaks" in w for w in art.warnings)


def test_one_long_paragraph_is_no_flat_page():
    long_paragraph = " ".join(PARAGRAPHS * 4)  # about 280 words in one paragraph, as some sites print a story
    for page in (_page(["Cabinet clears desalination plants for the coast", "Amna Qureshi"], long_paragraph),
                 "Cabinet clears desalination plants for the coast\n" + long_paragraph, long_paragraph):
        art = normalise_text(page)
        assert not any("line breaks" in w for w in art.warnings), page[:60]
