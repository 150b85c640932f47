"""Stop 32, tester probeB's findings 1, 3, 8, 9, 10 and 12, each by its general cause in en/nl/ar: a section page of
teasers says "no article" on both paths (and a story with a related box does not); sponsored content is named and its
sponsor line is no headline; a pager is no table of numbers; a correction behind an editor's note label is said,
and a label line with its text is one notice; small phrase gaps; a script-built page saved before its script ran.
Every page here is written for these tests."""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.losses import TABLE_WARNING, notice_warnings
from newsbrief.normalise.noarticle import NO_ARTICLE
from newsbrief.normalise.notnews import NOT_NEWS


def _no_article(art) -> bool:
    return any(w.startswith(NO_ARTICLE) for w in art.warnings)


def _sponsored(art) -> bool:
    return any(w.startswith(NOT_NEWS) and "sponsored" in w for w in art.warnings)


def _corrections(art) -> list[str]:
    return [w for w in art.warnings if "a correction notice" in w]


# --- 1: a section page of teasers, on the text path (more teasers than the 100-word cap) and the HTML path --------

def _section_page(head: list[str], teasers: list[tuple[str, str, str]], foot: list[str], stamp_first: bool = False) -> str:
    rows = []
    for headline, standfirst, stamp in teasers:
        rows += [stamp, headline, standfirst] if stamp_first else [headline, standfirst, stamp]
    return "\n".join(head + rows + foot) + "\n"


SECTION_EN = _section_page(
    ["The Harbour Gazette", "Home", "Local", "Business", "Sport", "Weather", "Sign in", "Local news"],
    [("Ferry fares to rise by 6% from April", "The operator blames higher fuel and staff costs.", "1 hour ago · Local"),
     ("New lifeboat station opens at Kettle Point", "Volunteers raised £400,000 over three years.", "2 hours ago · Local"),
     ("School roof repairs delayed until summer", "Pupils will stay in temporary classrooms.", "4 hours ago · Local"),
     ("Harbour wall inspection finds new cracks", "Engineers will return next month with divers.", "5 hours ago · Local"),
     ("Bakery chain to close two town centre shops", "Twelve staff have been offered other jobs.", "7 hours ago · Business"),
     ("Coastal path reopens after landslip", "The diversion near the lighthouse has been lifted.", "Yesterday · Local"),
     ("Farmers market moves to the quay", "Stallholders say the old car park was too small.", "Yesterday · Local"),
     ("Council approves new bus shelters", "Eighteen shelters will be replaced by the autumn.", "Yesterday · Local")],
    ["Load more", "About us", "Contact", "© 2026 Harbour Gazette Ltd"])

SECTION_NL = _section_page(
    ["Dagblad van de Kust", "Home", "Regio", "Economie", "Sport", "Binnenland"],
    [("Veerdienst naar Texel vaart vaker in de zomer", "Er komen elke dag vier extra afvaarten bij.", "2 uur geleden · Regio"),
     ("Nieuwe brug over het kanaal pas in 2028 klaar", "De aannemer kampt met een tekort aan staal.", "3 uur geleden · Regio"),
     ("Bakkerij in Den Helder stopt na honderd jaar", "De eigenaar vindt geen opvolger.", "5 uur geleden · Economie"),
     ("Strandpaviljoens mogen langer open blijven", "De gemeenteraad stemde donderdag in.", "Gisteren · Regio"),
     ("Duinpad bij Callantsoog weer open", "Het pad was maanden dicht door een afschuiving.", "Gisteren · Regio"),
     ("Zwembad krijgt zonnepanelen op het dak", "De panelen leveren een derde van de stroom.", "Gisteren · Regio")],
    ["Meer laden", "Over ons", "Contact"], stamp_first=True)

