"""A new user's English pages (stop 35, tester probeB): hand-written pages here (none is eval or probe text), en with
nl/ar parity where a rule reads words.

A related box with a carousel's pager in the middle of a story ("RELATED ARTICLES" / "Previous" / "1" / "Next" /
teasers cut off by "..." / "Share this article") removes itself and the story goes on under it: its pager and share
buttons had made it no box, and its heading ended the article with no warning. The sections below: a tabloid's
highlights under its headline, bracketed footnote markers, a chart dumped column-wise, a live blog's entry bylines."""

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines
from newsbrief.normalise.losses import loss_warnings
from tests.scaling import assert_grows_linearly

EN_NAV = ["Home", "News", "Sport", "Showbiz", "Money", "Travel"]

EN_ABOVE = [
    "A cyclist was left waiting for four hours after a lorry knocked him off his bike on the coast road near Hayle.",
    "Tom Pascoe, 58, broke his collarbone and wrist when the lorry clipped his handlebars at about 6pm on Friday.",
    "His wife said the control room had told her twice that an ambulance was on its way before it finally came.",
]
EN_BELOW = [
    "The ambulance service said it had been dealing with a surge of calls across the county on Friday evening.",
    "A spokesman said the delay fell well short of the standard it expected and that it would review Mr Pascoe's call.",
    "Mr Pascoe is now recovering at home and hopes to be back on his bike in the spring, his wife said.",
]
EN_BOX = ["RELATED ARTICLES", "Previous", "1", "Next",
          "Ambulance handover delays reach record levels as hospitals fill...",
          "Coast road to close for resurfacing work through January...",
          "Share this article", "Share"]
EN_FOOT = ["Comments 14", "Share what you think", "Newest", "Oldest", "Back to top", "Contact us", "Privacy policy"]

NL_ABOVE = [
    "Een fietser moest vrijdagavond vier uur wachten op een ambulance nadat een vrachtwagen hem had aangereden bij Hoorn.",
    "De 58-jarige man brak zijn sleutelbeen en zijn pols toen de vrachtwagen zijn stuur raakte op de dijkweg.",
    "Zijn vrouw zegt dat de meldkamer haar twee keer beloofde dat er een ambulance onderweg was voordat die kwam.",
]
NL_BELOW = [
    "De ambulancedienst zegt dat er vrijdagavond in de hele regio ongewoon veel meldingen binnenkwamen bij de meldkamer.",
    "Een woordvoerder noemt de wachttijd onacceptabel en belooft dat de dienst de melding van de fietser gaat onderzoeken.",
    "De man herstelt inmiddels thuis en hoopt in het voorjaar weer op de fiets te stappen, zegt zijn vrouw.",
]
NL_BOX = ["GERELATEERDE ARTIKELEN", "Vorige", "1", "Volgende",
          "Wachttijden op de spoedeisende hulp lopen verder op nu ziekenhuizen vollopen...",
          "Dijkweg gaat in januari dicht voor groot onderhoud aan het wegdek...",
          "Deel dit artikel", "Delen"]
NL_NAV = ["Home", "Nieuws", "Regio", "Sport", "Weer"]

AR_ABOVE = [
    "انتظر راكب دراجة أربع ساعات على الطريق الساحلي مساء الجمعة بعد أن صدمته شاحنة قرب مدخل المدينة الشمالي.",
    "وأصيب الرجل البالغ من العمر ثمانية وخمسين عاماً بكسر في الترقوة والمعصم عندما اصطدمت الشاحنة بمقود دراجته.",
    "وقالت زوجته إن غرفة العمليات أكدت لها مرتين أن سيارة الإسعاف في طريقها قبل أن تصل أخيراً بعد منتصف الليل.",
]
AR_BELOW = [
    "وقالت خدمة الإسعاف إنها تلقت مساء الجمعة عدداً غير معتاد من البلاغات في أنحاء المحافظة كافة خلال ساعات قليلة.",
    "وأضاف متحدث باسم الخدمة أن التأخير غير مقبول وأن الخدمة ستراجع بلاغ راكب الدراجة بالتفصيل خلال الأسبوع.",
    "ويتعافى الرجل حالياً في منزله ويأمل أن يعود إلى ركوب دراجته في الربيع المقبل بحسب ما قالت زوجته.",
]
AR_BOX = ["مقالات ذات صلة", "السابق", "1", "التالي",
          "تأخر تسليم المرضى في أقسام الطوارئ يبلغ مستويات قياسية مع امتلاء المستشفيات...",
          "إغلاق الطريق الساحلي لأعمال الصيانة طوال شهر يناير المقبل...",
          "شارك المقال", "شارك"]
