"""Stop 31 testers' findings (branch fix31i), in en/nl/ar: an opinion page's author box with the name alone over a
bio that opens with the job, a desk credit without "Door"/"By" as the byline, and a fact-check's box labels.

The user-level cases fail on the code before (bio kept; the dateline's place as byline; "RATING" kept); the guards
pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import is_author_bio, names_author
from tests.page_text import page, table_cells


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of the text the normaliser keeps of `text`."""
    return normalise_text(text).text.split("\n\n")


# --- A5: an author box under a column, the name on a line of its own, the bio under it opening with the job --------

BIO_PAGES = {
    "ar": dict(
        top=["الرئيسية", "أخبار", "اقتصاد", "رأي", "رياضة", "رأي"],
        title="المدن الساحلية تدفع ثمن التأخير",
        author="سلمى الحسيني",
        date="نُشر: 10:15-12 مارس 2026 م",
        story=["في كل شتاء تغمر المياه الأحياء المنخفضة في مدننا الساحلية، ثم تنحسر فنعود إلى ما كنا عليه وكأن شيئاً "
               "لم يحدث، حتى يأتي الشتاء التالي.",
               "تقديرات المهندسين المحليين تقول إن شبكات تصريف الأمطار صممت قبل أربعين عاماً لعدد سكان أقل بكثير، "
               "وإن أجزاء واسعة منها لم تعد تعمل كما يجب.",
               "الحل لا يكمن في حفر قنوات جديدة فقط، بل في وقف البناء في مجاري السيول القديمة وإعادة المساحات "
               "الخضراء التي تمتص المياه.",
               "ما نحتاجه هو خطة تمتد لعشرين عاماً، لا ترتبط بحكومة بعينها ولا تتوقف مع كل تغيير في الوزارات."],
        bio="كاتبة وباحثة مصرية في التخطيط العمراني، عملت في مشروعات لإعادة تأهيل الأحياء القديمة، ولها كتابان عن "
            "المدن والمناخ.",
        after=["مقالات أخرى للكاتبة", "الأسواق الشعبية ذاكرة المدينة", "شارك", "سياسة الخصوصية", "اتصل بنا"]),
    "nl": dict(
        top=["Home", "Nieuws", "Opinie", "Economie", "Sport", "Opinie"],
        title="Onze kustplaatsen betalen de prijs van uitstel",
        author="Marieke Dekker",
        date="12 maart 2026, 10:15",
        story=["Elke winter lopen de laaggelegen wijken in onze kustplaatsen onder, en elke keer doen we daarna alsof "
               "er niets is gebeurd, tot de volgende winter.",
               "Ingenieurs van de gemeenten rekenen voor dat het riool veertig jaar geleden is ontworpen voor veel "
               "minder inwoners en veel minder verharde grond.",
               "Het antwoord is niet alleen bredere buizen, maar ook stoppen met bouwen in oude overloopgebieden en "
               "het teruggeven van groen dat water opneemt.",
               "Wat we nodig hebben is een plan voor twintig jaar, dat niet aan één kabinet hangt en niet stilvalt bij "
               "elke wisseling van wethouder."],
        bio="Schrijfster en onderzoeker op het gebied van ruimtelijke ordening; ze werkte aan de vernieuwing van oude "
            "stadswijken en schreef twee boeken over steden en klimaat.",
        after=["Meer van deze auteur", "De markt als geheugen van de stad", "Delen", "Privacy", "Contact"]),
    "en": dict(
        top=["Home", "News", "Opinion", "Business", "Sport", "Opinion"],
        title="Our coastal towns are paying for delay",
        author="Helen Marsh",
        date="March 12, 2026 10:15 a.m.",
        story=["Every winter the low-lying streets of our coastal towns flood, and every time we act afterwards as if "
               "nothing had happened, until the next winter comes.",
               "Council engineers point out that the drains were designed forty years ago for far fewer residents and "
               "far less paved ground than we have today.",
               "The answer is not only wider pipes, but also an end to building on old flood plains and a return of "
               "the green space that soaks water up.",
               "What we need is a twenty-year plan that is tied to no single government and does not stall each time "
               "a minister changes."],
        bio="Writer and researcher on urban planning, she has worked on the renewal of old town centres and is the "
            "author of two books on cities and climate.",
        after=["More from this author", "The market as the memory of a town", "Share", "Privacy", "Contact"]),
}