SECTION_AR = _section_page(
    ["صحيفة الساحل", "الرئيسية", "محليات", "اقتصاد", "رياضة", "محليات"],
    [("افتتاح جسر جديد فوق الوادي الشرقي", "يختصر الجسر الطريق إلى المدينة بعشرين دقيقة.", "منذ ساعتين · محليات"),
     ("ارتفاع أسعار الأسماك في سوق الميناء", "يعزو التجار الارتفاع إلى سوء الأحوال الجوية.", "منذ 3 ساعات · اقتصاد"),
     ("إغلاق شاطئ الكورنيش مؤقتا للصيانة", "تستمر أعمال الصيانة أسبوعين.", "منذ 5 ساعات · محليات"),
     ("مدرسة جديدة تستقبل طلابها في سبتمبر", "تتسع المدرسة لستمئة طالب وطالبة.", "أمس · محليات"),
     ("بلدية المدينة تزرع ألف شجرة نخيل", "تشمل الحملة الطرق الرئيسية والحدائق.", "أمس · محليات"),
     ("تمديد ساعات عمل المكتبة العامة", "تفتح المكتبة حتى العاشرة مساء.", "أمس · محليات")],
    ["من نحن", "اتصل بنا"])

STORY_WITH_TIMED_BOX_EN = """The Harbour Gazette
Local
Ferry fares to rise by 6% from April as fuel costs bite
By Nadia Okoro
12 March 2026
Ferry fares between the mainland and the islands will rise by 6% from April, the operator said on Thursday, blaming higher fuel prices and the cost of a new pay deal for its crews.
A return ticket for a car and two passengers will cost £148 in the summer season, up from £139. Foot passengers will pay £1.20 more each way.
Island councillors said the rise would hit families who rely on the ferry to reach the hospital and the secondary school on the mainland.
"We understand that nobody wants to pay more, but our costs have gone up by far more than 6%," said Martin Hale, the operator's chief executive.
More from Local
New lifeboat station opens at Kettle Point
Volunteers raised £400,000 over three years.
2 hours ago · Local
School roof repairs delayed until summer
Pupils will stay in temporary classrooms.
4 hours ago · Local
Harbour wall inspection finds new cracks
Engineers will return next month with divers.
5 hours ago · Local
Bakery chain to close two town centre shops
Twelve staff have been offered other jobs.
7 hours ago · Business
Coastal path reopens after landslip
The diversion near the lighthouse has been lifted.
Yesterday · Local
"""


def test_a_section_page_of_teasers_holds_no_article_in_three_languages():
    for page in (SECTION_EN, SECTION_NL, SECTION_AR):
        art = normalise_text(page)
        assert _no_article(art), (art.title, art.warnings, art.text[:200])


def test_a_story_with_a_box_of_timed_teasers_under_it_is_an_article():
    art = normalise_text(STORY_WITH_TIMED_BOX_EN)
    assert not _no_article(art), art.warnings
    assert "fares" in art.title and "Martin Hale" in art.text


def _teaser_html(headline: str, standfirst: str, stamp: str, n: int) -> str:
    return (f'<article class="card"><a href="/local/{n}"><h3>{headline}</h3></a><p>{standfirst}</p>'
            f'<span class="meta"><time>{stamp}</time></span></article>\n')


def _html(main: str, lang: str = "en") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Local | The Harbour Gazette</title>'
            '</head><body><header><a href="/">The Harbour Gazette</a><nav><a href="/local">Local</a> '
            '<a href="/sport">Sport</a></nav></header><main>' + main + '</main><footer>© 2026 Harbour Gazette Ltd'
            '</footer></body></html>')


_TEASERS = [("Ferry fares to rise by 6% from April", "The operator blames higher fuel and staff costs.", "1 hour ago"),
            ("New lifeboat station opens at Kettle Point", "Volunteers raised £400,000 over three years.", "2 hours ago"),
            ("School roof repairs delayed until summer", "Pupils will stay in temporary classrooms.", "4 hours ago"),
            ("Harbour wall inspection finds new cracks", "Engineers will return next month with divers.", "5 hours ago"),
            ("Bakery chain to close two town centre shops", "Twelve staff have been offered other jobs.", "7 hours ago"),
            ("Coastal path reopens after landslip", "The diversion near the lighthouse has been lifted.", "Yesterday")]


def test_an_html_section_page_holds_no_article_and_says_only_that():
    page = _html("<h1>Local</h1><section>" + "".join(_teaser_html(*t, n) for n, t in enumerate(_TEASERS)) + "</section>")
    art = normalise_document(page)
    assert _no_article(art), (art.title, art.warnings, art.text[:200])
    assert len(art.warnings) == 1, art.warnings  # no "second article" nor "thread of posts" beside it


