"""Tester stop 30, findings 3, 10, 12 and 18: the article's header read through what stands around it.

* A summary box printed ABOVE the headline ("Key points", "In het kort", "باختصار") with its points as plain lines: the
  headline has a point's shape, so the box's run of points went on over it. One point was kept (the run ended at the
  byline, not at a paragraph) or the headline and the date were taken as points. The box ends at its last point,
  right above the headline over its byline, date or dateline (boxes._points_over_headline).
* A question headline over a dateline line ("البصرة - وكالات", "LONDON (Reuters)"): a question reads as a sentence, and
  it is the headline only with a byline or date under it; a dateline is one (classify._dated_or_signed).
* "PLACE - كتب: NAME": a place-and-name dateline whose label closes with its colon credits the reporter.
* A role after the name's comma ("Priya Shah, consumer rights expert", "mr. Lotte Visser, arbeidsjurist", "سارة
  الخطيب، خبيرة اقتصادية") is no part of the name, as "By X, Food Editor" was not.

Hand-written pages; none is eval data nor the tester's pages.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import place_author_and_date
from newsbrief.normalise.metadata import split_byline


def page(*lines: str, blank: bool = False) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


# --- a summary box above the headline ------------------------------------------------------------------------------

BOX_ABOVE = {
    "en": ("Key points",
           ["Bus fares in the county will be capped at £2 from January",
            "The council says 40 rural routes will run on Sundays again",
            "Operators warn the subsidy only lasts two years"],
           "County caps bus fares and restores Sunday services",
           ["By Hannah Moss", "5 December 2026"], "Hannah Moss", "2026-12-05",
           ["Passengers across the county will pay no more than £2 for a single bus journey from January, the "
            "council announced on Friday.",
            "The cabinet member for transport said the cap would cost £3.1 million a year, paid from a government "
            "grant.",
            "Bus operators welcomed the decision but warned that the grant runs out in 2028."]),
    "nl": ("In het kort",
           ["De buskaart in de provincie kost vanaf januari maximaal twee euro",
            "Op veertig streeklijnen rijden weer bussen op zondag",
            "Vervoerders waarschuwen dat de subsidie maar twee jaar loopt"],
           "Provincie maximeert busprijs en brengt zondagsdienst terug",
           ["Door Sanne Kok", "5 december 2026"], "Sanne Kok", "2026-12-05",
           ["Reizigers in de provincie betalen vanaf januari niet meer dan twee euro voor een busrit, maakte de "
            "provincie vrijdag bekend.",
            "De gedeputeerde voor mobiliteit zei dat de maatregel 3,1 miljoen euro per jaar kost en uit een rijksbijdrage "
            "wordt betaald.",
            "Vervoerders zijn blij met het besluit, maar wijzen erop dat de bijdrage in 2028 afloopt."]),
    "ar": ("باختصار",
           ["الحكومة تخفض أسعار تذاكر الحافلات إلى نصف دينار",
            "عودة أربعين خطا ريفيا للعمل يوم الجمعة",
            "الشركات المشغلة تحذر من انتهاء الدعم بعد عامين"],
           "الحكومة تخفض أسعار النقل العام وتعيد خطوط الأرياف",
           ["إربد - كتب: ليلى حداد", "الجمعة 4 ديسمبر 2026"], "ليلى حداد", "2026-12-04",
           ["أعلنت وزارة النقل يوم الخميس أن سعر تذكرة الحافلة لن يتجاوز نصف دينار اعتبارا من مطلع العام المقبل.",
            "وقال وزير النقل إن القرار يكلف الخزينة ثلاثة ملايين دينار سنويا تغطيها منحة حكومية.",
            "ورحبت الشركات المشغلة بالقرار لكنها حذرت من أن المنحة تنتهي بعد عامين."]),
}


def _box_page(lang: str, blank: bool = False, header: list[str] | None = None) -> tuple[str, tuple]:
    heading, points, headline, head, author, date, body = BOX_ABOVE[lang]
    lines = [heading, *points, headline, *(head if header is None else header), *body]
    if blank:
        # paragraphs set apart by blank lines, the box's lines and the header together
        return "\n".join([heading, *points, headline, *(head if header is None else header)]) + "\n\n" \
            + "\n\n".join(body) + "\n", BOX_ABOVE[lang]
    return page(*lines), BOX_ABOVE[lang]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("blank", [False, True])
def test_box_above_headline_keeps_every_point_and_the_header(lang, blank):
    text, (_, points, headline, _, author, date, body) = _box_page(lang, blank)
    a = normalise_text(text, model=False)
    assert a.source_takeaways == points
    assert a.title == headline
    assert a.byline == author
    assert a.published == date
    assert a.paragraphs == body


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_box_above_headline_with_the_model(lang):
    text, (_, points, headline, _, author, date, body) = _box_page(lang)
    a = normalise_text(text)
    assert a.source_takeaways == points
    assert (a.title, a.byline, a.published) == (headline, author, date)
    assert body[0] in a.paragraphs


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_box_above_headline_with_date_only(lang):
    """The headline with only its date under it: the date line ends the box too (it was taken for a point)."""
    _, points, headline, head, _, date, body = BOX_ABOVE[lang]
    a = normalise_text(page(BOX_ABOVE[lang][0], *points, headline, head[1], *body), model=False)
    assert a.source_takeaways == points
    assert a.title == headline
    assert a.published == date
    assert a.paragraphs == body


def test_full_box_of_five_points_above_headline():
    """A box of five points (MAX_PLAIN_ITEMS) over the headline: the headline is the line after its fifth point."""
    heading, points, headline, head, author, date, body = BOX_ABOVE["en"]
    five = points + ["Pensioners keep their free travel before 9am", "The cap is reviewed again in 2027"]
    a = normalise_text(page(heading, *five, headline, *head, *body), model=False)
    assert a.source_takeaways == five
    assert a.title == headline
    assert a.byline == author


# --- guards: boxes where they stood before ---------------------------------------------------------------------------

def _plain_header(lang: str, head: list[str]) -> list[str]:
    """The header with a byline main read already ("بقلم ليلى حداد" for the Arabic dateline with "كتب:")."""
    return ["بقلم ليلى حداد", head[1]] if lang == "ar" else head


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_box_under_the_date(lang):
    heading, points, headline, head, author, date, body = BOX_ABOVE[lang]
    head = _plain_header(lang, head)
    a = normalise_text(page(headline, *head, heading, *points, *body), model=False)
    assert a.source_takeaways == points
    assert (a.title, a.byline, a.published) == (headline, author, date)
    assert a.paragraphs == body


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_bulleted_box_above_headline(lang):
    heading, points, headline, head, author, date, body = BOX_ABOVE[lang]
    head = _plain_header(lang, head)
    a = normalise_text(page(heading, *("• " + p for p in points), headline, *head, *body), model=False)
    assert a.source_takeaways == points
    assert (a.title, a.byline, a.published) == (headline, author, date)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_fact_box_with_a_date_in_the_story(lang):
    """A fact box of label lines inside the story, one of them a date ("When: Saturday 12 December 2026"): its lines
    stay where main put them (no headline stands over a header there: the line above the date is a label line)."""
    headline, head, box, body = {
        "en": ("Town hall opens its doors for a weekend", ["By Hannah Moss", "5 December 2026"],
               ["Key facts", "What: open day at the restored town hall", "Where: Market Square, Westbury",
                "When: Saturday 12 December 2026"],
               ["The restored town hall will open to the public for the first time in six years next weekend.",
                "Visitors can tour the council chamber and the clock tower, which has been repaired."]),
        "nl": ("Stadhuis opent een weekend lang de deuren", ["Door Sanne Kok", "5 december 2026"],
               ["In het kort", "Wat: open dag in het gerestaureerde stadhuis", "Waar: Grote Markt, Westerveld",
                "Wanneer: zaterdag 12 december 2026"],
               ["Het gerestaureerde stadhuis gaat volgend weekend voor het eerst in zes jaar open voor publiek.",
                "Bezoekers kunnen de raadszaal en de klokkentoren bekijken, die is hersteld."]),
        "ar": ("البلدية تفتح أبوابها للزوار نهاية الأسبوع", ["بقلم سامر العلي", "الجمعة 4 ديسمبر 2026"],
               ["باختصار", "ماذا: يوم مفتوح في مبنى البلدية بعد ترميمه", "أين: ساحة السوق في إربد",
                "متى: السبت 12 ديسمبر 2026"],
               ["يفتح مبنى البلدية أبوابه أمام الجمهور الأسبوع المقبل لأول مرة منذ ست سنوات بعد ترميمه.",
                "ويمكن للزوار التجول في قاعة المجلس وبرج الساعة الذي جرى إصلاحه."]),
    }[lang]
    a = normalise_text(page(headline, *head, body[0], *box, body[1]), model=False)
    assert a.title == headline
    assert body[0] in a.paragraphs and body[1] in a.paragraphs


# --- a question headline over a dateline line ------------------------------------------------------------------------

QUESTION_DATELINE = {
    "en": ("Rail strike: why are the trains not running again?", "LONDON (Reuters)", "Monday 7 December 2026",
           "Reuters", "2026-12-07",
           ["Train drivers walked out on Monday for the third time this autumn after talks on pay broke down.",
            "The union said its members had rejected an offer of 4 per cent over two years."]),
    "nl": ("Storing bij de NS: waarom rijden de treinen weer niet?", "UTRECHT (ANP)", "maandag 7 december 2026",
           "ANP", "2026-12-07",
           ["Tussen Utrecht en Amsterdam rijden maandag geen treinen door een storing in de bovenleiding.",
            "Volgens ProRail duurt het herstel naar verwachting tot het einde van de middag."]),
    "ar": ("أزمة الخبز في الموصل: لماذا ارتفعت الأسعار؟", "الموصل - وكالات", "الاثنين 7 ديسمبر 2026",
           "وكالات", "2026-12-07",
           ["ارتفعت أسعار الخبز في مدينة الموصل بنسبة الثلث خلال أسبوع واحد بسبب نقص الطحين في الأسواق.",
            "وقال مسؤول في دائرة التجارة إن شحنة جديدة من القمح ستصل إلى المدينة خلال أيام."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_question_headline_over_dateline(lang):
    headline, dateline, date_line, byline, date, body = QUESTION_DATELINE[lang]
    for model in (False, None):
        a = normalise_text(page("Nieuws" if lang == "nl" else "أخبار" if lang == "ar" else "News",
                                headline, dateline, date_line, *body), model=model)
        assert a.title == headline
        assert a.byline == byline
        assert a.published == date
        assert a.paragraphs == body


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_question_headline_over_date(lang):
    headline, _, date_line, _, date, body = QUESTION_DATELINE[lang]
    a = normalise_text(page(headline, date_line, *body), model=False)
    assert (a.title, a.published, a.paragraphs) == (headline, date, body)


# --- "PLACE - كتب: NAME": a place and the reporter's labelled name ------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("إربد - كتب: ليلى حداد", "ليلى حداد"),
    ("عمّان - بقلم: سامر العلي", "سامر العلي"),
    ("LEIDEN - Door: Jan de Vries", "Jan de Vries"),
    ("CAIRO — By: Ahmed Samir", "Ahmed Samir"),
])
def test_place_and_labelled_name_with_colon(line, name):
    assert place_author_and_date(line, True)[0] == name


@pytest.mark.parametrize("line", ["بغداد - انفجار يهز العاصمة", "Liverpool - Result: Manchester United",
                                  "عاجل - كتب: سامر العلي", "Liverpool - Manchester United"])
def test_guard_no_reporter_in_place_lines(line):
    assert place_author_and_date(line, True)[0] is None


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_page_with_place_and_labelled_name(lang):
    headline, credit, date_line, name, body = {
        "en": ("Harbour reopens after storm damage is repaired", "DOVER — By: Helen Garth", "5 December 2026",
               "Helen Garth", ["The harbour reopened on Friday after a week of repairs to the storm-damaged pier.",
                               "Ferry operators said sailings would return to the normal timetable on Saturday."]),
        "nl": ("Haven weer open na herstel van stormschade", "DEN HELDER - Door: Sanne Kok", "5 december 2026",
               "Sanne Kok", ["De haven is vrijdag weer opengegaan na een week herstelwerk aan de beschadigde pier.",
                             "De veerdienst vaart vanaf zaterdag weer volgens de normale dienstregeling."]),
        "ar": ("إعادة فتح الميناء بعد إصلاح أضرار العاصفة", "العقبة - كتب: ليلى حداد", "الجمعة 4 ديسمبر 2026",
               "ليلى حداد", ["أعيد فتح ميناء العقبة يوم الجمعة بعد أسبوع من أعمال الصيانة في الرصيف المتضرر.",
                             "وقالت شركات العبارات إن الرحلات ستعود إلى جدولها المعتاد يوم السبت."]),
    }[lang]
    a = normalise_text(page(headline, credit, date_line, *body))
    assert a.title == headline
    assert a.byline == name
    assert a.paragraphs == body


# --- a role after the name's comma ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("By Priya Shah, consumer rights expert", "Priya Shah"),
    ("By Priya Shah, Consumer Rights Expert", "Priya Shah"),
    ("By Tom Baker, employment lawyer", "Tom Baker"),
    ("Door mr. Lotte Visser, arbeidsjurist", "mr. Lotte Visser"),
    ("Door Eva de Vries, belastingadviseur bij een accountantskantoor", "Eva de Vries"),
    ("Door Kees Bakker, hoogleraar economie", "Kees Bakker"),
    ("بقلم: سارة الخطيب، خبيرة اقتصادية", "سارة الخطيب"),
    ("بقلم: د. سامر العلي، أستاذ القانون", "د. سامر العلي"),
])
def test_role_after_name_is_dropped(line, name):
    assert split_byline(line)[0] == name


@pytest.mark.parametrize("line, name", [
    ("By Harriet Mbeki, Food Editor", "Harriet Mbeki"),  # a reporter's job: as before
    ("بقلم: سارة الخطيب، مراسلة", "سارة الخطيب"),
    ("By Jane Doe, Reuters", "Jane Doe, Reuters"),  # an agency stays
    ("By Jane Doe, AP", "Jane Doe, AP"),
    ("By Anna Price, Tom Hale", "Anna Price, Tom Hale"),  # a co-author stays
    ("By John Smith, in Washington", "John Smith, in Washington"),
    ("Door Eva de Vries, NOS", "Eva de Vries, NOS"),
])
def test_guard_what_follows_the_comma_and_stays(line, name):
    assert split_byline(line)[0] == name


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_expert_column_page_byline(lang):
    headline, credit, date_line, name, body = {
        "en": ("Ask the expert: can my employer cancel my holiday at short notice?",
               "By Tom Baker, employment lawyer", "28 November 2026", "Tom Baker",
               ["Question: My manager has cancelled a week of leave I booked in March. Can she do that?",
                "Answer: Your employer can refuse or cancel leave, but must give notice at least as long as the "
                "leave itself."]),
        "nl": ("Vraag het de expert: mag mijn werkgever mijn vakantie intrekken?",
               "Door mr. Lotte Visser, arbeidsjurist", "28 november 2026", "mr. Lotte Visser",
               ["Vraag: Mijn leidinggevende heeft mijn vakantie van volgende maand ingetrokken. Mag dat zomaar?",
                "Antwoord: Een werkgever mag dat alleen bij zwaarwegende redenen, en moet de schade die u lijdt "
                "vergoeden."]),
        "ar": ("اسأل الخبير: هل يحق لصاحب العمل إلغاء إجازتي؟",
               "بقلم: سارة الخطيب، خبيرة قانونية", "السبت 28 نوفمبر 2026", "سارة الخطيب",
               ["سؤال: ألغى مديري إجازتي السنوية قبل موعدها بيومين، فهل يحق له ذلك؟",
                "جواب: يجوز لصاحب العمل تأجيل الإجازة لأسباب تتعلق بالعمل، لكن عليه إبلاغ الموظف قبل مدة كافية."]),
    }[lang]
    a = normalise_text(page(headline, credit, date_line, *body))
    assert a.byline == name


def test_role_and_header_checks_scale_with_the_line():
    """The role patterns and the header-line check read a bounded part of a line (ROLE_MAX_CHARS,
    HEADER_LINE_MAX_CHARS): a huge byline or a huge box line costs no more than a short one. Timed as growth in the
    process's CPU time between two sizes (tests/scaling.py), never against a wall clock: a busy machine failed the
    earlier 5-second limit with code that had not changed."""
    from tests.scaling import assert_grows_linearly

    def run(size_text: str) -> None:
        size = len(size_text)
        split_byline("By Priya Shah, " + "expert" * size)
        split_byline("By Priya Shah, " + "a " * size)
        normalise_text(page("Key points", "Bus fares capped at two pounds", "x" * size, "Fares capped", "By Jane Doe",
                            "5 December 2026", "The council capped bus fares on Friday for every route in the county."),
                       model=False)

    assert_grows_linearly(run, lambda n: "x" * n, 25_000, 100_000)