def _bio_page(c: dict, *, name_line: bool = True) -> str:
    box = ([c["author"]] if name_line else []) + [c["bio"]]
    return page(*c["top"], c["title"], c["author"], c["date"], *c["story"], *box, *c["after"])


@pytest.mark.parametrize("lang", sorted(BIO_PAGES))
def test_name_alone_over_a_job_led_bio_is_the_author_box(lang):
    c = BIO_PAGES[lang]
    art = normalise_text(_bio_page(c))
    paragraphs = art.text.split("\n\n")
    assert c["bio"] not in art.text
    assert c["author"] not in paragraphs  # the box's head goes with its bio
    assert paragraphs[-1] == c["story"][-1]
    assert all(p in paragraphs for p in c["story"])


@pytest.mark.parametrize("lang", sorted(BIO_PAGES))
def test_job_led_line_without_the_name_over_it_is_no_bio(lang):
    """Guard: the job-led paragraph is the author's only under a line that gives the author's name alone."""
    c = BIO_PAGES[lang]
    assert not is_author_bio(c["bio"], len(c["bio"].split()), c["author"])
    assert is_author_bio(c["bio"], len(c["bio"].split()), c["author"], named_above=True)


@pytest.mark.parametrize("line,byline,named", [
    ("Helen Marsh", "Helen Marsh, The Courier", True),
    ("Dr. Helen Marsh", "Helen Marsh", True),
    ("سلمى الحسيني", "سلمى الحسيني", True),
    ("Helen Marsh on twitter", "Helen Marsh", False),
    ("Helen Marsh", None, False),
    ("Marieke Dekker", "Helen Marsh", False),
])
def test_names_author_is_the_name_alone(line, byline, named):
    assert names_author(line, byline) is named


# --- A7: a desk's credit without "Door"/"By" under the headline is the byline (not the dateline's place) -----------

DESK_PAGES = {
    "nl": dict(
        top=["Ga naar de inhoud", "Menu", "Nieuws", "Regio", "112", "Sport", "Over ons", "Redactie", "Arnhem"],
        title="Vrouw gewond bij aanrijding met bestelbus op rotonde in Arnhem",
        desk="Redactie 112 Gelderland",
        date="9 mrt. 2026, 14:05",
        story=["ARNHEM - Een 52-jarige vrouw is maandagmiddag gewond geraakt toen ze op haar fiets werd aangereden "
               "door een bestelbus op de rotonde bij de Apeldoornseweg.",
               "De bestuurder van de bus zag de vrouw volgens getuigen over het hoofd bij het afslaan. Ze is met "
               "letsel aan haar been naar het ziekenhuis gebracht.",
               "De politie heeft de rotonde ruim een uur afgesloten voor onderzoek naar de precieze toedracht van het "
               "ongeluk."],
        after=["Deel dit artikel", "Facebook", "WhatsApp", "Privacy", "Cookies"]),
    "en": dict(
        top=["Skip to content", "Menu", "News", "Local", "Crime", "Sport", "About us", "Newsroom", "Springfield"],
        title="Cyclist hurt in collision with delivery van at Mill Road roundabout",
        desk="Newsdesk",
        date="March 9, 2026 2:05 p.m.",
        story=["SPRINGFIELD - A 52-year-old woman was hurt on Monday afternoon when a delivery van struck her bicycle "
               "at the roundabout on Mill Road.",
               "Witnesses said the driver of the van did not see the woman as he turned. She was taken to hospital "
               "with injuries to her leg.",
               "Police closed the roundabout for more than an hour while officers looked into how the collision "
               "happened."],
        after=["Share this article", "Facebook", "WhatsApp", "Privacy", "Cookies"]),
    "ar": dict(
        top=["الرئيسية", "أخبار محلية", "حوادث", "رياضة", "من نحن", "اتصل بنا"],
        title="إصابة سيدة في حادث تصادم مع شاحنة توصيل عند دوار المدينة",
        desk="هيئة التحرير",
        date="9 مارس 2026 - 14:05",
        story=["الزرقاء - أصيبت سيدة في الثانية والخمسين من عمرها بعد ظهر الاثنين عندما صدمت شاحنة توصيل دراجتها عند "
               "الدوار الرئيسي في المدينة.",
               "وأفاد شهود بأن سائق الشاحنة لم ينتبه للسيدة أثناء الانعطاف، ونقلت إلى المستشفى مصابة في ساقها.",
               "وأغلقت الشرطة الدوار لأكثر من ساعة لإجراء التحقيق في ملابسات الحادث."],
        after=["شارك المقال", "فيسبوك", "واتساب", "سياسة الخصوصية"]),
}