AR_NAV = ["الرئيسية", "أخبار", "اقتصاد", "رياضة", "منوعات"]

CAROUSEL = {
    "en": (EN_NAV, "Cyclist left waiting four hours for ambulance after lorry crash on coast road",
           "By Jane Treloar", "Published: 14:22 GMT, 3 December 2026", EN_ABOVE, EN_BOX, EN_BELOW),
    "nl": (NL_NAV, "Fietser wacht vier uur op ambulance na aanrijding met vrachtwagen op dijkweg",
           "Door Sanne de Boer", "3 december 2026, 14:22", NL_ABOVE, NL_BOX, NL_BELOW),
    "ar": (AR_NAV, "راكب دراجة ينتظر الإسعاف أربع ساعات بعد حادث مع شاحنة على الطريق الساحلي",
           "كتب: سامر الحديدي", "3 ديسمبر 2026", AR_ABOVE, AR_BOX, AR_BELOW),
}


def carousel_page(language: str) -> str:
    nav, title, byline, date, above, box, below = CAROUSEL[language]
    return "\n".join(nav + [title, byline, date] + above + box + below + EN_FOOT) + "\n"


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_a_carousel_box_in_the_story_removes_only_itself(language):
    art = normalise_text(carousel_page(language), language=language)
    _, _, _, _, above, box, below = CAROUSEL[language]
    assert [p for p in above + below if p in art.paragraphs] == above + below
    assert not any(line in art.text for line in box[4:6])  # the cut-off teasers are the box's
    assert not art.warnings


def test_a_whole_sentence_under_cut_off_teasers_is_the_story():
    # no share buttons under the box: the story's next paragraph, one sentence as long as a teaser, is no third teaser
    box = [line for line in EN_BOX if not line.startswith("Share")]
    text = "\n".join(EN_NAV + ["Cyclist left waiting four hours for ambulance", "By Jane Treloar",
                               "Published: 14:22 GMT, 3 December 2026"] + EN_ABOVE + box + EN_BELOW + EN_FOOT)
    art = normalise_text(text, language="en")
    assert EN_BELOW[0] in art.paragraphs
    assert box[4] not in art.text


def test_a_story_lost_under_a_related_heading_is_warned():
    # the rules left the story under the box as "after the article" (any cause): the loss is said, not silent; the
    # box's heading itself ("RELATED ARTICLES", an end marker) no longer stops the search for it
    lines = split_lines(carousel_page("en"))
    feats = line_features(lines)
    at = next(k for k, line in enumerate(lines) if line.text == "RELATED ARTICLES")
    roles = ["content" if line.text in EN_ABOVE else "removed" for line in lines]
    reasons = ["prose" if r == "content" else ("after the article" if k > at else "navigation")
               for k, r in enumerate(roles)]
    warnings = loss_warnings(lines, feats, roles, reasons)
    assert any("under a box or table in the story" in w and EN_BELOW[0][:30] in w for w in warnings)


# A UK tabloid's highlights between its headline and its byline: three or four lines that each read as a headline
# about the story; the longest or the nearest won on score, and the headline was lost to the first highlight.
TABLOID_HEAD = "Cyclist, 58, left lying on coast road for four hours after ambulance crew were sent to the wrong town"
HIGHLIGHTS = [
    "Tom Pascoe broke his collarbone when a lorry clipped his handlebars near Hayle",
    "His wife says the control room told her twice that an ambulance was on its way",
    "The ambulance service has promised to review the call and its handling",
]


def test_the_headline_over_its_highlights_is_the_title():
    text = "\n".join(EN_NAV + [TABLOID_HEAD] + HIGHLIGHTS + ["By Jane Treloar For Mailonline",
                                                             "Published: 14:22 GMT, 3 December 2026"]
                     + EN_ABOVE + EN_BELOW + EN_FOOT)
    art = normalise_text(text, language="en")
    assert art.title == TABLOID_HEAD
    assert EN_ABOVE[0] in art.paragraphs


