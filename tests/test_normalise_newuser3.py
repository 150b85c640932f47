"""Pages new users tried (issue 10, items 4-5): what the normaliser got wrong on them, in nl/ar/en.

Each case was seen on a hand-written page run through `newsbrief normalise` and fails on the code before its fix:
a second article glued under the first behind nothing but its headline and a wire dateline, an Arabic story's
"نبذة عن الضحايا" ("about the victims") cut as an "About <organisation>" block, "Reuters Staff" over "THE HAGUE,
Nov 12 (Reuters) -" (the date stayed in the byline), an Arabic story wrapped by word count (lines not joined), a
404 page or a page of headlines passed as an article with no warning.
"""

from __future__ import annotations

import json

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.losses import TABLE_WARNING, number_table_warning
from newsbrief.normalise.noarticle import NO_ARTICLE
from newsbrief.normalise.phrases import categories_of

EN_FIRST = [
    "Council approves new bus lanes on High Street",
    "By Sarah Mitchell",
    "The city council on Monday approved a plan to add bus lanes along the full length of High Street, a move "
    "officials say will cut journey times for about 12,000 daily commuters.",
    "The plan, which passed by nine votes to four, will remove 140 parking spaces and widen the pavement near the "
    "station. Work is due to start in September and last about eight months.",
    "Shop owners on the street had opposed the scheme, arguing that fewer parking spaces would drive customers to "
    "out-of-town retail parks. \"We were not listened to,\" said Tom Harris, who runs a hardware shop.",
]
EN_SECOND = [
    "Hospital waiting lists fall for third month in a row",
    "LONDON (Reuters) - Waiting lists at the county's two hospitals fell for the third month in a row in February, "
    "according to figures published by the health trust on Tuesday.",
    "About 18,400 patients were waiting for planned treatment at the end of the month, down from 19,100 in January. "
    "The trust said extra weekend clinics had helped.",
    "Union representatives welcomed the figures but warned that staff shortages in the emergency department "
    "remained a serious concern for patients and nurses alike.",
]
NL_FIRST = [
    "Gemeente legt busbaan aan op de Hoofdstraat",
    "Door Sanne de Vries",
    "De gemeenteraad heeft maandag ingestemd met een plan om over de hele lengte van de Hoofdstraat een busbaan aan "
    "te leggen. Volgens de gemeente scheelt dat zo'n 12.000 forenzen per dag tijd.",
    "Het plan werd met negen tegen vier stemmen aangenomen. Er verdwijnen 140 parkeerplaatsen en de stoep bij het "
    "station wordt breder. De werkzaamheden beginnen in september en duren ongeveer acht maanden.",
    "Winkeliers in de straat waren tegen het plan. Zij vrezen dat klanten wegblijven als er minder parkeerplaatsen "
    "zijn. \"Er is niet naar ons geluisterd,\" zegt Tom de Groot van de ijzerwinkel.",
]
NL_SECOND = [
    "Ziekenhuis kort wachtlijsten voor derde maand op rij in",
    "UTRECHT (ANP) - De wachtlijsten in de twee ziekenhuizen van de regio zijn in februari voor de derde maand op rij "
    "korter geworden. Dat blijkt uit cijfers die het ziekenhuis dinsdag publiceerde.",
    "Eind februari wachtten ongeveer 18.400 patiënten op een geplande behandeling, tegen 19.100 in januari. Volgens "
    "het ziekenhuis hielpen de extra spreekuren in het weekend.",
    "De vakbond is blij met de cijfers, maar waarschuwt dat het personeelstekort op de spoedeisende hulp nog altijd "
    "een groot probleem is voor patiënten en verpleegkundigen.",
]
AR_FIRST = [
    "مقتل خمسة أشخاص في حادث سير على الطريق الصحراوي",
    "القاهرة - رويترز",
    "لقي خمسة أشخاص حتفهم وأصيب ثمانية آخرون صباح اليوم الثلاثاء في حادث تصادم بين حافلة صغيرة وشاحنة على الطريق "
    "الصحراوي الغربي، وفق ما أعلنته وزارة الصحة.",
    "وقالت الوزارة في بيان إن سيارات الإسعاف نقلت المصابين إلى مستشفى أسيوط الجامعي، وإن حالة ثلاثة منهم حرجة.",
    "وأضافت أن الشرطة فتحت تحقيقا لمعرفة أسباب الحادث، فيما رجحت مصادر أمنية أن السرعة الزائدة كانت وراءه.",
]
AR_SECOND = [
    "البنك المركزي يبقي أسعار الفائدة دون تغيير",
    "الرباط (رويترز) - أبقى البنك المركزي المغربي يوم الثلاثاء سعر الفائدة الرئيسي دون تغيير عند ثلاثة في المئة، "
    "مشيرا إلى تراجع التضخم خلال الأشهر الأخيرة.",
    "وقال البنك في بيان إنه يتوقع أن يبلغ معدل التضخم اثنين في المئة في المتوسط هذا العام، مقابل ستة في المئة في "
    "العام الماضي.",
    "وأضاف أن النمو الاقتصادي سيتباطأ بسبب الجفاف الذي أضر بالمحاصيل الزراعية في معظم مناطق البلاد.",
]