def _desk_page(c: dict, credit: str) -> str:
    return page(*c["top"], c["title"], credit, c["date"], *c["story"], *c["after"])


@pytest.mark.parametrize("lang", sorted(DESK_PAGES))
def test_desk_credit_under_the_headline_is_the_byline(lang):
    c = DESK_PAGES[lang]
    art = normalise_text(_desk_page(c, c["desk"]))
    assert art.byline == c["desk"]
    assert art.title == c["title"]
    paragraphs = art.text.split("\n\n")
    assert c["desk"] not in paragraphs
    # the story opens the text (its dateline's place read off it)
    assert c["story"][0].endswith(paragraphs[0])


@pytest.mark.parametrize("lang", sorted(DESK_PAGES))
def test_a_desk_word_in_the_menu_is_no_byline_over_a_named_one(lang):
    """Guard: the menu's "Redactie"/"Newsroom" above the headline is no credit; the reporter's byline stays the one."""
    c = DESK_PAGES[lang]
    named = {"nl": ("Door Eva Jansen", "Eva Jansen"), "en": ("By Sam Keller", "Sam Keller"),
             "ar": ("بقلم سامي يوسف", "سامي يوسف")}[lang]
    art = normalise_text(_desk_page(c, named[0]))
    assert art.byline == named[1]


# --- B9: a fact check's box labels alone on their lines ("CLAIM" / "RATING" / "VERDICT") are labels, no story -------

FACT_PAGES = {
    "en": dict(
        top=["TruthDesk", "Fact Checks", "Politics", "Health", "About", "FACT CHECK"],
        title="No, the county did not close its public libraries on Sundays",
        byline="By Nora Quinn", date="Published April 2, 2026",
        box=["CLAIM", "Posts on Facebook say the county has closed every public library on Sundays from this month.",
             "OUR RATING", "FALSE"],
        story=["A post shared about 25,000 times says the county \"shut all libraries on Sundays to save money.\" "
               "A similar message has circulated in community groups on WhatsApp.",
               "The claim is false. The county board voted in March to cut Sunday hours at two of its eleven "
               "branches, which will now open at noon instead of ten in the morning.",
               "All eleven libraries remain open on Sundays, the county's library service confirmed in an e-mail."],
        labels=["CLAIM", "OUR RATING"], value="FALSE", share="Share this fact check"),
    "nl": dict(
        top=["Checkjenieuws", "Factchecks", "Politiek", "Gezondheid", "Over ons", "FACTCHECK"],
        title="Nee, de gemeente sluit de bibliotheken niet op zondag",
        byline="Door Sanne Kok", date="2 april 2026",
        box=["Bewering", "Berichten op Facebook stellen dat de gemeente vanaf deze maand alle bibliotheken op zondag "
             "sluit.", "Ons oordeel", "ONWAAR"],
        story=["Een bericht dat zo'n 25.000 keer is gedeeld, stelt dat de gemeente \"alle bibliotheken op zondag "
               "dichtdoet om geld te besparen\". Een soortgelijk bericht gaat rond in buurtgroepen op WhatsApp.",
               "Dat klopt niet. De gemeenteraad besloot in maart de openingstijden op zondag bij twee van de elf "
               "vestigingen in te korten: die gaan voortaan om twaalf uur open in plaats van om tien uur.",
               "Alle elf bibliotheken blijven op zondag open, bevestigt de bibliotheekdienst per e-mail."],
        labels=["Bewering", "Ons oordeel"], value="ONWAAR", share="Deel"),
    "ar": dict(
        top=["تحقق", "تدقيق الأخبار", "سياسة", "صحة", "من نحن", "تدقيق"],
        title="لا، البلدية لم تغلق المكتبات العامة أيام الأحد",
        byline="بقلم ريم منصور", date="2 أبريل 2026",
        box=["الادعاء", "تقول منشورات على فيسبوك إن البلدية أغلقت جميع المكتبات العامة أيام الأحد ابتداء من هذا الشهر.",
             "التقييم", "زائف"],
        story=["انتشر منشور شاركه نحو 25 ألف شخص يقول إن البلدية \"أغلقت كل المكتبات أيام الأحد لتوفير المال\"، كما "
               "تداولت مجموعات محلية على واتساب رسالة مشابهة.",
               "هذا الادعاء غير صحيح، إذ قرر المجلس البلدي في مارس تقليص ساعات العمل يوم الأحد في فرعين فقط من أصل "
               "أحد عشر فرعاً، سيفتحان عند الظهر بدلاً من العاشرة صباحاً.",
               "وأكدت إدارة المكتبات في رسالة بالبريد الإلكتروني أن المكتبات الإحدى عشرة كلها تبقى مفتوحة أيام الأحد."],
        labels=["الادعاء", "التقييم"], value="زائف", share="شارك"),
}