def test_guard_a_headline_and_one_deck_keep_the_headline():
    # two lines under the headline at most are its decks (DECK_LINES): the highlights rule does not move it
    text = "\n".join(EN_NAV + [TABLOID_HEAD] + HIGHLIGHTS[:1] + ["By Jane Treloar", "3 December 2026"]
                     + EN_ABOVE + EN_BELOW + EN_FOOT)
    assert normalise_text(text, language="en").title == TABLOID_HEAD


# A think tank's bracketed footnote markers ("…coastline.[1] The …") go with the notes list they number; a page
# without notes keeps its brackets.
NOTED = [
    "Gulf states have signed more than a dozen port deals along the Horn of Africa since 2014.[1] Few regions have "
    "seen so much foreign money go into so few harbours in so short a time.",
    "Around a tenth of world trade passes the Bab el-Mandeb strait, and the ports on either side serve a hinterland of "
    "130 million people [2]. Ethiopia alone has no coast of its own.",
    "The deals have also drawn the region's rivalries onto African soil, as the authors of an earlier study noted.",
]
NOTES = ["Notes",
         "[1] Author's database of port agreements, 2014–26, compiled from company filings.",
         "[2] UNCTAD, Review of Maritime Transport 2025, Geneva: United Nations, 2025."]


def test_bracketed_markers_go_with_the_notes_list():
    text = "\n".join(["Research", "Publications", "The Gulf's ports race on the Horn of Africa", "By Amira Haddad",
                      "3 December 2026"] + NOTED + NOTES + ["© 2026 The Institute"])
    art = normalise_text(text, language="en")
    assert "[1]" not in art.text and "[2]" not in art.text
    assert "since 2014. Few regions" in art.text and "130 million people. Ethiopia" in art.text
    assert not any(note in art.text for note in NOTES[1:])


def test_guard_brackets_stay_without_a_notes_list():
    # no notes list removed: a "[1]" and a quoted "[sic]" are the story's own text
    own = ["The council's letter said the bridge was \"safe to use [sic]\" weeks before it closed for good.",
           "Item [1] on the agenda was the bridge, and the councillors spent two hours on it before the vote.",
           "The repairs are expected to take most of next year and cost about four million pounds in all."]
    text = "\n".join(["Home", "News", "Council knew of bridge cracks months before closure", "By Amira Haddad",
                      "3 December 2026"] + own + ["© 2026 The Gazette"])
    art = normalise_text(text, language="en")
    assert "[sic]" in art.text and "Item [1] on the agenda" in art.text


# A chart dumped column-wise: its title, N axis labels, N values, its source and credit lines. The model dropped the
# labels and kept the bare values as the story's text; the chart goes whole (charts.column_chart_lines).
CHARTS = {
    "en": (["Harbour freight volumes", "Containers handled per month (thousands)"],
           ["Jan", "Feb", "Mar", "Apr", "May", "Jun"], ["41.2", "39.8", "44.1", "45.6", "47.0", "46.3"],
           ["Source: Port Authority", "Chart: The Gazette / Ana Ruiz"]),
    "nl": (["Overslag in de haven", "Containers per maand (duizenden)"],
           ["jan", "feb", "mrt", "apr", "mei", "jun"], ["41,2", "39,8", "44,1", "45,6", "47,0", "46,3"],
           ["Bron: Havenbedrijf", "Grafiek: De Courant / Ana Ruiz"]),
    "ar": (["حركة الحاويات في الميناء", "عدد الحاويات شهرياً (بالآلاف)"],
           ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو"], ["41.2", "39.8", "44.1", "45.6", "47.0", "46.3"],
           ["المصدر: هيئة الميناء", "رسم بياني: الجريدة"]),
}


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_a_column_wise_chart_goes_whole(language):
    nav, title, byline, date, above, _box, below = CAROUSEL[language]
    head, labels, values, credits = CHARTS[language]
    text = "\n".join(nav + [title, byline, date] + above + head + labels + values + credits + below + EN_FOOT)
    art = normalise_text(text, language=language)
    assert [p for p in above + below if p in art.paragraphs] == above + below
    assert not any(line in art.paragraphs for line in head + labels + values + credits)