# --- item 4: a second article glued under the first, behind only its headline and a wire dateline ------------------

@pytest.mark.parametrize("first, second", [(EN_FIRST, EN_SECOND), (NL_FIRST, NL_SECOND), (AR_FIRST, AR_SECOND)],
                         ids=["en", "nl", "ar"])
def test_a_second_article_under_its_own_wire_dateline_is_set_aside_with_a_warning(first, second):
    # seen as a user: no marker line, no byline, no date between the two stories: the second headline and its
    # "LONDON (Reuters) -" opening were read as a subheading and more of the first story, merged silently
    art = normalise_text("\n".join(first + second))
    assert art.title == first[0]
    assert first[-1] in art.paragraphs
    assert not any(s in art.text or s.split(" - ", 1)[-1] in art.text for s in second[1:])
    assert all(line in art.removed for line in second)  # set aside, never lost
    assert any("second article" in w and second[0][:40] in w for w in art.warnings)


def test_a_wire_dateline_opening_the_first_article_is_no_second_article():
    # the first story's own dateline under its headline is its dateline, not a glued story
    lines = EN_SECOND + EN_FIRST[2:]
    art = normalise_text("\n".join(lines))
    assert not any("second article" in w for w in art.warnings)
    assert all(p in art.paragraphs for p in EN_FIRST[2:])


# --- item 4: "About <organisation>" blocks take only an organisation's or author's blurb -----------------------------

AR_VICTIMS = [
    "نبذة عن الضحايا",
    "كان الضحايا الخمسة من أبناء قرية واحدة في محافظة سوهاج، وكانوا في طريقهم إلى العمل في مشروع بناء قرب القاهرة.",
    "وقال أحد أقارب الضحايا إن أكبرهم كان في الخامسة والأربعين من عمره وأصغرهم في التاسعة عشرة، وإنهم كانوا يعيلون أسرهم.",
    "وشيعت القرية جثامين الضحايا مساء اليوم وسط حزن كبير.",
]


def test_an_arabic_about_the_victims_section_is_the_story():
    # seen as a user: "نبذة عن الضحايا" matched the "نبذة عن" (about) end marker, and the section under it went as an
    # "about block" like a company blurb under a press release
    art = normalise_text("\n".join(AR_FIRST + AR_VICTIMS))
    assert all(p in art.paragraphs for p in AR_VICTIMS[1:])
    assert not any(role == "removed" for line, role, _ in art.line_roles if line in AR_VICTIMS[1:])


@pytest.mark.parametrize("heading", ["نبذة عن الشركة", "نبذة عن أرامكو", "نبذة عن شركة طيران الإمارات:", "نبذة عن الكاتب"])
def test_an_arabic_about_organisation_heading_is_still_an_end_marker(heading):
    assert "end" in categories_of(heading, len(heading.split()))


@pytest.mark.parametrize("heading", ["نبذة عن الضحايا", "نبذة عن الحادث", "نبذة عن المدينة"])
def test_an_arabic_about_heading_on_a_common_noun_is_no_end_marker(heading):
    assert "end" not in categories_of(heading, len(heading.split()))