@pytest.mark.parametrize("lang", sorted(FACT_PAGES))
def test_fact_check_box_labels_alone_are_no_story(lang):
    c = FACT_PAGES[lang]
    paragraphs = _paragraphs(page(*c["top"], c["title"], c["byline"], c["date"], *c["box"], *c["story"], c["share"]))
    assert not any(label in paragraphs for label in c["labels"])
    # the claim stays, joined with its label (labelpairs.py, stop 32: so that no takeaway states it as a fact), and the
    # verdict with its own
    assert f"{c['labels'][0]}: {c['box'][1]}" in paragraphs
    assert f"{c['labels'][1]}: {c['value']}" in paragraphs
    assert all(p in paragraphs for p in c["story"])


@pytest.mark.parametrize("line", ["Rating agencies cut the county's credit score after the vote.",
                                  "Het oordeel van de rechter viel later dan verwacht.",
                                  "The claim was repeated by two candidates during the debate on Tuesday."])
def test_a_sentence_with_a_label_word_is_no_label(line):
    """Guard: only the label alone on its line is one; a sentence that opens with its word is the story's."""
    from newsbrief.normalise.phrases import categories_of
    assert "misc" not in categories_of(line, len(line.split()))


# --- B1: a table dumped one cell per line between the story's paragraphs: kept, and the story resumes under it ------

def _cells(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row]