def test_guard_a_labelled_chart_stays():
    # "LABEL: NUMBER" lines pair each value with its label: the story's figures, kept (charts.chart_lines)
    series = ["Chart: Containers handled per month", "Jan 2026: 41,200", "Feb 2026: 39,800", "Mar 2026: 44,100",
              "Source: Port Authority"]
    text = "\n".join(EN_NAV + ["Harbour freight rises again", "By Jane Treloar", "3 December 2026"]
                     + EN_ABOVE + series + EN_BELOW + EN_FOOT)
    art = normalise_text(text, language="en")
    assert "Feb 2026: 39,800" in art.paragraphs


def test_guard_labels_without_as_many_values_are_no_chart():
    from newsbrief.normalise.celltables import cell_table_rows
    from newsbrief.normalise.charts import column_chart_lines
    # four short lines and three numbers (a menu over a pager's page numbers): no chart
    lines = split_lines("\n".join(EN_ABOVE + ["Home", "News", "Sport", "Weather", "1", "2", "3"] + EN_BELOW))
    feats = line_features(lines)
    assert column_chart_lines(lines, feats, cell_table_rows(lines, feats)) == set()


def test_a_long_run_of_number_cells_costs_linear_time():
    # (the chart finder read a run of numbers with no label over it again from each of its lines: 2,000 numbers
    # took 1.55 s, 4,000 took 5.98 s)
    from newsbrief.normalise.celltables import cell_table_rows
    from newsbrief.normalise.charts import column_chart_lines

    def run(text: str) -> None:
        lines = split_lines(text)
        feats = line_features(lines)
        column_chart_lines(lines, feats, cell_table_rows(lines, feats))

    assert_grows_linearly(run, lambda n: "\n".join(str(k) for k in range(n)), 500, 2000)


# A live blog's entries each carry their byline over their time, with the author's follow widget glued ("By Sam Sokol
# Follow You will receive email alerts from this author. …"); the desk's "Filed by …" in the header is the page's.
def liveblog(bylines: list[str]) -> str:
    entries = [("22:48", "Council passes winter budget in first reading",
                "The city council approved the winter budget in its first reading late on Monday by 31 votes to 24."),
               ("21:15", "Harbour crossing reopens after two-day closure",
                "The harbour crossing reopened on Monday evening and 140 lorries crossed before midnight, police said."),
               ("19:02", "Port workers strike over unpaid wages",
                "Workers at the port launched an open-ended strike on Monday, saying they had not been paid for weeks.")]
    out = EN_NAV + ["Liveblog December 01, 2026",
                    "Council approves budget in first reading; harbour crossing reopens", "Filed by Gazette Staff"]
    for byline, (time, head, text) in zip(bylines, entries):
        out += [byline, time, head, text, "Share", "Copy link"]
    return "\n".join(out + EN_FOOT) + "\n"


WIDGET = " Follow You will receive email alerts from this author. Manage alert preferences on your profile page"


def test_live_blog_entry_bylines_with_their_follow_widget_go():
    bylines = ["By Sam Hollis" + WIDGET, "By Emma Fabian" + WIDGET, "By Gazette Staff Follow"]
    art = normalise_text(liveblog(bylines), language="en")
    assert not any("Follow" in p or p.startswith("By ") for p in art.paragraphs)
    assert any(p.endswith("Council passes winter budget in first reading") for p in art.paragraphs)
    assert art.byline == "Gazette Staff"


def test_filed_by_is_a_byline_label_and_the_widget_no_name():
    from newsbrief.normalise.metadata import split_byline
    assert split_byline("Filed by Times of Israel Staff")[0] == "Times of Israel Staff"
    assert split_byline("By Sam Hollis" + WIDGET)[0] == "Sam Hollis"
    assert split_byline("Door Eva Smit Volgen")[0] == "Eva Smit"


def test_guard_a_marker_read_as_a_noun_stays():
    from newsbrief.normalise.references import strip_note_markers
    noun = "The peaks of the layer from [7] are shown."
    assert strip_note_markers(noun, {7}) == noun
    assert strip_note_markers("It was reported [7]. The layer grew.", {7}) == "It was reported. The layer grew."


def test_guard_site_links_over_a_headline_are_no_highlights():
    # short or title-case link lines between a site's menu and the headline: the headline over its byline stays
    text = "\n".join(EN_NAV + ["Gazette on Facebook", "Gazette RSS Feed", "FREE Printables, DIY Crafts and Party Ideas",
                               TABLOID_HEAD, "By Jane Treloar", "3 December 2026"] + EN_ABOVE + EN_BELOW + EN_FOOT)
    assert normalise_text(text, language="en").title == TABLOID_HEAD