# --- item 4: a wire dateline's date goes to `published`, the byline stays clean --------------------------------------

WIRE_STORY = [
    "A Dutch appeals court on Monday ordered the government to halt all exports of F-35 fighter jet parts to Israel "
    "within seven days, citing a clear risk that the parts were being used in violations of international law.",
    "The ruling overturned a lower court decision from December, which had said the government was free to decide on "
    "export licences. The government said it would appeal to the Supreme Court.",
    "Human rights groups that brought the case welcomed the ruling. \"This is an important step,\" said a lawyer.",
]


@pytest.mark.parametrize("dateline, published", [
    ("THE HAGUE, Nov 12 (Reuters) - ", None),  # no year: no calendar day (`published` is ISO 8601 or null)
    ("THE HAGUE, Nov. 12, 2024 (Reuters) - ", "2024-11-12"),  # a full date is written in ISO 8601 (dates.py)
])
def test_reuters_staff_over_a_dated_wire_dateline(dateline, published):
    # seen as a user: byline "Reuters Staff, THE HAGUE, Nov 12 (Reuters)" and `published` empty
    title = "Dutch court orders government to halt F-35 parts exports to Israel"
    art = normalise_text("\n".join([title, "Reuters Staff", dateline + WIRE_STORY[0]] + WIRE_STORY[1:]))
    assert art.byline == "Reuters Staff"
    assert art.published == published
    assert art.paragraphs[0] == WIRE_STORY[0]


def test_an_arabic_dateline_with_its_date_after_an_arabic_comma():
    story = ["القاهرة، 12 أكتوبر (رويترز) - " + AR_FIRST[2]] + AR_FIRST[3:]
    art = normalise_text("\n".join([AR_FIRST[0]] + story))
    assert art.byline == "رويترز"
    assert art.published is None  # no year: ISO 8601 or null; the warning quotes the page's "12 أكتوبر"
    assert any("12 أكتوبر" in w for w in art.warnings)
    assert art.paragraphs[0] == AR_FIRST[2]


# --- item 7: an Arabic story wrapped by word count -----------------------------------------------------------------

AR_WRAPPED = """الحكومة المغربية تقر خطة بعشرة مليارات درهم لدعم المزارعين المتضررين من الجفاف
الرباط - رويترز
أقرت الحكومة المغربية يوم الخميس خطة بقيمة عشرة مليارات درهم لدعم المزارعين
المتضررين من موسم الجفاف، وهو الأسوأ منذ ثلاثة عقود بحسب وزارة الفلاحة. وتشمل
الخطة تأجيل سداد القروض الزراعية لمدة عام، وتوزيع الأعلاف بأسعار مدعومة على مربي
الماشية في المناطق الأكثر تضررا، إضافة إلى برنامج لتشغيل الشباب في القرى.
وقال وزير الفلاحة في مؤتمر صحفي إن الحكومة ستراقب تنفيذ الخطة عن كثب، وإن
الدفعة الأولى من المساعدات ستصل إلى المستفيدين قبل نهاية الشهر المقبل. وأضاف
أن نسبة الأمطار هذا العام تراجعت بأكثر من سبعين في المئة مقارنة بالمعدل
المعتاد، ما أدى إلى تراجع محصول الحبوب إلى أدنى مستوى له منذ سنوات طويلة.
ورحبت نقابات المزارعين بالخطة، لكنها طالبت بإجراءات أسرع لصالح صغار الفلاحين
الذين لا يحصلون عادة على القروض المصرفية ولا يستفيدون من برامج الدعم الحكومية."""


@pytest.mark.parametrize("dateline", [True, False], ids=["dateline", "headline-on-top"])
def test_an_arabic_story_wrapped_by_word_count_is_joined_into_paragraphs(dateline):
    # seen as a user: every line ~12 words, no line end is a sentence end, and Arabic has no lower-case starts for the
    # wrap test to go by: each line was a paragraph of its own, sentences split across them in `text`
    lines = AR_WRAPPED.splitlines()
    text = "\n".join(lines if dateline else lines[:1] + lines[2:])
    art = normalise_text(text)
    assert art.title == lines[0]  # the headline on top is not joined into the story
    assert len(art.paragraphs) == 3
    assert all(p.endswith(".") for p in art.paragraphs)
    assert art.paragraphs[0].startswith("أقرت الحكومة") and "المزارعين المتضررين" in art.paragraphs[0]


