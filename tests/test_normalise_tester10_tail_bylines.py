"""Tester 10's findings F3, F4, F5, F6, F13 on new hand-written pages in en, nl and ar.

F3: one-line reader comments headed by the reader's name ("Name: remark") under a heading that counts comments
("التعليقات (3)", "Comments (3)", "Reacties (3)") stayed as the story's last paragraphs. F4: a starred footnote bio
naming the columnist ("* د. … أستاذة …") and a legal/investment disclaimer ("إخلاء مسؤولية: …", "Disclaimer: …") stayed
in the body. F5: an Arabic "place - reporter" line with diacritics or a family name with the article, or with the date
beside it, gave no byline. F6: a date line's place was glued to the author ("Alkmaar Lisa de Boer"). F13: the byline
kept the job after the name ("Tom Whitlock, Sports Reporter at Ferris Park").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

# --- F3: "Name: remark" comments under a counted comment heading ------------------------------------------------------

STORY = {
    "en": ("Harbour town opens its first solar-powered water plant",
           ["The water company opened the first desalination plant powered by solar panels on the east coast on "
            "Wednesday, with a capacity of 9,000 cubic metres a day.",
            "The minister said at the opening that the plant would supply about 45,000 people with drinking water and "
            "was part of a national plan to rely less on groundwater.",
            "The project cost about 36 million pounds, part of it paid by a loan from the European Investment Bank.",
            "A second phase is expected to start in 2029, raising capacity to 20,000 cubic metres a day."]),
    "nl": ("Eerste ontziltingsinstallatie op zonne-energie geopend in Vlissingen",
           ["Het waterbedrijf heeft woensdag in Vlissingen de eerste ontziltingsinstallatie geopend die op "
            "zonne-energie draait, met een capaciteit van 9000 kubieke meter per dag.",
            "De minister zei bij de opening dat de installatie ongeveer 45.000 inwoners van drinkwater gaat voorzien "
            "en deel is van een landelijk plan om minder grondwater te gebruiken.",
            "Het project kostte ongeveer 36 miljoen euro, waarvan een deel werd betaald met een lening van de "
            "Europese Investeringsbank.",
            "Een tweede fase begint naar verwachting in 2029, waarna de capaciteit stijgt tot 20.000 kubieke meter."]),
    "ar": ("افتتاح محطة لتحلية المياه بالطاقة الشمسية في الحديدة",
           ["افتتحت المؤسسة العامة للمياه، اليوم الأربعاء، محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في مدينة "
            "الحديدة، بطاقة إنتاجية تبلغ تسعة آلاف متر مكعب يومياً.",
            "وقال الوزير خلال حفل الافتتاح إن المحطة ستغطي احتياجات نحو 45 ألف نسمة من مياه الشرب، وإنها جزء من "
            "خطة وطنية لتقليل الاعتماد على المياه الجوفية.",
            "وبلغت كلفة المشروع نحو 36 مليون دولار، مولت الحكومة جزءاً منها بقرض ميسر من صندوق التنمية.",
            "ومن المتوقع أن تبدأ المرحلة الثانية من المشروع عام 2029، لترتفع الطاقة الإنتاجية إلى 20 ألف متر مكعب."]),
}
DATE = {"en": "Wednesday 2 December 2026", "nl": "woensdag 2 december 2026", "ar": "الأربعاء 2 ديسمبر 2026"}

REMARKS = {
    "en": ("Comments (3)", ["Gary W: About time, the other towns need one too.",
                            "Linda: When will the water actually reach our taps?",
                            "Tom Bell: What matters is who pays for the upkeep."], "Add your comment"),
    "nl": ("Reacties (3)", ["Henk: Eindelijk, de andere gemeenten moeten volgen.",
                            "Marloes van Dijk: Wanneer komt het water echt uit de kraan?",
                            "Sjoerd: Het gaat erom wie het onderhoud betaalt."], "Plaats een reactie"),
    "ar": ("التعليقات (3)", ["أبو فهد: خطوة ممتازة، نتمنى أن تشمل باقي المدن.",
                             "سلمى: متى تصل المياه إلى البيوت فعلاً؟",
                             "خالد الحكيمي: المهم الصيانة بعد الافتتاح."], "أضف تعليقك"),
}


def _page(lang: str, tail: list[str], head: list[str] | None = None) -> str:
    title, paragraphs = STORY[lang]
    return "\n\n".join([title] + (head or [DATE[lang]]) + paragraphs + tail) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_name_colon_comments_under_a_counted_heading_are_not_the_story(lang):
    heading, comments, prompt = REMARKS[lang]
    article = normalise_text(_page(lang, ["\n".join([heading] + comments), prompt]))
    assert not any(c in p for c in comments for p in article.paragraphs)
    assert article.paragraphs[-1] == STORY[lang][1][-1]


@pytest.mark.parametrize("lang, speakers", [
    ("en", ["Mayor Ellis: We will open the second plant in 2029.", "Councillor Shaw: Who pays for the upkeep?"]),
    ("nl", ["Wethouder Bakker: We openen de tweede installatie in 2029.", "Raadslid De Wit: Wie betaalt het onderhoud?"]),
    ("ar", ["رئيس البلدية: سنفتتح المحطة الثانية عام 2029.", "عضو المجلس: من سيدفع كلفة الصيانة؟"]),
])
def test_speakers_quoted_under_a_heading_that_counts_nothing_stay(lang, speakers):
    # guard: a story's own exchange under a subheading ("Questions", no count) is no comment thread
    heading = {"en": "Questions from the council", "nl": "Vragen uit de raad", "ar": "أسئلة المجلس"}[lang]
    title, paragraphs = STORY[lang]
    page = "\n\n".join([title, DATE[lang]] + paragraphs[:3] + [heading] + speakers + paragraphs[3:]) + "\n"
    article = normalise_text(page)
    assert all(any(s in p for p in article.paragraphs) for s in speakers)
    assert article.paragraphs[-1] == paragraphs[3]


# --- F4: a starred footnote bio and a disclaimer under the story ----------------------------------------------------

OPINION = {
    "en": ("Why our towns keep losing their young people", "By Dr Helen Marsh",
           "* Dr Helen Marsh is professor of urban planning at the University of Leeds and writes a weekly column "
           "for this paper."),
    "nl": ("Waarom onze steden hun jongeren niet vasthouden", "Door dr. Eva Hendriks",
           "* Dr. Eva Hendriks is hoogleraar stedenbouw aan de Rijksuniversiteit Groningen en schrijft wekelijks een "
           "column voor deze krant."),
    "ar": ("هل تنقذ البلديات مدننا الصغيرة؟", "بقلم: د. سامر الحسن",
           "* د. سامر الحسن باحث في السياسات الحضرية وأستاذ مشارك في جامعة اليرموك، ويكتب مقالاً أسبوعياً في الصحيفة."),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_starred_bio_that_names_the_columnist_is_not_the_story(lang):
    title, byline, bio = OPINION[lang]
    paragraphs = STORY[lang][1]
    page = "\n\n".join([title, byline, DATE[lang]] + paragraphs + [bio]) + "\n"
    article = normalise_text(page)
    assert bio not in article.paragraphs
    assert article.paragraphs[-1] == paragraphs[-1]


@pytest.mark.parametrize("lang, items", [
    ("en", ["* Dr Helen Marsh is the first woman to chair the planning board.",
            "* Dr Helen Marsh is leaving the board in March."]),
    ("ar", ["* د. سامر الحسن باحث يتولى رئاسة اللجنة لأول مرة.", "* د. سامر الحسن باحث يغادر اللجنة في مارس."]),
])
def test_a_starred_list_that_names_the_columnist_stays(lang, items):
    # guard: starred lines one under the other are a list's items, not a footnote bio
    title, byline, _ = OPINION[lang]
    paragraphs = STORY[lang][1]
    page = "\n\n".join([title, byline, DATE[lang]] + paragraphs + ["\n".join(items)]) + "\n"
    article = normalise_text(page)
    text = "\n".join(article.paragraphs)
    assert all(item.lstrip("* ") in text for item in items)


DISCLAIMER = {
    "en": "Disclaimer: The information in this article is for informational purposes only and does not constitute "
          "investment advice or a recommendation to buy or sell.",
    "nl": "Disclaimer: de informatie in dit artikel is uitsluitend bedoeld ter informatie en is geen advies om "
          "aandelen te kopen of te verkopen.",
    "ar": "إخلاء مسؤولية: المعلومات الواردة في هذا التقرير لأغراض إعلامية فقط ولا تمثل توصية بالشراء أو البيع.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_investment_disclaimer_under_the_story_is_not_the_story(lang):
    article = normalise_text(_page(lang, [DISCLAIMER[lang]]))
    assert DISCLAIMER[lang] not in article.paragraphs
    assert article.paragraphs[-1] == STORY[lang][1][-1]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The disclaimer on the packet said the pills were not medical advice, the court heard on Tuesday."),
    ("en", "Disclaimer: I worked for the water company until 2019, which is how I first heard of the plan."),
    ("nl", "De disclaimer op de verpakking zei dat het geen medisch advies was, hoorde de rechter dinsdag."),
    ("ar", "وقالت المحكمة إن إخلاء المسؤولية المطبوع على العلبة لا يعفي الشركة من التعويض."),
])
def test_a_story_sentence_about_a_disclaimer_stays(lang, sentence):
    # guard: a sentence that mentions a disclaimer, and a writer's own disclosure, are the story's
    title, paragraphs = STORY[lang]
    page = "\n\n".join([title, DATE[lang]] + paragraphs[:2] + [sentence] + paragraphs[2:]) + "\n"
    assert sentence in normalise_text(page).paragraphs


# --- F5: an Arabic "place - reporter" line ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, byline", [
    ("عمّان - رنا الزعبي", "رنا الزعبي"),  # a shadda in the place, a family name with the article, the date under it
    ("صنعاء - عبدالله الحكيمي", "عبدالله الحكيمي"),  # (the "-ي" family name worked before)
    ("الدار البيضاء - كريم بنعلي", "كريم بنعلي"),  # a two-word place
])
def test_an_arabic_place_and_reporter_line_gives_the_reporter(line, byline):
    title, paragraphs = STORY["ar"]
    page = "\n\n".join([title, line, DATE["ar"]] + paragraphs) + "\n"
    article = normalise_text(page)
    assert article.byline == byline
    assert article.published == "2026-12-02"


def test_an_arabic_place_and_reporter_line_with_its_date_beside_it_in_html():
    title, paragraphs = STORY["ar"]
    html = ('<html lang="ar"><head><meta charset="utf-8"><title>' + title + '</title></head><body><article><h1>'
            + title + '</h1><p class="meta">الدار البيضاء - كريم بنعلي · الأربعاء 2 ديسمبر 2026 - 20:15</p>'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = normalise_html(html)
    assert article.byline == "كريم بنعلي"
    assert article.published == "2026-12-02T20:15"


def test_an_arabic_place_and_reporter_line_with_its_date_beside_it_in_text():
    title, paragraphs = STORY["ar"]
    page = "\n\n".join([title, "عمّان - رنا الزعبي · الأربعاء 2 ديسمبر 2026"] + paragraphs) + "\n"
    article = normalise_text(page)
    assert article.byline == "رنا الزعبي" and article.published == "2026-12-02"


@pytest.mark.parametrize("line", ["بغداد - انفجار يهز العاصمة", "عمّان - وزارة المياه"])
def test_an_arabic_place_and_subtitle_gives_no_byline(line):
    # guard: a subtitle after the place's dash is no reporter, dated or not
    title, paragraphs = STORY["ar"]
    page = "\n\n".join([title, line, DATE["ar"]] + paragraphs) + "\n"
    assert normalise_text(page).byline is None


# --- F6: a date line's place is no part of the author ----------------------------------------------------------------

@pytest.mark.parametrize("lang, line, byline, published", [
    ("nl", "Harderwijk, 2 december 2026 09:15 · Sanne de Vries", "Sanne de Vries", "2026-12-02T09:15"),
    ("nl", "Harderwijk, 2 december 2026 16:42 · Redactie", "Redactie", "2026-12-02T16:42"),
    ("en", "Bristol, 2 December 2026 09:15 · By Mark Lowe", "Mark Lowe", "2026-12-02T09:15"),
])
def test_a_date_lines_place_is_not_glued_to_the_author(lang, line, byline, published):
    title, paragraphs = STORY[lang]
    article = normalise_text("\n\n".join([title, line] + paragraphs) + "\n")
    assert article.byline == byline
    assert article.published == published


@pytest.mark.parametrize("line, byline", [
    ("Door Lotte Visser, 2 december 2026, 08:05", "Lotte Visser"),  # a name before the comma, no other part
])
def test_a_name_before_the_date_stays_the_byline(line, byline):
    # guard: with no other part naming the author, what stands before the date's comma is the byline
    title, paragraphs = STORY["nl"]
    assert normalise_text("\n\n".join([title, line] + paragraphs) + "\n").byline == byline


# --- F13: the job beside the name ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, line, byline", [
    ("en", "By Grace Okonjo, Energy Reporter at Harbour Point", "Grace Okonjo"),
    ("en", "By Grace Okonjo, Chief Environment Correspondent", "Grace Okonjo"),
    ("nl", "Door Ruben Smit, verslaggever", "Ruben Smit"),
    ("nl", "Door Ruben Smit, economieredacteur bij de Stentor", "Ruben Smit"),
    ("ar", "كتبت: رنا الزعبي، مراسلة الشؤون الاقتصادية", "رنا الزعبي"),
])
def test_the_byline_is_the_name_without_its_job(lang, line, byline):
    title, paragraphs = STORY[lang]
    article = normalise_text("\n\n".join([title, line, DATE[lang]] + paragraphs) + "\n")
    assert article.byline == byline


@pytest.mark.parametrize("line, byline", [
    ("By Grace Okonjo, Reuters", "Grace Okonjo, Reuters"),  # an agency after the name stays
    ("By Grace Okonjo, Mark Lowe and Anna Price", "Grace Okonjo, Mark Lowe and Anna Price"),  # more names
])
def test_what_is_no_job_after_the_name_stays(line, byline):
    title, paragraphs = STORY["en"]
    article = normalise_text("\n\n".join([title, line, DATE["en"]] + paragraphs) + "\n")
    assert article.byline == byline