TABLE_PAGES = {
    "en": dict(
        top=["Valley Sports", "Scores", "Schedules", "Standings", "Hockey", "Soccer", "HOCKEY"],
        title="Lindqvist scores twice as Northbridge beat Carver in Saturday's derby",
        byline="By Megan Ortiz", date="Feb. 7, 2026, 10:12 PM EST",
        story=["NORTHBRIDGE — Erik Lindqvist scored twice in the second period and the Northbridge Hawks beat the "
               "Carver Miners 4-2 on Saturday night in front of a sold-out crowd at the Harbour Arena.",
               "Carver led 2-0 after twenty minutes, but Lindqvist's first goal came just 48 seconds into the second "
               "period and changed the mood of the night."],
        table=_cells([["Scoring"], ["Team", "1", "2", "3", "T"], ["Carver", "2", "0", "0", "2"],
                      ["Northbridge", "0", "3", "1", "4"], ["Shots", "SOG", "PIM"], ["Carver", "24", "8"],
                      ["Northbridge", "31", "6"]]),
        after=["Goalie Tom Brandt stopped 22 of 24 shots for Northbridge, which has now won five straight home games "
               "and moved level with Carver at the top of the division.",
               "Northbridge visits Lakeport on Tuesday, while Carver hosts Eastfield on Wednesday night."],
        tail=["More Hockey", "Lakeport edges Eastfield in overtime", "Terms", "Privacy"]),
    "nl": dict(
        top=["Omroep Zuid", "Nieuws", "Sport", "Verkiezingen", "Weer", "VERKIEZINGEN"],
        title="Lokale partij wint ruim in Veldhoven, VVD verliest twee zetels",
        byline="Door Joris van Dam", date="19 maart 2026, 23:40",
        story=["VELDHOVEN - Dorpsbelang Veldhoven is bij de gemeenteraadsverkiezingen ruim de grootste partij "
               "geworden. De lokale partij gaat van zeven naar tien zetels, zo blijkt uit de voorlopige uitslag.",
               "De VVD verliest twee van haar vijf zetels. Lijsttrekker Anouk Peeters noemt de uitslag 'een flinke "
               "tik', maar wil wel meepraten over een nieuwe coalitie."],
        table=_cells([["Uitslag"], ["Partij", "Zetels", "Stemmen"], ["Dorpsbelang", "10", "9.812"],
                      ["VVD", "3", "3.104"], ["CDA", "4", "3.650"], ["GroenLinks-PvdA", "4", "3.901"]]),
        after=["De opkomst in Veldhoven was 54 procent, iets hoger dan vier jaar geleden. Dorpsbelang wil deze week "
               "met alle partijen praten over de vorming van een nieuw college.",
               "De nieuwe raad wordt op 2 april geïnstalleerd."],
        tail=["Meer verkiezingen", "Opkomst in de regio hoger dan verwacht", "Privacy", "Contact"]),
    "ar": dict(
        top=["الرئيسية", "اقتصاد", "أسواق", "رياضة", "أسواق"],
        title="البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
        byline="بقلم هالة عبد الرحمن", date="9 مارس 2026 - 16:20",
        story=["القاهرة - أغلقت البورصة المصرية تعاملات الاثنين على ارتفاع جماعي لمؤشراتها، بدعم من مشتريات "
               "المؤسسات المحلية على أسهم البنوك الكبرى.",
               "وارتفع المؤشر الرئيسي بنسبة 1.4 في المائة، فيما صعد مؤشر الأسهم الصغيرة والمتوسطة بنسبة أقل."],
        table=_cells([["المؤشرات"], ["المؤشر", "الإغلاق", "التغير"], ["الرئيسي", "31.245", "1.4%"],
                      ["الصغيرة", "8.912", "0.8%"], ["الشامل", "12.407", "1.1%"]]),
        after=["وقال محللون إن البورصة استفادت من تراجع أسعار الفائدة على أذون الخزانة، ما دفع المستثمرين إلى الأسهم "
               "بحثاً عن عائد أعلى، خاصة أسهم البنوك.",
               "وبلغت قيمة التداول نحو أربعة مليارات جنيه، وهي الأعلى منذ بداية الشهر."],
        tail=["المزيد من أسواق", "الذهب يتراجع مع صعود الدولار", "سياسة الخصوصية", "اتصل بنا"]),
}


def _table_page(c: dict) -> str:
    return page(*c["top"], c["title"], c["byline"], c["date"], *c["story"], *c["table"], *c["after"], *c["tail"])


@pytest.mark.parametrize("lang", sorted(TABLE_PAGES))
def test_story_resumes_under_a_table_dumped_one_cell_per_line(lang):
    c = TABLE_PAGES[lang]
    paragraphs = table_cells(_paragraphs(_table_page(c)))  # (a regular table comes back as rows: read as cells)
    assert all(p in paragraphs for p in c["after"])  # before: dropped as "after the article"
    assert paragraphs[-1] == c["after"][-1]
    # the story's own table stays in its place and order (as the HTML path keeps one), its heading aside
    at = paragraphs.index(c["after"][0])
    assert paragraphs[at - len(c["table"]) + 1:at] == c["table"][1:]


@pytest.mark.parametrize("texts,table", [
    (["Previous", "1", "2", "3", "4", "5", "6", "7", "Next"], False),
    (["Tickets", "12", "34", "Parking", "5", "6", "7", "Food", "8", "9", "10", "11"], False),
    (["Team", "W", "L", "Ajax", "24", "6", "PSV", "22", "8", "Feyenoord", "19", "11"], True),
], ids=["pager", "labels with a number here and there", "standings"])
def test_irregular_numbers_and_a_pager_are_no_cell_table(texts, table):
    """Guards: a pager ("1" / "2" / "3" / "Next": numbers, no labelled rows) and a list of labels with a number here
    and there (no two rows of as many numbers) are no table; labelled rows of as many numbers are one."""
    from newsbrief.normalise.celltables import cell_table_rows
    from newsbrief.normalise.features import line_features
    from newsbrief.normalise.lines import split_lines

    lines = split_lines(page(*texts))
    assert (cell_table_rows(lines, line_features(lines)) != set()) is table