def test_an_arabic_headline_list_is_not_joined():
    headlines = ["الحكومة تعلن خطة جديدة للنقل العام في العاصمة خلال العام المقبل",
                 "ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع سعر صرف الدولار",
                 "المنتخب الوطني يفوز على ضيفه بهدفين نظيفين في تصفيات كأس العالم",
                 "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة في المدارس الابتدائية",
                 "البرلمان يناقش مشروع قانون الموازنة العامة للدولة للسنة المالية الجديدة",
                 "افتتاح معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر عربية وأجنبية"]
    from newsbrief.normalise import logical_lines

    assert [line.text for line in logical_lines("\n".join(headlines))] == headlines


# --- item 5: a page with no article says so, and gets no takeaways ---------------------------------------------------

MENU = ["Skip to main content", "The Daily Courier", "Home", "News", "Sport", "Business", "Opinion", "Subscribe"]
MOST_READ = ["Most read", "Council approves new bus lanes on High Street",
             "Police appeal for witnesses after Elm Road crash", "Local bakery wins national award"]
FOOTER = ["Contact us", "Privacy policy", "© 2024 The Daily Courier. All rights reserved."]

ERROR_PAGES = {
    "en": MENU + ["Page not found", "Sorry, the page you were looking for could not be found. It may have been moved "
                  "or deleted.", "Try searching for what you need, or go back to the homepage.", "Search"]
    + MOST_READ + FOOTER,
    "nl": ["Home", "Nieuws", "Sport", "Cultuur", "Oeps! Pagina niet gevonden",
           "De pagina die je zoekt bestaat niet meer of is verplaatst.", "Ga terug naar de homepage.",
           "Meest gelezen", "Gemeente verhoogt parkeertarieven in het centrum", "Nieuwe parkeergarage bij station geopend",
           "© 2024 De Stadskrant"],
    "ar": ["الرئيسية", "أخبار", "رياضة", "اقتصاد", "الصفحة غير موجودة", "عذراً، الصفحة التي تبحث عنها غير موجودة أو تم نقلها.",
           "العودة إلى الصفحة الرئيسية", "الأكثر قراءة", "الحكومة تعلن خطة جديدة للنقل العام", "ارتفاع أسعار الذهب في الأسواق المحلية",
           "جميع الحقوق محفوظة © 2024"],
}
HOMEPAGE = ["The Daily Courier", "Home", "News", "Sport", "Business", "Opinion", "Top stories",
            "Council approves new bus lanes on High Street",
            "The plan will cut journey times for 12,000 commuters, officials say.",
            "Police appeal for witnesses after Elm Road crash", "Local bakery wins national award",
            "Judges praised its sourdough and its work with the food bank.", "Sport",
            "United sign striker on three-year deal", "Rovers held to draw at home", "Business",
            "Factory to add 200 jobs by 2026", "Opinion", "Why our town needs a new library"] + FOOTER
SEARCH_PAGE = ["De Stadskrant", "Nieuws", "Sport", "Cultuur", "Zoeken", 'Zoekresultaten voor "parkeren"', "24 resultaten",
               "Gemeente verhoogt parkeertarieven in het centrum",
               "12 maart 2024 - Vanaf 1 april betaalt u in het centrum 4,50 euro per uur.",
               "Nieuwe parkeergarage bij station geopend", "3 februari 2024 - De garage biedt plaats aan 600 auto's.",
               "Bewoners boos over parkeervergunning", "18 januari 2024 - Ruim 300 bewoners tekenden een petitie.",
               "Volgende pagina", "Over ons", "Privacyverklaring"]


@pytest.mark.parametrize("lines, kind", [(ERROR_PAGES["en"], "error page"), (ERROR_PAGES["nl"], "error page"),
                                         (ERROR_PAGES["ar"], "error page"), (HOMEPAGE, "headlines"),
                                         (SEARCH_PAGE, "search results")],
                         ids=["404-en", "404-nl", "404-ar", "homepage", "search-nl"])
