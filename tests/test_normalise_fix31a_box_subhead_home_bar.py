"""A related box over the story's short subheading, and a home-led menu bar on a page in an open mode (stop 31,
issue 10: boxes remove only themselves; furniture goes whatever the page's mode), in en/nl/ar.

- A related box ("Gerelateerd", "Related", "مواضيع ذات صلة") in the middle of a story, whose last headline stands
  right over the story's own short subheading ("Tarieven omhoog" / the next paragraph): the line under the box was no
  paragraph, so the box was not read as one; its heading then ended the article, the paragraphs above it were taken
  for a header and lost. Now the box goes and the story (subheading included) stays one story. A blog's "Related
  Posts" box over its footer pitch stays the story's end.
- A bar of short links that opens with the home link ("Home | Food | Health | Travel", "الرئيسية | مطبخ | صحة | سفر")
  above the headline of a long page: where the page layer chose an open mode, the model kept it as the text's first
  line. It now goes after the mode is chosen, so that the page layer reads the page as before.

Hand-written pages; none is eval data and none is a tester's.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.classify import home_bar, without_home_bars

# ---------------------------------------------------------------------------------------------------------------
# a related box over the story's short subheading

BOX_PAGES = {
    "nl": dict(
        top=["Dagblad van het Oosten", "Nieuws | Sport | Economie | Cultuur", "Economie"],
        title="Energiebedrijven verhogen vaste tarieven per 1 januari",
        head=["Door Sanne Vermeulen", "3 december 2026, 06:12"],
        above=["De grote energieleveranciers verhogen per 1 januari de vaste leveringskosten voor stroom en gas, zo "
               "blijkt uit een rondgang langs de bedrijven.",
               "Volgens de leveranciers zijn de hogere netbeheerkosten en de duurdere inkoop van gas de belangrijkste "
               "reden voor de stijging van de tarieven."],
        box=["Gerelateerd", "Netbeheerder waarschuwt voor langere wachtrijen bij nieuwe aansluitingen",
             "Kabinet houdt energietoeslag voor lage inkomens nog een jaar in stand"],
        subhead="Tarieven omhoog",
        below=["Voor een gemiddeld huishouden stijgen de vaste leveringskosten van de leveranciers met ongeveer acht "
               "euro per maand, rekenden de bedrijven voor.",
               "De Autoriteit Consument & Markt zegt de tarieven van de leveranciers de komende maanden nauwlettend te "
               "volgen.",
               "Wie een vast contract heeft, merkt de verhoging pas wanneer het contract afloopt en een nieuw aanbod "
               "volgt."],
        tail=["Delen", "Facebook", "WhatsApp", "Meest gelezen", "Brand in loods aan de Havenweg snel onder controle",
              "Wethouder stapt op na kritiek op begroting", "© 2026 Dagblad van het Oosten"]),
    "en": dict(
        top=["The Harbour Gazette", "News | Sport | Business | Opinion", "Business"],
        title="Ferry operator raises winter fares on the island routes",
        head=["By Tom Reid", "3 December 2026"],
        above=["The ferry operator serving the northern islands will raise its winter fares by up to 12 per cent from "
               "January, it told passengers on Wednesday.",
               "The company blamed higher fuel costs and the price of refitting two of its older ferries for the "
               "increase in fares."],
        box=["Related", "Islanders demand a say in the new ferry contract",
             "Council warns of delays at the harbour car park this winter"],
        subhead="Fewer crossings",
        below=["The ferry timetable for the winter will also drop two of the daily crossings to the smaller islands, "
               "the operator said.",
               "Passengers with season tickets will keep their current fares until the tickets run out, the company "
               "added.",
               "Island councillors said they would ask the ferry operator to delay the rise until spring."],
        tail=["Share", "Facebook", "WhatsApp", "Most read", "Harbour wall repairs to start in March",
              "School bus route changes after parents' petition", "© 2026 The Harbour Gazette"]),
    "ar": dict(
        top=["صحيفة الوادي", "أخبار | رياضة | اقتصاد | رأي", "اقتصاد"],
        title="شركات الكهرباء ترفع رسوم الاشتراك مطلع العام المقبل",
        head=["بقلم: سامر الحديدي", "3 ديسمبر 2026"],
        above=["أعلنت شركات توزيع الكهرباء أنها سترفع رسوم الاشتراك الشهرية للمنازل اعتبارا من مطلع يناير، وفق بيان "
               "مشترك صدر أمس.",
               "وقالت الشركات إن ارتفاع كلفة الوقود وصيانة الشبكة هما السبب الرئيسي وراء زيادة رسوم الكهرباء."],
        box=["مواضيع ذات صلة", "هيئة الطاقة تحذر من انقطاعات في أحياء العاصمة خلال الصيف",
             "الحكومة تمدد دعم فواتير الأسر محدودة الدخل عاما آخر"],
        subhead="ردود الفعل",
        below=["وانتقدت جمعية حماية المستهلك قرار الشركات، وقالت إن رسوم الكهرباء الجديدة ستثقل كاهل الأسر في فصل "
               "الشتاء.",
               "ودعت الجمعية هيئة الطاقة إلى مراجعة الرسوم قبل تطبيقها على المشتركين.",
               "ومن المنتظر أن يناقش البرلمان قرار رفع رسوم الكهرباء في جلسته المقبلة."],
        tail=["شارك", "فيسبوك", "واتساب", "الأكثر قراءة", "افتتاح جسر جديد فوق النهر الأسبوع المقبل",
              "المنتخب يفوز في مباراته الودية الأخيرة", "© 2026 صحيفة الوادي"]),
}


def _box_page(lang: str, **change) -> str:
    p = {**BOX_PAGES[lang], **change}
    return "\n".join([*p["top"], p["title"], *p["head"], *p["above"], *p["box"], p["subhead"], *p["below"], *p["tail"]])


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_related_box_over_the_storys_subheading_removes_only_itself(lang):
    p = BOX_PAGES[lang]
    article = normalise_text(_box_page(lang))
    assert article.title == p["title"]
    # the story above the box and the story under it, the subheading between them, one story
    assert article.paragraphs == [*p["above"], p["subhead"], *p["below"]]
    for line in p["box"]:
        assert line in article.removed


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_related_box_over_a_subheading_goes_with_the_rules_alone(lang):
    p = BOX_PAGES[lang]
    article = normalise_text(_box_page(lang), model=False)
    assert article.title == p["title"]
    assert article.paragraphs == [*p["above"], p["subhead"], *p["below"]]


BLOG_TAIL = [
    "Related Posts",
    "How We Cut Our Grocery Bill in Half",
    "Plan Your Meals Around the Weekly Flyer",
    "Why We Stopped Buying Bottled Water",
    "Lentil Soup",
    "If you found this pantry post useful, tell a friend about it and come back next week for the next instalment.",
    "12 comments",
]
BLOG = [
    "Frugal Family Notes", "Home | About | Archive",
    "Our pantry challenge, week three",
    "Posted by Dana on March 3, 2026",
    "This week we cooked only from what was already in the pantry and the freezer, and it went better than I "
    "expected.",
    "The kids complained about the third night of lentil soup, but the pantry is now half empty and we spent twelve "
    "dollars in total.",
]


def test_guard_a_blogs_related_posts_over_its_footer_pitch_still_end_the_post():
    # the line under the box is as short as a box's last title, and the pitch under it is no story ("share",
    # "subscribe"): the box is no box in the story, its heading still ends the post
    article = normalise_text("\n".join([*BLOG, *BLOG_TAIL]))
    assert "tell a friend" not in article.text
    assert "Grocery Bill" not in article.text
    assert article.paragraphs[-1] == BLOG[-1]


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_guard_a_headline_length_line_under_the_box_is_one_more_headline(lang):
    # a line as long as the box's headlines under them is the box's: the box ends the article as before (the
    # subheading rule asks the line to be shorter than every headline)
    p = BOX_PAGES[lang]
    third = {"nl": "Gemeente zet in op warmtenet in nieuwbouwwijk", "en": "Harbour car park closes for two weeks",
             "ar": "افتتاح محطة شمسية جديدة في الجنوب"}[lang]
    article = normalise_text(_box_page(lang, subhead=third), model=False)
    assert third not in article.text
    assert p["box"][1] not in article.text


# ---------------------------------------------------------------------------------------------------------------
# a home-led menu bar on a long page

BAR = {"en": "Home | Food | Health | Travel", "nl": "Home | Eten | Gezondheid | Reizen",
       "ar": "الرئيسية | مطبخ | صحة | سفر"}
RECIPE_PAGE = {
    "ar": ["تخطى إلى المحتوى الرئيسي", BAR["ar"], "مقلوبة الدجاج والباذنجان على طريقة الجدات", "بقلم: ريم الخطيب",
           "28 نوفمبر 2026",
           "المقلوبة من أشهر الأطباق في بلاد الشام، وتحضر عادة يوم الجمعة حين تجتمع العائلة حول قدر كبير يقلب أمام "
           "الجميع.",
           "المكونات", "دجاجة كاملة مقطعة", "كوبان من الأرز المصري", "حبتان من الباذنجان", "بصلة كبيرة",
           "ملعقة صغيرة من البهارات المشكلة", "ملعقة صغيرة من الهيل", "ملح حسب الرغبة", "زيت للقلي",
           "طريقة التحضير", "1. يسلق الدجاج مع البصل والهيل لمدة 40 دقيقة.",
           "2. يقطع الباذنجان إلى شرائح ويقلى حتى يصبح ذهبيا.", "3. يغسل الأرز وينقع في الماء لمدة نصف ساعة.",
           "4. يرتب الدجاج ثم الباذنجان ثم الأرز في القدر ويغطى بالمرق.",
           "5. يطهى على نار هادئة 30 دقيقة ثم يقلب في صينية التقديم.", "نصائح",
           "يمكن استبدال الباذنجان بالقرنبيط المقلي، وهو ما تفضله عائلات كثيرة في فلسطين والأردن.",
           "يقدم الطبق مع اللبن الزبادي وسلطة الخيار والبندورة.", "شارك", "فيسبوك", "واتساب", "© 2026 مجلة البيت"],
    "en": ["Skip to main content", BAR["en"], "Upside-down chicken and aubergine rice, my grandmother's way",
           "By Rima Khatib", "28 November 2026",
           "Maqluba is one of the best-known dishes of the Levant, cooked on Fridays when the family gathers round a "
           "big pot that is turned out in front of everyone.",
           "Ingredients", "1 whole chicken, jointed", "2 cups of rice", "2 aubergines", "1 large onion",
           "1 tsp mixed spices", "1 tsp cardamom", "Salt to taste", "Oil for frying",
           "Method", "1. Simmer the chicken with the onion and cardamom for 40 minutes.",
           "2. Slice the aubergines and fry them until golden.", "3. Wash the rice and soak it for half an hour.",
           "4. Layer chicken, aubergine and rice in the pot and cover with the stock.",
           "5. Cook gently for 30 minutes, then turn out onto a tray.", "Tips",
           "You can use fried cauliflower instead of aubergine, as many families in Palestine and Jordan do.",
           "Serve with yoghurt and a cucumber and tomato salad.", "Share", "Facebook", "WhatsApp",
           "© 2026 Home Kitchen Magazine"],
    "nl": ["Naar hoofdinhoud", BAR["nl"], "Omgekeerde rijst met kip en aubergine, zoals oma hem maakte",
           "Door Rima Khatib", "28 november 2026",
           "Maqluba is een van de bekendste gerechten uit de Levant, gekookt op vrijdag wanneer de familie rond een "
           "grote pan zit die voor iedereen wordt omgekeerd.",
           "Ingrediënten", "1 hele kip, in stukken", "2 koppen rijst", "2 aubergines", "1 grote ui",
           "1 tl gemengde kruiden", "1 tl kardemom", "Zout naar smaak", "Olie om te bakken",
           "Bereiding", "1. Kook de kip 40 minuten met de ui en kardemom.",
           "2. Snijd de aubergines in plakken en bak ze goudbruin.", "3. Was de rijst en laat hem een half uur weken.",
           "4. Leg kip, aubergine en rijst in lagen in de pan en giet de bouillon erover.",
           "5. Laat 30 minuten zachtjes garen en stort de pan om op een schaal.", "Tips",
           "In plaats van aubergine kun je gebakken bloemkool gebruiken, zoals veel families in Palestina en "
           "Jordanië doen.",
           "Serveer met yoghurt en een salade van komkommer en tomaat.", "Delen", "Facebook", "WhatsApp",
           "© 2026 Thuiskeuken"],
}


@pytest.mark.parametrize("lang", ["ar", "en", "nl"])
def test_a_home_led_menu_bar_goes_on_a_long_page(lang):
    page = RECIPE_PAGE[lang]
    article = normalise_text("\n".join(page))
    assert article.title == page[2]
    assert BAR[lang] not in article.text
    assert BAR[lang] in article.removed
    assert page[5] in article.text  # the recipe's introduction stays


@pytest.mark.parametrize("line", [
    "Home | News | Sport", "Home | Nieuws | Sport | Economie", "الرئيسية | مطبخ | صحة | سفر", "Home > Travel > Europe",
    "Voorpagina • Nieuws • Regio", "الصفحة الرئيسية | أخبار | رياضة", "» Home | Local | Weather |",
])
def test_home_led_bars(line):
    assert home_bar(line)


@pytest.mark.parametrize("line", [
    "/home/knoppix/Desktop/notes.txt",          # a path: no spaced separators
    "News | Sport | Business",                  # a bar, but not led by the home link (other rules' to decide)
    "Home | Analysis",                          # two parts: a label and a section
    "Home truths | Why renters move less often than they used to | Opinion",  # a headline's part is longer
    "Home prices fall in May as rates rise",    # a headline about homes
])
def test_guard_not_home_led_bars(line):
    assert not home_bar(line)


def test_without_home_bars_removes_only_kept_bars():
    texts = ["Home | News | Sport", "Home | News | Sport", "A paragraph of the story that stays."]
    assert without_home_bars(texts, ["content", "removed", "content"]) == ["removed", "removed", "content"]
    assert without_home_bars(texts, ["title", "content", "byline"]) == ["title", "removed", "byline"]


@pytest.mark.parametrize("home", ["Home", "Home page", "Front page", "Voorpagina", "Startpagina", "الصفحة الرئيسية"])
def test_the_pager_the_menu_row_and_the_link_bar_read_one_home_word_list(home):
    """One list of the home link's words (the phrase lists' `pager_home`): a word a blog pager's "Home" link is known
    by also opens a menu row and a link bar (the lists had drifted: only the link bar's had "home page")."""
    from newsbrief.normalise.classify import _home_link
    from newsbrief.normalise.phrases import in_group
    assert in_group(home, len(home.split()), "pager_home")
    assert home_bar(f"{home} | Nieuws | Sport")
    assert _home_link().match(f"{home} Nieuws Sport")