def test_an_html_story_with_a_related_box_of_teasers_is_an_article():
    body = "".join(f"<p>{p}</p>" for p in STORY_WITH_TIMED_BOX_EN.split("\n")[6:10])
    page = _html('<article class="story"><h1>Ferry fares to rise by 6% from April as fuel costs bite</h1>'
                 '<p class="byline">By Nadia Okoro</p>' + body + '</article><aside><h2>More from Local</h2>'
                 + "".join(_teaser_html(*t, n) for n, t in enumerate(_TEASERS[1:])) + "</aside>")
    art = normalise_document(page)
    assert not _no_article(art), art.warnings
    assert "Martin Hale" in art.text


# --- 3: sponsored content ----------------------------------------------------------------------------------------

SPONSORED_EN = """The Evening Courier
News
Money
Travel
Sponsored content
Presented by Brightwater Home Energy
Why more households are switching to heat pumps this winter
2 February 2026
This article was paid for by Brightwater Home Energy and produced by the Courier's partnership studio.
Heat pumps have long been popular in Scandinavia, but until recently few British homes had one. That is changing quickly as gas prices stay high and grants cover much of the cost of installation.
Around 60,000 heat pumps were fitted in the last year, according to industry estimates, almost double the number two years earlier.
"Most of our customers tell us their bills fell in the first winter," said Priya Lal, an installer in Leeds.
Get your free home survey today
Terms and conditions apply. Prices correct at time of publishing.
"""

SPONSORED_NL = """Het Stadsblad
Nieuws
Wonen
Gesponsord door Groen Dak Nederland
Zo maak je van je platte dak een tuin
Dit artikel kwam tot stand in commerciële samenwerking met Groen Dak Nederland.
Steeds meer stadsbewoners leggen planten op hun platte dak. Een groen dak houdt regenwater vast, koelt het huis in de zomer en trekt bijen en vlinders aan.
Een sedumdak van twintig vierkante meter kost volgens de branche tussen de 1.500 en 2.500 euro, inclusief aanleg.
Veel gemeenten geven subsidie: in Utrecht en Rotterdam krijgen bewoners tot de helft van de kosten terug.
"""

SPONSORED_AR = """صحيفة المدينة
الرئيسية
اقتصاد
محتوى مدعوم
كيف تختار نظام الطاقة الشمسية المناسب لمنزلك
هذا المحتوى مدعوم من شركة شمس الخليج للطاقة.
أصبحت الألواح الشمسية خيارا شائعا لدى الأسر في المنطقة بعد تراجع أسعارها خلال السنوات الخمس الماضية بأكثر من النصف.
ويقول خبراء إن نظاما منزليا متوسطا يمكن أن يغطي ثلثي استهلاك الكهرباء في أشهر الصيف.
وتقدم بعض البلديات قروضا ميسرة لتركيب الألواح على أسطح المنازل.
"""

NEWS_ABOUT_SPONSORS_EN = """The Evening Courier
Politics
Bill to ban junk food sponsorship of youth football passes first vote
By Tom Ashdown
2 February 2026
Advertisement
A bill that would ban fast food companies from sponsoring youth football teams passed its first vote in Parliament on Monday.
The bill was sponsored by two backbench MPs and has the support of several medical charities, who say children see thousands of junk food adverts each year.
Sponsored
Opponents say grassroots clubs will lose money they need for kit and pitches, and that sponsorship deals are worth about £12 million a year.
The bill now goes to a committee, where ministers are expected to propose changes.
"""


def test_sponsored_content_is_named_its_headline_kept_and_its_disclosure_left_out():
    for page, headline, disclosure in (
            (SPONSORED_EN, "Why more households are switching to heat pumps this winter", "paid for by"),
            (SPONSORED_NL, "Zo maak je van je platte dak een tuin", "kwam tot stand"),
            (SPONSORED_AR, "كيف تختار نظام الطاقة الشمسية المناسب لمنزلك", "مدعوم من")):
        art = normalise_text(page)
        assert _sponsored(art), (art.title, art.warnings)
        assert art.title == headline, art.title  # the sponsor's line is no headline
        assert disclosure not in art.text, art.text[:200]  # no takeaway from the disclosure
        assert art.paragraphs, "the piece's text is still shown"
    assert "Prices correct" not in normalise_text(SPONSORED_EN).text  # the offer's small print is no takeaway


