"""Chrome lines a new user met on pages of new kinds (tester 30a, findings 1, 2, 8, 9, 11, 14, 15), in en/nl/ar.

- A cookie-consent wall's list of vendors ("Our vendors: Adform A/S, …", "Leveranciers: …", "الشركاء: …") stayed as the
  text's first paragraph and cost the page its title: the dialog's walk stopped at the one line that names no choice
  and no data, and a wall with no long paragraph was not read as a dialog at all (normalise/consent.py).
- An audio player's line with its length ("Listen to this article · 4 min") was kept: the phrase lists name the label,
  the length beside it hid it (phrases.without_duration).
- A skip link ("تخطى إلى المحتوى الرئيسي") was kept on a page long enough for the page layer to choose an open mode,
  where the model may keep the lines above the headline (pagemode.MIN_LINES): it is now known by what it is (nl/ar
  phrases), not by where it stands.
- A column's call for questions ("Every week our expert answers readers' questions. Send yours to …@…") stayed, and
  under a question headline it even made a breadcrumb the title.
- A heading over the author's bio ("Wie is Lotte Verbeek?") stayed when the bio went.

Hand-written pages; none is eval data and none is the tester's.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import phrase_matches, without_duration

STORY = {
    "en": ("Sleeper train to the Italian lakes in a weekend", "Marta Oyelaran", "November 28, 2026", [
        "The sleeper from Vienna rolled into Verona a little after half past six, and by nine I was on a ferry crossing "
        "Lake Garda with a coffee in my hand.",
        "A two-day lake pass costs €34 and covers every ferry between Desenzano and Riva, including the fast boats "
        "that cut the crossing to forty minutes.",
        "Hotels on the eastern shore have started to offer discounts to guests who arrive by train, a scheme the "
        "regional tourist board wants to extend next year.",
    ]),
    "nl": ("Met de trein naar de Italiaanse meren in een weekend", "Door Joris van Leeuwen", "28 november 2026", [
        "De nachttrein uit Wenen rolt iets na half zeven Verona binnen, en om negen uur zat ik met koffie op een "
        "veerboot over het Gardameer.",
        "Een meerpas voor twee dagen kost 34 euro en geldt voor alle boten tussen Desenzano en Riva, ook voor de "
        "snelle boten die de oversteek in veertig minuten maken.",
        "Hotels aan de oostoever geven sinds kort korting aan gasten die met de trein komen, een regeling die het "
        "regionale toeristenbureau volgend jaar wil uitbreiden.",
    ]),
    "ar": ("بالقطار إلى البحيرات الإيطالية في عطلة نهاية أسبوع", "بقلم: ليلى الشامي", "28 نوفمبر 2026", [
        "وصل القطار الليلي القادم من فيينا إلى فيرونا بعد السادسة والنصف صباحا بقليل، وفي التاسعة كنت على متن عبارة "
        "تعبر بحيرة غاردا.",
        "تبلغ كلفة بطاقة البحيرة ليومين 34 يورو، وهي تشمل جميع العبارات بين ديزنزانو وريفا بما فيها القوارب السريعة.",
        "وبدأت الفنادق على الضفة الشرقية تقدم خصومات للنزلاء القادمين بالقطار، وهو برنامج يريد مكتب السياحة توسيعه "
        "العام المقبل.",
    ]),
}
FOOTER = {"en": "© 2026 The Rail Traveller", "nl": "© 2026 Spoorreizen Magazine", "ar": "جميع الحقوق محفوظة © 2026"}


def _page(lang: str, above: list[str] = (), under_date: list[str] = (), below: list[str] = ()) -> str:
    title, byline, date, paragraphs = STORY[lang]
    return "\n".join([*above, title, byline, date, *under_date, *paragraphs, *below, FOOTER[lang]])


# ---------------------------------------------------------------------------------------------------------------
# findings 1 and 2: a consent wall's vendor list

#: a consent wall with no long paragraph: its heading, its list of vendors, its row of buttons
SHORT_WALL = {
    "en": ["We value your privacy",
           "Our vendors: Adform A/S, Amazon Advertising, Criteo SA, Index Exchange Inc., OpenX, Magnite Inc.",
           "Accept all   Reject all   Manage preferences"],
    "nl": ["Deze website maakt gebruik van cookies",
           "Leveranciers: Adform A/S, Criteo SA, Google Advertising Products, Teads France SAS, The Trade Desk",
           "Alles accepteren   Weigeren   Instellingen beheren"],
    "ar": ["نحن نحترم خصوصيتك",
           "الشركاء: Adform A/S, Criteo SA, Google Advertising Products, Teads France SAS, The Trade Desk",
           "قبول الكل   رفض الكل   إدارة الخيارات"],
}
#: a consent wall with its paragraph (the partners counted in it), its vendors and its buttons
LONG_WALL = {
    "en": ["We value your privacy",
           "We and our 731 partners use cookies to personalise ads and content and to measure how our site is used.",
           "Our vendors: Adform A/S, Amazon Advertising, Criteo SA, Index Exchange Inc., OpenX, Magnite Inc.",
           "Accept all   Reject all   Manage preferences"],
    "nl": ["Deze website maakt gebruik van cookies",
           "Wij en onze 418 partners gebruiken cookies en vergelijkbare technieken om advertenties en inhoud te "
           "personaliseren en het gebruik van de site te meten.",
           "Leveranciers: Adform A/S, Criteo SA, Google Advertising Products, Teads France SAS, The Trade Desk",
           "Alles accepteren   Weigeren   Instellingen beheren"],
    "ar": ["نحن نحترم خصوصيتك",
           "نستخدم نحن وشركاؤنا البالغ عددهم 418 ملفات تعريف الارتباط لتخصيص الإعلانات والمحتوى وقياس أداء الموقع.",
           "الشركاء: Adform A/S, Criteo SA, Google Advertising Products, Teads France SAS, The Trade Desk",
           "قبول الكل   رفض الكل   إدارة الخيارات"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("wall", [SHORT_WALL, LONG_WALL], ids=["short", "long"])
def test_a_consent_walls_vendor_list_goes_with_the_wall_and_the_headline_is_the_title(lang, wall):
    article = normalise_text(_page(lang, above=wall[lang]))
    title, _byline_line, _date, paragraphs = STORY[lang]
    assert article.title == title
    assert article.paragraphs == paragraphs
    for line in wall[lang]:
        assert " ".join(line.split()) in article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_unlabelled_vendor_list_between_the_walls_paragraph_and_its_buttons_is_the_walls(lang):
    heading, paragraph, labelled, buttons = LONG_WALL[lang]
    bare = labelled.split(":", 1)[1].strip()
    article = normalise_text(_page(lang, above=[heading, paragraph, bare, buttons]))
    assert article.title == STORY[lang][0]
    assert article.paragraphs == STORY[lang][3]


@pytest.mark.parametrize("lang,box", [
    ("en", ["Who is behind the project", "Partners: University of Leeds, Arup, Siemens Mobility, Leeds City Council",
            "The trial runs until the end of 2027."]),
    ("nl", ["Wie doen er mee", "Partners: TU Delft, Arcadis, ProRail, gemeente Utrecht",
            "De proef loopt tot eind 2027."]),
    ("ar", ["من يشارك في المشروع", "الشركاء: جامعة اليرموك، شركة الكهرباء، وزارة النقل، بلدية إربد",
            "وتستمر التجربة حتى نهاية 2027."]),
])
def test_guard_a_storys_partners_line_without_a_consent_dialog_stays(lang, box):
    title, byline, date, paragraphs = STORY[lang]
    page = "\n".join([title, byline, date, *paragraphs[:2], *box, paragraphs[2], FOOTER[lang]])
    article = normalise_text(page)
    assert box[1] in article.text


# ---------------------------------------------------------------------------------------------------------------
# finding 11: an audio player's line with its length

PLAYER = {"en": "Listen to this article · 6 min", "nl": "Luister naar dit artikel · 5 min",
          "ar": "استمع إلى المقال · 5 دقائق"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_audio_players_line_with_its_length_under_the_date_is_furniture(lang):
    article = normalise_text(_page(lang, under_date=[PLAYER[lang]]))
    assert article.paragraphs == STORY[lang][3]
    assert PLAYER[lang] in article.removed


@pytest.mark.parametrize("text,bare", [
    ("Listen to this article · 6 min", "Listen to this article"),
    ("Luister naar dit artikel | 5 min", "Luister naar dit artikel"),
    ("استمع إلى المقال · 5 دقائق", "استمع إلى المقال"),
    ("Listen to this story (4:32)", "Listen to this story"),
    ("8 min · Listen", "Listen"),
    # no length beside a label: the line itself
    ("The final whistle went after 94 minutes.", "The final whistle went after 94 minutes."),
    ("· 5 min", "· 5 min"),
])
def test_without_duration_takes_the_length_off_a_widgets_label(text, bare):
    assert without_duration(text) == bare


def test_without_duration_runs_in_linear_time():
    t0 = time.perf_counter()
    for line in ("· " * 20000 + "x", " " * 40000 + "· 4 min x", "(4:32 " * 8000):
        without_duration(line)
    assert time.perf_counter() - t0 < 1.0


@pytest.mark.parametrize("line", ["3:30 – 8:00 pm", "10:00 am – 3:00 pm", "Saturday, January 19, 2008 · 7:30"])
def test_guard_a_schedules_times_are_no_widgets_length(line):
    # a clock time opens a schedule's line: no widget's length, and the time left over is no date line
    assert not set(phrase_matches(line, len(line.split()))[0]) & {"navigation", "misc", "date"}


@pytest.mark.parametrize("line", ["Running time · 118 min", "Looptijd · 118 min", "مدة العرض · 118 دقيقة",
                                  "Marathon winner · 2:04"])
def test_guard_a_fact_lines_length_is_no_widget(line):
    # a film's or a race's fact line: its label names no widget, so the length leaves it as it was
    assert phrase_matches(line, len(line.split()))[0] == []


# ---------------------------------------------------------------------------------------------------------------
# finding 8: a skip link and a home-led menu bar on a page long enough for the open modes

SKIP = {"en": "Skip to main content", "nl": "Naar hoofdinhoud", "ar": "تخطى إلى المحتوى الرئيسي"}
MENU = {"en": "Home | Food | Health | Travel", "nl": "Voorpagina | Eten | Gezondheid | Reizen",
        "ar": "الرئيسية | مطبخ | صحة | سفر"}
RECIPE = {
    "en": ["Ingredients", "1 whole chicken, jointed", "2 cups of rice", "2 aubergines", "1 tsp mixed spices",
           "Method", "1. Simmer the chicken with onion and cardamom for 40 minutes.", "2. Fry the aubergine until golden.",
           "3. Layer chicken, aubergine and rice in the pot and cover with the stock.",
           "4. Cook gently for 30 minutes, then turn out onto a tray."],
    "nl": ["Ingrediënten", "1 hele kip, in stukken", "2 koppen rijst", "2 aubergines", "1 tl gemengde kruiden",
           "Bereiding", "1. Kook de kip 40 minuten met ui en kardemom.", "2. Bak de aubergine goudbruin.",
           "3. Leg kip, aubergine en rijst in lagen in de pan en giet de bouillon erover.",
           "4. Laat 30 minuten zachtjes garen en stort de pan om op een schaal."],
    "ar": ["المكونات", "دجاجة كاملة مقطعة", "كوبان من الأرز", "حبتان من الباذنجان", "ملعقة صغيرة من البهارات",
           "طريقة التحضير", "1. يسلق الدجاج مع البصل والهيل لمدة 40 دقيقة.", "2. يقلى الباذنجان حتى يصبح ذهبيا.",
           "3. يرتب الدجاج ثم الباذنجان ثم الأرز في القدر ويغطى بالمرق.",
           "4. يطهى على نار هادئة 30 دقيقة ثم يقلب في صينية التقديم."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_skip_link_goes_whatever_the_pages_length(lang):
    title, byline, date, paragraphs = STORY[lang]
    for extra in range(0, 4):  # the page's length moves it across pagemode.MIN_LINES
        page = "\n".join([SKIP[lang], MENU[lang], title, byline, date, paragraphs[0], *RECIPE[lang],
                          *paragraphs[1:1 + extra], FOOTER[lang]])
        article = normalise_text(page)
        assert article.title == title
        assert SKIP[lang] not in article.text
        assert article.paragraphs[0] == paragraphs[0]


@pytest.mark.parametrize("line", [*SKIP.values(), "Spring naar de inhoud", "انتقل إلى المحتوى الرئيسي",
                                  "الانتقال إلى المحتوى"])
def test_skip_links_are_navigation(line):
    assert "navigation" in phrase_matches(line, len(line.split()))[0]


# ---------------------------------------------------------------------------------------------------------------
# findings 9 and 14: a column's call for questions

QA = {
    "en": ("Ask the expert: Can my employer make me work on a bank holiday?", "By Tomasz Wierzbicki",
           "2 December 2026", "Money | Ask the expert",
           "Each week our expert answers readers' questions. Send yours to expert@example-post.co.uk",
           ["Question: My contract says I may be asked to work on bank holidays. Can my employer insist on it?",
            "Answer: Yes, if your contract says so. There is no legal right to time off on bank holidays in England.",
            "Your employer must still give you your full paid holiday entitlement over the year."]),
    "nl": ("Vraag het de jurist: mag mijn werkgever me op een feestdag laten werken?", "Door Femke de Graaf",
           "2 december 2026", "Geld | Vraag het de jurist",
           "Elke week beantwoordt onze jurist vragen van lezers. Stuur de uwe naar jurist@voorbeeldkrant.nl",
           ["Vraag: In mijn contract staat dat ik op feestdagen kan worden ingeroosterd. Mag mijn werkgever dat eisen?",
            "Antwoord: Ja, als dat in uw contract of cao staat. Een wettelijk recht op vrij op feestdagen bestaat niet.",
            "Uw werkgever moet u wel het volledige aantal vakantiedagen per jaar geven."]),
    "ar": ("اسأل الخبير: هل يحق لصاحب العمل إلزامي بالعمل في يوم العطلة الرسمية؟", "بقلم: سامر الحديدي",
           "2 ديسمبر 2026", "اقتصاد | اسأل الخبير",
           "يجيب خبيرنا كل أسبوع عن أسئلة القراء. أرسلوا أسئلتكم إلى khabir@example-news.com",
           ["السؤال: ينص عقدي على أنه قد يطلب مني العمل في أيام العطل الرسمية. فهل يحق لصاحب العمل إلزامي بذلك؟",
            "الجواب: نعم إذا نص العقد على ذلك، فلا يوجد حق قانوني في الإجازة خلال العطل الرسمية في القطاع الخاص.",
            "لكن على صاحب العمل أن يمنحك رصيد إجازتك السنوية كاملا مدفوع الأجر."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_columns_call_for_questions_goes_and_the_question_headline_stays_the_title(lang):
    title, byline, date, trail, call, paragraphs = QA[lang]
    article = normalise_text("\n".join([trail, title, byline, date, call, *paragraphs, FOOTER[lang]]))
    assert article.title == title
    assert article.paragraphs == paragraphs
    assert call in article.removed


@pytest.mark.parametrize("line", [
    "Got a dilemma? Email us at dilemma@example-post.co.uk",
    "Heeft u ook een vraag? Mail naar vraag@voorbeeldkrant.nl",
    "هل لديك سؤال؟ راسلنا على khabir@example-news.com",
])
def test_a_question_then_an_address_is_a_call_for_questions(line):
    assert "misc" in phrase_matches(line, len(line.split()))[0]


@pytest.mark.parametrize("line", [
    # a story's sentence that gives an address: no "yours", no question before it
    "Residents can email consultation@leeds-council.gov.uk until 5 May.",
    "The council said it would consult residents. Email consultation@leeds-council.gov.uk for details.",
    "Bewoners kunnen tot 5 mei reageren via inspraak@gemeente-utrecht.nl.",
    "ويمكن للسكان إرسال ملاحظاتهم حتى 5 مايو.",
    # a story's sentence about sending questions, no address
    "Readers sent their questions to the panel, which answered 40 of them in two hours.",
    # a resource list's tip line asks about news, not for questions (its page keeps it)
    "• Heard about closings, road closures or storm damage? E-mail morris@example-news.com.",
    "Weet u van afgelaste evenementen? Mail redactie@voorbeeldkrant.nl.",
    "هل تعرف طرقا مغلقة؟ راسلنا على news@example-news.com",
    # a council's service line quoted in a story (review30a): a problem with a bin is no question for a column
    "Problems with your bin collection? Email waste@leeds.gov.uk.",
    "Problemen met uw container? Mail naar afval@utrecht.nl.",
    "هل لديك مشكلة في فاتورة المياه؟ راسلنا على info@water-authority.jo",
])
def test_guard_a_story_sentence_with_an_address_is_no_call_for_questions(line):
    assert "misc" not in phrase_matches(line, len(line.split()))[0]


def test_the_call_for_questions_patterns_run_in_linear_time():
    line = "Send your " + "very " * 5000 + "questions to a@b.co"
    t0 = time.perf_counter()
    from newsbrief.normalise.phrases import phrase_sets
    for name in ("misc",):
        sets = phrase_sets()[name]
        sets.anchored.match(line)
        sets.anchored.match("a. " * 5000 + "Send yours to a@b.co")
    assert time.perf_counter() - t0 < 1.0


# ---------------------------------------------------------------------------------------------------------------
# finding 15: the heading over the author's bio

BIO = {
    "en": ("Who is Marta Oyelaran?", "Marta Oyelaran is a travel writer based in Turin and has written about rail "
                                     "travel for ten years."),
    "nl": ("Wie is Joris van Leeuwen?", "Joris van Leeuwen is reisjournalist in Utrecht en schrijft elke maand over "
                                        "treinreizen."),
    "ar": ("من هي ليلى الشامي؟", "ليلى الشامي صحفية متخصصة في السفر وتكتب عن الرحلات بالقطار منذ عشر سنوات."),
}


def test_the_heading_over_a_bio_the_tail_rule_removes_goes_with_it():
    # a byline with no label ("Marta Oyelaran"): the last paragraph about that person is the tail rule's bio, and
    # the heading over it that names her goes with it
    heading, bio = BIO["en"]
    title, byline, date, paragraphs = STORY["en"]
    article = normalise_text("\n".join([title, byline, date, *paragraphs, heading, bio, FOOTER["en"]]))
    assert article.paragraphs == paragraphs
    assert heading in article.removed and bio in article.removed


@pytest.mark.parametrize("lang,byline", [("en", "By Dr Marta Oyelaran, travel editor"),
                                         ("nl", "Door mr. Joris van Leeuwen, reisjurist"),
                                         ("ar", "بقلم: د. ليلى الشامي")])
def test_the_heading_over_a_titled_authors_bio_goes_with_it(lang, byline):
    # the title before the name ("mr.", "Dr", "د.") is no part of the person the bio and its heading name
    heading, bio = BIO[lang]
    title, _byline, date, paragraphs = STORY[lang]
    article = normalise_text("\n".join([title, byline, date, *paragraphs, heading, bio, FOOTER[lang]]))
    assert article.title == title
    assert article.paragraphs == paragraphs
    assert heading in article.removed and bio in article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_the_heading_over_a_labelled_authors_bio_still_goes_with_it(lang):
    heading, bio = BIO[lang]
    title, byline, date, paragraphs = STORY[lang]
    byline = {"en": "By Marta Oyelaran"}.get(lang, byline)
    article = normalise_text("\n".join([title, byline, date, *paragraphs, heading, bio, FOOTER[lang]]))
    assert article.paragraphs == paragraphs
    assert heading in article.removed and bio in article.removed


@pytest.mark.parametrize("lang,box", [
    ("en", ["Who is Ines Barros?", "Ines Barros runs the ferry company's booking office in Riva and sold the first "
                                   "lake pass in 2019.", "She says demand has doubled since the train scheme began."]),
    ("nl", ["Wie is Ines Barros?", "Ines Barros leidt het boekingskantoor van de veerdienst in Riva en verkocht in "
                                   "2019 de eerste meerpas.", "Volgens haar is de vraag sinds de treinregeling verdubbeld."]),
    ("ar", ["من هي إينيس باروس؟", "إينيس باروس تدير مكتب الحجز في شركة العبارات في ريفا وباعت أول بطاقة للبحيرة "
                                  "عام 2019.", "وتقول إن الطلب تضاعف منذ بدء برنامج القطارات."]),
])
def test_guard_a_background_box_about_a_person_in_the_story_stays(lang, box):
    title, byline, date, paragraphs = STORY[lang]
    article = normalise_text("\n".join([title, byline, date, *paragraphs[:2], *box, paragraphs[2], FOOTER[lang]]))
    for line in box:
        assert line in article.text