# --- A2: a match report's facts block under the story, headings without a colon and events by the minute -----------

MATCH_PAGES = {
    "nl": dict(
        top=["Sportnieuws", "Voetbal", "Schaatsen", "Uitslagen", "Eredivisie"],
        title="Twente wint derby dankzij doelpunt in blessuretijd",
        date="8 maart 2026, 16:50",
        story=["FC Twente heeft de derby tegen Heracles Almelo gewonnen. In een uitverkochte Grolsch Veste werd het "
               "2-1 door een treffer van Sem Steijn in de blessuretijd.",
               "Heracles kwam na een half uur op voorsprong via Luka Kulenović, die een voorzet van Bryan Limbombe "
               "binnenkopte. Twente had daarna lang moeite om kansen te maken.",
               "\"Dit is waarvoor je voetballer wordt\", zei Steijn na afloop. \"Zo'n derby win je niet elke week.\""],
        facts=["Opstellingen",
               "FC Twente: Unnerstall; Hilgers, Bruns, Van Rooij, Salah-Eddine; Steijn, Sadílek, Vlap; Boadu, "
               "Lammers, Ünüvar",
               "Heracles: Brouwer; Mauro Júnior, Hoogma, Van Ee, Scheperman; Engels, Limbombe, Trenskow; Laursen, "
               "Kulenović, Sanches",
               "Wissels", "62' Van Wolfswinkel voor Lammers", "77' Regeer voor Sadílek",
               "Doelpunten", "31' 0-1 Kulenović", "68' 1-1 Van Wolfswinkel", "90+3' 2-1 Steijn",
               "Scheidsrechter: Serdar Gözübüyük", "Toeschouwers: 30.205"],
        tail=["Deel artikel", "Gerelateerd", "Privacy"]),
    "en": dict(
        top=["Sport", "Football", "Cricket", "Results", "League One"],
        title="Late Hollis header gives Ashby the derby win",
        date="8 March 2026, 4:50pm",
        story=["Ashby United won the derby against Carlow Town at a sold-out Mill Lane thanks to Dan Hollis's header "
               "deep into stoppage time.",
               "Carlow led after half an hour through Ryan Pike, who turned in a low cross from the left, and Ashby "
               "struggled for a long time to create chances.",
               "\"This is why you play football,\" Hollis said afterwards. \"You don't win a derby like that every "
               "week.\""],
        facts=["Line-ups",
               "Ashby United: Moore; Hart, Cole, Mensah, Ward; Finch, Lowe, Barry; Hollis, Quinn, Tate",
               "Carlow Town: Reed; Amos, Bell, Cross, Doyle; Eaton, Pike, Frost; Grant, Hale, Irwin",
               "Substitutes", "62' Baker for Quinn", "77' Lyons for Barry",
               "Scorers", "31' 0-1 Pike", "68' 1-1 Baker", "90+3' 2-1 Hollis",
               "Referee: Lee Harwood", "Attendance: 11,204"],
        tail=["Share", "Related", "Privacy"]),
}


def _match_page(c: dict) -> str:
    return page(*c["top"], c["title"], c["date"], *c["story"], *c["facts"], *c["tail"])


@pytest.mark.parametrize("lang", sorted(MATCH_PAGES))
def test_a_match_reports_own_facts_block_is_kept(lang):
    c = MATCH_PAGES[lang]
    paragraphs = _paragraphs(_match_page(c))
    assert all(p in paragraphs for p in c["story"])
    at = paragraphs.index(c["story"][-1])
    assert paragraphs[at + 1:at + 1 + len(c["facts"])] == c["facts"]


def test_an_event_by_the_minute_and_a_heading_alone_are_no_match_signal():
    """Guard: a heading word without its colon and a minute line join a facts block but make none by themselves."""
    from newsbrief.normalise.matchfacts import facts_below
    texts = ["De wethouder sprak de raad toe over de begroting van volgend jaar en de tekorten.", "Wissels",
             "58' Ueda voor Giménez", "Lees ook"]
    assert facts_below(texts, 0, 0) == []
    assert facts_below(texts[:2] + ["Scheidsrechter: Danny Makkelie"] + texts[2:], 0, 0) == [1, 2, 3]