PATRONAGE_AR = """صحيفة المدينة
الرئيسية
ثقافة
برعاية أمير المنطقة.. افتتاح معرض الكتاب الدولي في دورته العشرين
افتتح أمير المنطقة مساء الأحد معرض الكتاب الدولي في دورته العشرين بمشاركة أكثر من ثمانمئة دار نشر من أربعين دولة.
ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية وورش عمل للأطفال.
وقال مدير المعرض إن عدد الزوار في الدورة الماضية تجاوز نصف مليون زائر.
"""


def test_a_story_about_sponsorship_with_ad_slots_is_news():
    art = normalise_text(NEWS_ABOUT_SPONSORS_EN)
    assert not _sponsored(art), art.warnings
    assert "sponsored by two backbench MPs" in art.text
    # an Arabic headline under a patron's auspices ("برعاية …") is no sponsor's label
    art = normalise_text(PATRONAGE_AR)
    assert not _sponsored(art), art.warnings
    assert art.title and art.title.startswith("برعاية"), art.title


# --- 8: a pager is no table of numbers ---------------------------------------------------------------------------

def _paged(pager: list[str], lang: str = "en") -> str:
    if lang == "nl":
        top = ["Het Stadsblad", "Binnenland", "Gemeente wil parkeerplaatsen in de binnenstad halveren",
               "Door Eva Smit", "4 maart 2026"]
        body = ["De gemeente wil het aantal parkeerplaatsen in de binnenstad de komende vijf jaar halveren, zo staat in een plan dat dinsdag is gepresenteerd.",
                "Op de vrijgekomen ruimte moeten bomen, bankjes en fietsenstallingen komen. Bewoners houden een vergunning voor hun eigen straat.",
                "Ondernemers zijn bezorgd dat klanten wegblijven. De winkeliersvereniging wil eerst een proef in twee straten."]
    else:
        top = ["The Evening Courier", "News", "City plans to halve parking spaces in the old town", "By Eva Smith",
               "4 March 2026"]
        body = ["The city council wants to halve the number of parking spaces in the old town over the next five years, according to a plan presented on Tuesday.",
                "Trees, benches and bike racks would take the place of the removed spaces. Residents would keep a permit for their own street.",
                "Shop owners fear that customers will stay away. Their association wants a trial in two streets first."]
    return "\n".join(top + body[:2] + pager + body[2:] + ["© 2026"]) + "\n"


def test_a_pager_in_the_story_is_no_table_of_numbers():
    # the paragraph under the pager is the story again, in the page's own language
    for page, after in ((_paged(["Page 1 of 3", "1", "2", "3", "Next »"]), "Shop owners"),
                        (_paged(["1 2 3 Next »"]), "Shop owners"),
                        (_paged(["Pagina 1 van 3", "1", "2", "3", "Volgende »"], "nl"), "Ondernemers")):
        art = normalise_text(page)
        assert not any(w.startswith(TABLE_WARNING) for w in art.warnings), art.warnings
        assert after in art.text, art.text


# --- 9: a correction behind an editor's note label, and a label line with its text -------------------------------

def _corrected(note: list[str], foot: list[str], lang: str = "en") -> str:
    page = _paged([], lang).rstrip("\n").split("\n")[:-1]  # without the copyright line
    return "\n".join(page[:5] + note + page[5:] + foot) + "\n"


