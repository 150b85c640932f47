"""mend30c (stop 30): reviewer review30a's findings on charts, source labels, byline honorifics, consent lists and
related-article headings. Every page is written for the tests; each case fails on int30 unless marked as a guard.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.agencies import SOURCE_LABELS
from newsbrief.normalise.charts import chart_lines, is_source_line
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import _honoured_person

from tests.scaling import assert_grows_linearly


# finding 3: Arabic-Indic years hold a ٠ ("٢٠٢٤"), and four Arabic-Indic digits are not a year by themselves


def test_arabic_indic_years_make_a_series():
    lines = [Line(t) for t in ["٢٠٢٤: ٢١٠", "٢٠٢٥: ٢٣٦", "٢٠٢٦: ٢٥١"]]
    assert chart_lines(lines, 0, 2, set()) == {0, 1, 2}


def test_arabic_indic_non_years_are_no_series():
    lines = [Line(t) for t in ["١٢٣٤: ٥", "٥٦٧٨: ٩"]]
    assert chart_lines(lines, 0, 1, set()) == set()


def test_western_years_still_make_a_series():
    """guard"""
    lines = [Line(t) for t in ["2024: 210", "2025: 236"]]
    assert chart_lines(lines, 0, 1, set()) == {0, 1}


# finding 4: one source label for every module; "Bronn:" is no word


@pytest.mark.parametrize("text, expected", [
    ("Bronn: CBS", False), ("Bronnen: CBS, Eurostat", True), ("Bron: CBS", True), ("مصدر: الفاو", True),
    ("المصادر: الفاو، البنك الدولي", True), ("Sources: ONS", True),
])
def test_source_labels(text, expected):
    assert is_source_line(text) is expected


def test_source_labels_hold_the_shared_label():
    """guard: the shared alternation is built from agencies.SOURCE_LABEL."""
    assert SOURCE_LABELS.startswith("source|bron|المصدر")


# finding 5: _honoured_person uses without_honorific (a guard: same answers as before)


@pytest.mark.parametrize("name, expected", [
    ("mr. Lotte Verbeek", True), ("Dr Jane Doe", True), ("Jane Doe", False),
])
def test_honoured_person(name, expected):
    assert _honoured_person(name) is expected


def test_source_line_is_linear():
    assert_grows_linearly(is_source_line, lambda n: "Bronnen:" + " x" * n, 2_000, 8_000)


# finding 2: a story's fact box with "Partners: …" under "Planning consent: granted" is no consent dialog

FACTBOX = {
    "en": """Canal towpath to reopen after £4m repairs
By Jane Doe
6 December 2026
The towpath between Granary Wharf and Kirkstall will reopen in March after a £4m repair scheme, the council said on \
Thursday, ending two years of diversions for cyclists.
The work rebuilt 3km of path and two bridges that had been closed since floods in 2024.
Cost: £4m
Planning consent: granted
Partners: Leeds City Council, Canal & River Trust, Sustrans
The council said lighting would be added along the route next year.
""",
    "nl": """Jaagpad langs kanaal gaat na herstel weer open
Door Piet Bos
6 december 2026
Het jaagpad tussen Utrecht en Maarssen gaat in maart weer open na een herstel van 4 miljoen euro, meldde de gemeente \
donderdag, na twee jaar omleidingen voor fietsers.
Bij de werkzaamheden zijn 3 kilometer pad en twee bruggen hersteld die sinds de overstromingen van 2024 dicht waren.
Kosten: 4 miljoen euro
Toestemming: verleend
Partners: gemeente Utrecht, Rijkswaterstaat, Fietsersbond
De gemeente wil volgend jaar verlichting langs de route plaatsen.
""",
}
PARTNERS = {"en": "Partners: Leeds City Council, Canal & River Trust, Sustrans",
            "nl": "Partners: gemeente Utrecht, Rijkswaterstaat, Fietsersbond"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_fact_boxs_partners_stay(lang):
    from newsbrief.normalise import normalise_text
    article = normalise_text(FACTBOX[lang])
    assert PARTNERS[lang] in article.text.split("\n"), article.text


@pytest.mark.parametrize("lines", [
    ["We value your privacy", "Partners (842): Adform A/S, Criteo SA", "Accept all   Reject all   Manage preferences"],
    ["Deze website maakt gebruik van cookies", "Partners (612): Adform A/S, Criteo SA", "Alles accepteren   Weigeren"],
    ["نحن نحترم خصوصيتك", "الشركاء (418): Adform A/S, Criteo SA", "قبول الكل   رفض الكل   إدارة الخيارات"],
])
def test_a_counted_vendor_list_is_still_a_dialogs(lines):
    """a short list whose label counts the vendors seeds a dialog on its own (above the story)."""
    from newsbrief.normalise import normalise_text
    story = FACTBOX["en"].replace("Cost: £4m\nPlanning consent: granted\n" + PARTNERS["en"] + "\n", "")
    article = normalise_text("\n".join(lines) + "\n" + story)
    assert article.title == "Canal towpath to reopen after £4m repairs"
    assert lines[1] not in article.text


def test_counted_label_is_linear():
    from newsbrief.normalise.consent import _COUNTED_LABEL
    assert_grows_linearly(_COUNTED_LABEL.match, lambda n: "a(" * n + ": x", 2_000, 8_000)


# finding 1: a what's-on story's own subheading ("Don't miss", "Ook leuk", "لا تفوتك") over two of its sentences is
# no related box: the story's sentences stay

WHATS_ON = {
    "en": ("Don't miss", """Five things to do in York this weekend