def test_a_page_with_no_article_says_so(lines, kind):
    # seen as a user: the apology or two teasers came out as the article's text, the 404 heading as its title, and
    # `warnings` was empty
    art = normalise_text("\n".join(lines))
    assert art.warnings and art.warnings[0].startswith(NO_ARTICLE) and kind in art.warnings[0]


@pytest.mark.parametrize("first", [EN_FIRST, NL_FIRST, AR_FIRST], ids=["en", "nl", "ar"])
def test_a_short_story_among_menus_and_headlines_is_an_article(first):
    # a three-paragraph story under a menu and above a "Most read" list of headlines is a page with an article
    art = normalise_text("\n".join(MENU + first + MOST_READ + FOOTER))
    assert not any(w.startswith(NO_ARTICLE) for w in art.warnings)


def test_a_story_that_mentions_a_page_not_found_is_an_article():
    story = EN_FIRST + ["Residents who tried to read the plan online on Monday got a 'page not found' message, "
                        "because the council's website was being moved to a new server that week."]
    art = normalise_text("\n".join(MENU + story))
    assert not any(w.startswith(NO_ARTICLE) for w in art.warnings)


def test_summarise_refuses_a_page_with_no_article(tmp_path):
    # the takeaways of the homepage above were its teasers, presented as news
    from tests.fixtures_cli import invoke

    page = tmp_path / "home.txt"
    page.write_text("\n".join(HOMEPAGE), encoding="utf-8")
    result = invoke("summarise", str(page), "--json")
    record = json.loads(result.stdout.splitlines()[0])
    assert result.exit_code == 1
    assert record["takeaways"] == []
    assert record["error"]["type"] == "input" and NO_ARTICLE in record["error"]["message"]
    normalised = json.loads(invoke("normalise", str(page), "--format", "json").stdout)
    assert any(w.startswith(NO_ARTICLE) for w in normalised["warnings"])  # normalise still shows what was found


# --- items 4-5: a table's rows are kept when they are the story's; a table removed in part or under the story is said

NL_ELECTION = [
    "Stemming in de gemeenteraad: coalitie verliest meerderheid",
    "Door Sanne de Vries",
    "De coalitie in de gemeenteraad heeft na de verkiezingen van woensdag haar meerderheid verloren. De grootste winst "
    "was voor de lokale partij Stadsbelang, die vier zetels won.",
    "Uitslag (zetels)",
    "Stadsbelang 9", "VVD 6", "GroenLinks 5", "Partij voor de Dieren 4", "CDA 3", "D66 2",
    "De onderhandelingen over een nieuwe coalitie beginnen volgende week. Stadsbelang zegt eerst met alle partijen te "
    "willen praten.",
    "De opkomst was met 48 procent iets hoger dan bij de vorige verkiezingen, toen 45 procent van de kiezers naar de "
    "stembus ging.",
]


def test_a_results_table_of_one_name_and_one_figure_per_row_is_kept():
    # seen as a user: "VVD 6" and the other one-word rows went as "single word" while "Partij voor de Dieren 4" stayed:
    # the table came out with holes in it (and, on a shorter page, was dropped whole with a warning)
    art = normalise_text("\n".join(NL_ELECTION))
    assert all(row in art.paragraphs for row in NL_ELECTION[4:10])
    assert not any(w.startswith(TABLE_WARNING) for w in art.warnings)


def test_a_table_partly_removed_is_said_in_the_warnings():
    # the rows of one table, some kept and some removed: no run of three removed rows, so nothing was said before
    texts = ["The storm cut power to thousands of homes on Tuesday.", "Louisiana 120,000", "New Mexico and Texas 54,000",
             "Alabama 31,000", "Georgia 12,000", "Crews expect to restore power by the weekend."]
    reasons = ["prose"] + ["single word"] * 4 + ["prose"]
    words = [len(t.split()) for t in texts]
    roles = ["content", "removed", "content", "content", "content", "content"]
    assert number_table_warning(texts, roles, reasons, words) is None  # one row of four: no table lost
    roles[3] = "removed"
    warning = number_table_warning(texts, roles, reasons, words)
    assert warning and warning.startswith(TABLE_WARNING) and "2 of its 4 lines" in warning and "Louisiana" in warning