def test_an_editors_note_correction_above_the_story_is_said_in_three_languages():
    for note, lang in (("Editor's note: An earlier version of this article gave the wrong date for the council vote. "
                        "It is 12 March, not 21 March.", "en"),
                       ("Noot van de redactie: In een eerdere versie van dit artikel stond een verkeerde datum voor de "
                        "raadsvergadering. Het is 12 maart.", "nl")):
        art = normalise_text(_corrected([note], [], lang))
        said = _corrections(art)
        assert len(said) == 1 and "12 ma" in said[0].lower(), art.warnings
        assert "earlier version" not in art.text and "eerdere versie" not in art.text
    ar = ("صحيفة المدينة\nمحليات\nالبلدية تخطط لخفض مواقف السيارات في وسط المدينة\n"
          "ملاحظة المحرر: في نسخة سابقة من هذا المقال ورد تاريخ خاطئ لاجتماع المجلس، والصحيح 12 مارس.\n"
          "تخطط البلدية لخفض عدد مواقف السيارات في وسط المدينة إلى النصف خلال السنوات الخمس المقبلة، وفق خطة عرضت الثلاثاء.\n"
          "وستحل الأشجار والمقاعد وأماكن وقوف الدراجات محل المواقف الملغاة، ويحتفظ السكان بتصاريح لشوارعهم.\n")
    art = normalise_text(ar)
    said = _corrections(art)
    assert len(said) == 1 and "12 مارس" in said[0], art.warnings


def test_a_correction_label_line_and_its_text_are_one_notice():
    art = normalise_text(_corrected([], ["Correction: 6 March 2026",
                                         "An earlier version of this article said the plan covers ten years. It covers five."]))
    said = _corrections(art)
    assert len(said) == 1, art.warnings
    assert "6 March 2026" in said[0] and "It covers five" in said[0]


# --- 10: phrase gaps ---------------------------------------------------------------------------------------------

def test_furniture_lines_left_in_the_text_are_removed():
    furniture = ["SKIP ADVERTISEMENT", "pic.twitter.com/Qa7Lm3xK29",
                 "A version of this article appears in print on March 5, 2026, Section B, Page 2 of the City edition.",
                 "Read the full transcript",
                 "This episode is supported by Kestrel Bikes. Use code COURIER for 20% off."]
    art = normalise_text(_paged(furniture))
    for line in furniture:
        assert line not in art.text, line
    assert "Shop owners" in art.text and "Trees, benches" in art.text
    art = normalise_text(_paged(["Advertentie overslaan", "Lees het volledige transcript"], "nl"))
    assert "overslaan" not in art.text and "transcript" not in art.text, art.text


# --- 12: a script-built page saved as text, and a menu's price button ----------------------------------------------

SHELL_EN = """The Evening Courier
News
Sport
Puzzles
Subscribe for £1
Log in
Council approves new cycle lanes on the ring road
Loading article…
Most read
Bakery chain closes two shops
Ferry fares to rise in April
Lifeboat station opens at Kettle Point
About us
Contact
"""

SHELL_NL = """Het Stadsblad
Nieuws
Sport
Puzzels
Raad stemt in met nieuwe fietspaden op de ringweg
Artikel wordt geladen...
Meest gelezen
Bakkerij sluit twee winkels
Veerdienst vaart vaker
"""


def test_a_text_dump_of_a_page_not_yet_rendered_holds_no_article():
    for page in (SHELL_EN, SHELL_NL):
        art = normalise_text(page)
        assert _no_article(art), (art.warnings, art.text)
        assert "Loading" not in art.text and "geladen" not in art.text


def test_a_menus_subscribe_price_button_is_no_paywall():
    # the rules kept the masthead above the menu's price button ("Subscribe for £1") and the headline under it: the
    # button stands after the first kept line but above the headline, no paywall's cut
    texts = ["The Evening Courier", "Subscribe for £1", "Log in", "City plans to halve parking spaces in the old town",
             "The city council wants to halve the number of parking spaces in the old town over the next five years.",
             "Trees, benches and bike racks would take the place of the removed spaces, the plan says."]
    lines = [Line(text) for text in texts]
    roles = ["content", "removed", "removed", "title", "content", "content"]
    assert not any("paywall" in w for w in notice_warnings(lines, line_features(lines), roles))
    # the same offer under the story is a teaser's cut, still said
    lines.append(Line("Subscribe for £1 a month"))
    roles.append("removed")
    assert any("paywall" in w for w in notice_warnings(lines, line_features(lines), roles))