By Jane Doe
6 December 2026
The Christmas festival in the city centre opens on Friday with a lantern walk that starts at the Minster at 6pm \
and ends in St Helen's Square.
The central library is running free lantern-making sessions for children all weekend; places can be booked on the \
library's website.
Don't miss
The Shambles night market returns on Saturday with thirty stalls and a brass band.
The Castle Museum holds a Victorian winter fair with costumed guides on Sunday.
Tickets for the winter fair at the Castle Museum cost £6 for adults and children under 12 go free, the museum \
said on Thursday, and the Shambles night market is free to enter, though organisers expect long queues on Saturday.
"""),
    "nl": ("Ook leuk", """Vijf uitjes in Haarlem dit weekend
Door Sanne de Vries
6 december 2026
Het winterfestival in de binnenstad opent vrijdag met een lichtjeswandeling die om 18.00 uur bij de Grote Kerk \
begint en eindigt op de Botermarkt.
In de bibliotheek aan de Gedempte Oude Gracht kunnen kinderen het hele weekend gratis lampionnen maken; aanmelden \
kan via de website van de bibliotheek.
Ook leuk
Op zaterdag is er een avondmarkt op de Grote Markt met dertig kraampjes en een fanfare.
Zondag organiseert het Frans Hals Museum een wintermarkt met rondleidingen in kostuum.
Kaartjes voor de wintermarkt in het Frans Hals Museum kosten 6 euro voor volwassenen en kinderen tot 12 jaar \
mogen gratis naar binnen, meldt het museum donderdag, en de avondmarkt op de Grote Markt is gratis toegankelijk.
"""),
    "ar": ("لا تفوتك", """خمس فعاليات في إربد نهاية هذا الأسبوع
كتب: سامر الحديدي
6 ديسمبر 2026
يفتتح مهرجان الشتاء في وسط المدينة مساء الجمعة بمسيرة فوانيس تنطلق من ساحة البلدية في السادسة مساء وتنتهي عند \
الحديقة العامة.
وتنظم المكتبة العامة ورشات للأطفال طوال عطلة نهاية الأسبوع لصنع الفوانيس مجانا، ويجب الحجز المسبق عبر الموقع \
الإلكتروني للمكتبة.
لا تفوتك
يعود السوق الليلي في شارع الجامعة يوم السبت بثلاثين كشكا وفرقة موسيقية.
ويستضيف متحف التراث يوم الأحد سوقا شتويا يضم جولات بإرشاد بأزياء تقليدية.
وتبلغ أسعار تذاكر السوق الشتوي في متحف التراث ستة دنانير للكبار، ويدخل الأطفال دون الثانية عشرة مجانا، بحسب \
ما أعلنه المتحف يوم الخميس، أما السوق الليلي في شارع الجامعة فالدخول إليه مجاني للجميع.
"""),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_stories_subheading_over_its_sentences_is_no_teaser_box(lang):
    from newsbrief.normalise import normalise_text
    _heading, page = WHATS_ON[lang]
    article = normalise_text(page, model=False)
    sentences = page.strip().split("\n")[-3:-1]
    for sentence in sentences:
        assert sentence in article.text.split("\n"), article.text


@pytest.mark.parametrize("heading", ["Don't miss", "In case you missed it", "We recommend", "Ook leuk", "Mis ook niet",
                                     "لا تفوتك", "لا يفوتك", "قد يعجبك"])
def test_a_stories_call_is_no_related_heading(heading):
    from newsbrief.normalise.phrases import whole_phrase
    assert not whole_phrase(heading, "related_heading")


@pytest.mark.parametrize("heading", ["Related stories", "More to watch", "Gerelateerde artikelen", "Ook interessant",
                                     "مواضيع ذات صلة", "قد يهمك أيضا"])
def test_a_related_boxs_heading_is_still_one_and_ends_the_story(heading):
    """guard: the box headings stay related_heading's, and an end marker through it (each listed once)."""
    from newsbrief.normalise.phrases import categories_of, whole_phrase
    assert whole_phrase(heading, "related_heading")
    assert "end" in categories_of(heading, len(heading.split()))


def test_each_related_heading_is_listed_once():
    import pathlib

    import yaml
    for lang in ("en", "nl", "ar"):
        data = yaml.safe_load((pathlib.Path(__file__).parent.parent / "newsbrief" / "phrases" / f"{lang}.yaml").read_text(encoding="utf-8"))
        assert not set(data["related_heading"]["exact"]) & set(data["end"]["exact"]), lang


@pytest.mark.parametrize("lang, heading", [("en", "Recommended"), ("nl", "Ook interessant"), ("ar", "قد يهمك")])
def test_sentences_that_the_paragraph_under_them_goes_on_about_are_the_storys(lang, heading):
    """under a related box's own heading too: the paragraph under the two sentences names their market and museum,
    words the story above never used, so the sentences were the story's, not other articles' teasers."""
    from newsbrief.normalise import normalise_text
    own, page = WHATS_ON[lang]
    article = normalise_text(page.replace("\n" + own + "\n", "\n" + heading + "\n"), model=False)
    for sentence in page.strip().split("\n")[-3:-1]:
        assert sentence in article.text.split("\n"), article.text