EN_MATCH = [
    "Ajax beat PSV to go top of the Eredivisie",
    "By Mark de Boer",
    "Ajax went top of the Eredivisie on Sunday after a 2-1 win over PSV in Amsterdam, with two goals in the second "
    "half from their young striker.",
    "PSV had led through an early penalty, but Ajax dominated after the break and deserved the win, their coach said.",
    "Ajax play Feyenoord next Sunday in what could be a decisive match for the title, while PSV travel to Twente.",
    "Standings",
    "Team\tP\tW\tD\tL\tPts",
    "Ajax\t10\t7\t3\t0\t24", "PSV\t10\t7\t2\t1\t23", "Feyenoord\t10\t6\t3\t1\t21", "AZ\t10\t6\t1\t3\t19",
    "Share this article",
    "Most read",
]


def test_a_standings_table_removed_under_the_story_is_said_in_the_warnings():
    # seen as a user: the table under the match report went with the page furniture after it, and nothing said so
    art = normalise_text("\n".join(EN_MATCH))
    assert art.paragraphs[-1] == EN_MATCH[4]
    table = [w for w in art.warnings if w.startswith(TABLE_WARNING)]
    # (the header row counts too since tab-separated rows keep their cells apart: "| Team | P | W | … |", stop 25)
    assert table and "5 lines under the story" in table[0] and "| Team | P |" in table[0]


# --- item 6: a section name above a story with no headline --------------------------------------------------------

PENSION = [
    "The government on Tuesday announced plans to raise the state pension age to 68 by 2035, three years earlier than "
    "planned, in a move that unions said would hit manual workers hardest.",
    "Ministers said the change was needed because people were living longer and the cost of pensions was rising "
    "faster than expected.",
    "The opposition said it would fight the plan in parliament.",
]


@pytest.mark.parametrize("section", ["Politics", "Klimaat", "Binnenland", "سياسة", "شؤون عربية", "UK Politics",
                                     "Health & Science"])
def test_a_section_name_above_a_story_with_no_headline_is_neither_title_story_nor_byline(section):
    # chosen: no title (the page has none; the first sentence is the story's, never promoted to a title nor lost), the
    # section name in `removed`. Seen as a user: "Klimaat" and "شؤون عربية" were kept as the story's first paragraph
    # (a takeaway candidate), "UK Politics" became the byline
    art = normalise_text("\n".join([section] + PENSION))
    assert art.title is None and art.byline is None
    assert art.paragraphs == PENSION
    assert section in art.removed


def test_a_short_headline_above_a_story_is_still_its_title():
    art = normalise_text("\n".join(["Sport", "Ajax wint van PSV",
                                    "Ajax heeft zondag met 2-1 van PSV gewonnen in een uitverkochte Johan Cruijff Arena. "
                                    "De ploeg staat daardoor weer bovenaan.",
                                    "PSV kwam vroeg op voorsprong, maar na rust was Ajax veel sterker."]))
    assert art.title == "Ajax wint van PSV" and "Sport" in art.removed


def test_a_latin_list_of_notes_starting_with_brackets_is_not_joined():
    # found in the CV (an l3s page): lines that all start with "(" give no cased starts, like Arabic; the uncased wrap
    # test joined the notes into one line until it asked for a script without case
    from newsbrief.normalise import logical_lines

    notes = ["(1) The Closing of the American Mind, Newsweek, 22 December 2007", "(2) View the speech",
             "(3) The Second Civil War, Ronald Brownstein, Penguin, 2007",
             "(4) Inside Obama's Dream Machine, Newsweek, 5 January 2008",
             "(5) Goodbye to All That, The Atlantic, December 2007",
             "(6) Dreams from My Father, Barack Obama, Canongate Books, 2007",
             "(7) Quoted in The Relaunch, The New Yorker, 26 November 2007",
             "(8) Voting for a Smile, New York Times, 6 January 2008"]
    assert [line.text for line in logical_lines("\n".join(notes))] == notes
