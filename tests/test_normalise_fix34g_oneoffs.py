"""Probe 34B's one-offs, read as general causes (hand-written pages):

- a <title>-derived title kept the site's name ("Connacht Tribune - …") on a page with no <h1>: cut where the page
  names its site (og:site_name, its copyright holder, its domain), either end, never a headline's own dash;
- a video player's controls flattened into one line ("Video player is loading. Play Video Play Mute Current Time
  0:00 / Duration 1:42 …") stayed as body text (the phrase list matched the whole line only);
- an author's closing initial lost its dot ("Achieng O." -> "Achieng O"): the extractor strips it;
- a government release's "From:" label over the issuing department gave no byline;
- a page of nothing but a menu took its masthead ("Punch Newspapers") for a byline;
- "TNN / Updated: Jul 9, 2026, 22:14 IST": the desk before "/" hid the update label (no update-only warning) and
  gave no byline.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.issuer import issuer, issuer_in_lines
from newsbrief.normalise.metadata import UPDATE_TIME_WARNING, credit_before_update
from newsbrief.normalise.noarticle import NO_ARTICLE
from newsbrief.normalise.phrases import categories_of
from newsbrief.normalise.sitetitle import without_site_name

BODY = ["The harbour board voted on Tuesday to close the old ferry pier for repairs after divers found cracks in "
        "three of its concrete piles, cutting the island service to one sailing a day until the spring.",
        "The board's engineer said the work would cost about 1.8 million euro and take at least five months, "
        "longer if the winter storms hold up the divers.",
        "Island residents said a single daily sailing would make it hard to reach the hospital and the secondary "
        "school on the mainland."]
HEADLINE = "Harbour board closes old ferry pier for five months of repairs"


# --- a. the site's name in a <title> ---------------------------------------------------------------------------

def _head(title: str, extra: str = "", footer: str = "") -> str:
    return (f"<html><head><title>{title}</title>{extra}</head><body>"
            f"<p>{footer}</p></body></html>")


@pytest.mark.parametrize("title, extra, footer, expected", [
    # the copyright holder names the site; a section's name after the headline goes with it
    ("Island Courier - " + HEADLINE + " - News", "", "© 2026 Island Courier Ltd. Site by Webworks.", HEADLINE),
    # og:site_name, the name after the headline
    (HEADLINE + " | Island Courier", '<meta property="og:site_name" content="Island Courier">', "", HEADLINE),
    # the domain of the canonical link, written without its spaces and "the"
    (HEADLINE + " – The Island Courier", '<link rel="canonical" href="https://www.islandcourier.ie/news/pier">', "",
     HEADLINE),
    # Dutch and Arabic sites
    ("Veerpont Texel vaart maandenlang minder vaak - Eilander Courant", "",
     "&copy; 2026 Eilander Courant B.V.", "Veerpont Texel vaart maandenlang minder vaak"),
    ("جريدة الجزيرة - إغلاق الرصيف القديم للعبارات خمسة أشهر", '<meta property="og:site_name" content="جريدة الجزيرة">',
     "", "إغلاق الرصيف القديم للعبارات خمسة أشهر"),
])
def test_the_sites_name_is_cut_off_a_title(title, extra, footer, expected):
    assert without_site_name(title, _head(title, extra, footer)) == expected


@pytest.mark.parametrize("title", [
    # a headline's own dash: its first part is no site's name the page states
    "Brexit - what the new customs deal means for Irish hauliers",
    # the site's name inside the headline, not at an end
    "Island Courier readers - the pier closure in their words - a survey",
])
def test_a_headlines_own_dash_stays(title):
    html = _head(title, '<meta property="og:site_name" content="Island Courier">')
    assert without_site_name(title, html) == title


def test_a_layout_table_page_without_h1_gets_the_bare_headline():
    html = ("<html><head><title>Island Courier - " + HEADLINE + " - News</title></head><body>"
            "<table><tr><td><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></td></tr>"
            "<tr><td><font size='4'><b>" + HEADLINE + "</b></font><br><i>By Niamh Cassidy</i></td></tr><tr><td>"
            + "".join(f"<p>{p}</p>" for p in BODY) +
            "</td></tr></table><p>© 2026 Island Courier Ltd. All rights reserved.</p></body></html>")
    article = normalise_html(html, language="en")
    assert article.title == HEADLINE
    assert "Island Courier" not in article.text


# --- b. a video player's controls on one line ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Video player is loading. Play Video Play Mute Current Time 0:00 / Duration 1:42 Loaded: 0% Stream Type LIVE "
    "Remaining Time -1:42 1x Playback Rate Captions captions off Fullscreen This is a modal window.",
    "Play Mute Current Time 00:00 Duration 02:15 Loaded: 0% Fullscreen",
    "Afspelen Dempen Huidige tijd 0:00 / Tijdsduur 2:03 Geladen: 0% Resterende tijd -2:03 Afspeelsnelheid",
    "تشغيل كتم الصوت الوقت الحالي 0:00 / مدة 2:03 الوقت المتبقي -2:03 معدل التشغيل",
])
def test_a_video_players_controls_are_furniture(line):
    assert "misc" in categories_of(line, len(line.split()))


def test_a_sentence_about_a_clips_length_is_no_player():
    line = "The clip, which runs for a duration of 1:42, shows the current time 0:00 on the station clock."
    assert "misc" not in categories_of(line, len(line.split()))


def test_the_player_line_leaves_the_text():
    player = ("Video player is loading. Play Video Play Mute Current Time 0:00 / Duration 1:42 Loaded: 0% "
              "Remaining Time -1:42 1x Playback Rate Captions captions off Fullscreen This is a modal window.")
    page = "\n".join([HEADLINE, "By Niamh Cassidy", "4 November 2026", BODY[0], player] + BODY[1:])
    article = normalise_text(page, language="en")
    assert "Current Time" not in article.text and BODY[1] in article.text


# --- c. an initial's dot ---------------------------------------------------------------------------------------

def _blog(author: str) -> str:
    return ("<html><head><title>" + HEADLINE + "</title></head><body><div class='post'><h3 class='post-title'>"
            + HEADLINE + "</h3><div class='post-body'>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "</div><div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>" + author
            + "</span></span></div></div></body></html>")


@pytest.mark.parametrize("author", ["Achieng O.", "Pieter V."])
def test_an_initials_dot_is_part_of_the_name(author):
    assert normalise_html(_blog(author), language="en").byline == author


def test_a_name_without_a_dot_gets_none():
    assert normalise_html(_blog("Achieng Otieno"), language="en").byline == "Achieng Otieno"


# --- d. a government release's issuer --------------------------------------------------------------------------

def test_a_gov_release_names_its_department():
    html = ("<html><head><title>" + HEADLINE + " - GOV.UK</title></head><body><header>GOV.UK</header><main>"
            "<h1>" + HEADLINE + "</h1><dl><dt>From:</dt><dd><a href='/org/dft'>Department for Transport</a> and "
            "<a href='/people/x'>The Rt Hon Minister for Maritime</a></dd><dt>Published</dt><dd>4 November 2026</dd>"
            "</dl><div class='govspeak'>" + "".join(f"<p>{p}</p>" for p in BODY) + "</div></main></body></html>")
    assert normalise_html(html, language="en").byline == "Department for Transport"


@pytest.mark.parametrize("lines, expected", [
    (["From:", "Department for Environment, Food & Rural Affairs and The Rt Hon Minister for Nature"],
     "Department for Environment, Food & Rural Affairs"),
    (["From: Ministry of Housing, Communities and Local Government"],
     "Ministry of Housing, Communities and Local Government"),
    (["Van:", "Ministerie van Infrastructuur en Waterstaat"], "Ministerie van Infrastructuur en Waterstaat"),
    (["من:", "وزارة النقل والمواصلات"], "وزارة النقل والمواصلات"),
    (["From:", "Jane Doe"], None),  # a letter's sender, no body that issues a release
    (["From: the archive"], None),
])
def test_a_from_label_over_an_organisation(lines, expected):
    assert issuer_in_lines(lines) == expected


def test_a_text_dump_of_a_release_names_its_issuer():
    page = "\n".join(["Press release", HEADLINE, "From:", "Department for Transport", "Published 4 November 2026"]
                     + BODY)
    assert normalise_text(page, language="en").byline == "Department for Transport"


def test_issuer_cuts_at_an_office_holder_only():
    assert issuer("Department for Transport and The Rt Hon Secretary of State") == "Department for Transport"


# --- e. a page of nothing but a menu ----------------------------------------------------------------------------

@pytest.mark.parametrize("masthead, menu", [
    ("Island Courier", ["Home", "News", "Politics", "Island Life", "Business", "Sport", "Harbour Talk", "Opinion",
                        "Weekend Plus", "Video", "E-Paper", "Contact Us", "Privacy Policy",
                        "Copyright Island Courier. All rights reserved."]),
    ("Eilander Courant", ["Home", "Nieuws", "Sport", "Eilandleven", "Economie", "Havenpraat", "Cultuur", "Opinie",
                          "Weekend Extra", "Video", "Contact", "Privacybeleid",
                          "© 2026 Eilander Courant. Alle rechten voorbehouden."]),
])
def test_a_menu_page_has_no_byline(masthead, menu):
    article = normalise_text("\n".join([masthead] + menu), language=None)
    assert any(w.startswith(NO_ARTICLE) for w in article.warnings)
    assert article.byline is None and article.title is None


# --- f. a desk's credit before "Updated" -------------------------------------------------------------------------

@pytest.mark.parametrize("line, credit", [
    ("TNN / Updated: Jul 9, 2026, 22:14 IST", "TNN"),
    ("By Niamh Cassidy | Updated 4 November 2026, 09:12", "Niamh Cassidy"),  # a name behind its label (mend34b)
    ("ANP / Bijgewerkt: 4 november 2026, 09:12", "ANP"),
    ("Sport / Updated: Jul 9, 2026", None),  # a section's name is no credit
    ("TNN / Jul 9, 2026, 22:14 IST", None),  # no update label
])
def test_the_credit_before_an_update_label(line, credit):
    assert credit_before_update(line) == credit


def test_a_desk_update_line_gives_byline_and_update_warning():
    page = "\n".join(["India News", HEADLINE, "TNN / Updated: Jul 9, 2026, 22:14 IST", "Share"] + BODY)
    article = normalise_text(page, language="en")
    assert article.byline == "TNN"
    assert article.published == "2026-07-09T22:14"
    assert any(w.startswith(UPDATE_TIME_WARNING) for w in article.warnings)
