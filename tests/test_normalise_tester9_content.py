"""Story text a new user saw lost or merged (tester 9, stop 24), in en/nl/ar.

Each case fails on the code before its fix (the guards, labelled, pass on both): a story with a photo gallery in it
lost its paragraphs under the gallery and kept the credited captions as paragraphs (gallery.py, classify.py); a second
article glued under the first after a share bar was dropped without a warning, or merged into the text with its "By …"
and date lines (losses.py); a recipe whose method steps are the densest prose lost its ingredients above them
(recipes.py). Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- a gallery inside a story ----------------------------------------------------------------------------------------

GALLERY = {
    "en": dict(
        top=["Westbrook Herald", "Home", "News", "Pictures", "Sport",
             "Hundreds of boats sail into Westbrook for the tall ships festival", "By Carla Nunes",
             "Saturday, 14 March 2026"],
        lead=["Hundreds of boats sailed into Westbrook harbour on Saturday morning for the first tall ships festival in the "
              "town for more than twenty years.",
              "The harbour master said about 40,000 visitors had come to see the ships by lunchtime, twice as many as the "
              "organisers had expected."],
        word="of",
        captions=["The Dutch schooner Oosterschelde leads the fleet past the lighthouse. Photograph: Carla Nunes",
                  "Cadets climb the rigging of the training ship Stavros before the parade. Photograph: Ben Hale",
                  "Crowds fill the quayside as the ships moor for the weekend. Photograph: Carla Nunes",
                  "A brass band plays on the deck of a Norwegian brig. Photograph: Ben Hale"],
        tail=["The festival's director, Ruth Okafor, said the town had bid for the event for six years and hoped it would "
              "return every summer from now on.",
              "The ships are open to visitors until Monday evening, and the council has laid on extra buses from the "
              "railway station."],
        footer=["Share this gallery", "Facebook", "X", "© Westbrook Herald 2026"],
    ),
    "nl": dict(
        top=["Dagblad Oost", "Nieuws", "Regio", "Foto's", "Sport",
             "Duizenden bezoekers bij de eerste lichtjesroute door Deventer", "Door Sanne Willems", "12 december 2026"],
        lead=["Duizenden mensen liepen zaterdagavond mee met de eerste lichtjesroute door de binnenstad van Deventer, die "
              "volgens de organisatie drukker was dan verwacht.",
              "Langs de route van drie kilometer stonden meer dan vijftig lichtkunstwerken, gemaakt door scholen, "
              "verenigingen en kunstenaars uit de stad."],
        word="van",
        captions=["Een meisje bekijkt een lichtgevende walvis op de Brink. Foto: Sanne Willems",
                  "De Wilhelminabrug is verlicht in alle kleuren van de regenboog. Foto: Pieter Bos",
                  "Bezoekers schuifelen door de smalle Bergstraat langs de etalages. Foto: Sanne Willems",
                  "Een koor zingt kerstliederen op de trappen van de Lebuinuskerk. Foto: Pieter Bos"],
        tail=["Organisator Mark Jansen zegt dat de gemeente de route volgend jaar wil uitbreiden naar de wijken aan de "
              "overkant van de IJssel.",
              "De lichtkunstwerken blijven tot en met zondag te zien, daarna worden ze geveild voor het goede doel."],
        footer=["Deel deze fotoserie", "Facebook", "WhatsApp", "© 2026 Dagblad Oost"],
    ),
    "ar": dict(
        top=["صحيفة الساحل", "الرئيسية", "أخبار", "صور", "رياضة", "آلاف الزوار في افتتاح مهرجان الزهور في المدينة",
             "بقلم سلمى حداد", "السبت 14 مارس 2026"],
        lead=["توافد آلاف الزوار صباح السبت على حديقة المدينة الكبرى لحضور افتتاح مهرجان الزهور السنوي الذي يقام للمرة "
              "العاشرة هذا العام.",
              "وقال منظمو المهرجان إن أكثر من مئة مشتل من مختلف المحافظات يشاركون في المعرض الذي يستمر أسبوعا كاملا."],
        word="من",
        captions=["طفلة تلتقط صورة لزهور التوليب في الجناح الهولندي. تصوير: سلمى حداد",
                  "زوار يتجولون بين أحواض الورد الدمشقي قرب المدخل الرئيسي. تصوير: كريم ناصر",
                  "متطوعون يرتبون أصص النباتات قبل افتتاح المعرض. تصوير: سلمى حداد",
                  "فرقة موسيقية تعزف أمام النافورة وسط الحديقة. تصوير: كريم ناصر"],
        tail=["وقال مدير المهرجان سامر الخطيب إن عدد المشاركين تضاعف مقارنة بالعام الماضي، وإن البلدية تدرس نقل المعرض "
              "إلى أرض أوسع في الدورة المقبلة.",
              "ويفتح المعرض أبوابه يوميا من التاسعة صباحا حتى العاشرة مساء، والدخول مجاني للأطفال وكبار السن."],
        footer=["شارك", "فيسبوك", "واتساب", "© صحيفة الساحل 2026"],
    ),
}


def _gallery_page(p: dict, counter_first: bool = True) -> str:
    lines = [*p["top"], *p["lead"]]
    total = len(p["captions"]) + 3
    for k, caption in enumerate(p["captions"], 1):
        counter = f"{k} {p['word']} {total}"
        lines += [counter, caption] if counter_first else [caption, counter]
    return _page(*lines, *p["tail"], *p["footer"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("counter_first", [True, False])
def test_a_storys_paragraphs_under_its_gallery_stay_and_its_captions_go(lang, counter_first):
    # seen as a user: the two paragraphs under the gallery went as "after the article", no warning, while the five
    # credited captions stayed as paragraphs (and became 4 of the 5 takeaways)
    p = GALLERY[lang]
    article = normalise_text(_gallery_page(p, counter_first))
    for paragraph in p["lead"] + p["tail"]:
        assert paragraph in article.text
    for caption in p["captions"]:
        assert caption not in article.text
        assert caption in article.removed
    assert f"1 {p['word']} 7" not in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_storys_uncredited_caption_goes_with_the_credited_ones(lang):
    # the credited captions say on which side of its counter a caption stands: the one without a credit goes too
    p = dict(GALLERY[lang])
    bare = p["captions"][1].rsplit(". ", 1)[0] + "."
    p["captions"] = [p["captions"][0], bare, *p["captions"][2:]]
    article = normalise_text(_gallery_page(p))
    assert bare not in article.text
    for paragraph in p["lead"] + p["tail"]:
        assert paragraph in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_gallery_page_without_a_story_keeps_its_captions(lang):
    # guard (passes before and after): a gallery page's captions are its text
    p = GALLERY[lang]
    lines = [p["top"][5], p["top"][6]]
    for k, caption in enumerate(p["captions"], 1):
        lines += [f"{k} {p['word']} 4", caption]
    article = normalise_text(_page(*lines, *p["footer"]))
    for caption in p["captions"]:
        assert caption in article.text


# --- a second article glued under the first ---------------------------------------------------------------------------

GLUED = {
    "en": dict(
        top=["Northgate Evening Post", "News", "Sport", "Business", "Home > News"],
        first=["Library opening hours to be cut from April", "By Helen Marsh", "Wednesday 2 December 2026, 08:15",
               "Northgate's central library will close on Mondays and Wednesday afternoons from April, the borough "
               "council has confirmed.",
               "The council said the change would save £180,000 a year and that no staff would lose their jobs.",
               "Campaigners said they would hand in a petition of 4,000 signatures at next week's cabinet meeting.",
               "The library, which opened in 1936, lent more than 300,000 books last year and hosts a weekly reading "
               "group for children."],
        share="Share this article",
        second=["Ferry service to resume after storm damage", "By Owen Pryce", "Wednesday 2 December 2026, 07:40",
                "The ferry between Northgate and the island will run again from Friday after repairs to the landing "
                "stage damaged in last month's storm.",
                "The operator said the first sailing would leave at 7am and that timetables would be back to normal by "
                "the weekend.",
                "Islanders had relied on a small water taxi for three weeks, with some pupils missing school."],
        after=["Most read", "Teenager missing after night out", "© Northgate Evening Post 2026"],
    ),
    "nl": dict(
        top=["Dagblad Zuidwest", "Nieuws", "Regio", "Sport", "Home › Regio"],
        first=["Bibliotheek Roosendaal gaat op maandag dicht", "Door Eva Dekker", "2 december 2026, 08:15",
               "De bibliotheek in het centrum van Roosendaal gaat vanaf april op maandag en woensdagmiddag dicht, "
               "heeft de gemeente bevestigd.",
               "Volgens de gemeente levert de maatregel 180.000 euro per jaar op en verliest niemand zijn baan.",
               "Actievoerders willen volgende week een petitie met 4000 handtekeningen aanbieden aan het college."],
        share="Deel dit artikel",
        second=["Veerpont vaart weer na stormschade", "Door Joris Kuipers", "2 december 2026, 07:40",
                "De veerpont tussen Steenbergen en het eiland vaart vanaf vrijdag weer, nadat de aanlegsteiger na de "
                "storm van vorige maand is hersteld.",
                "De eerste afvaart vertrekt om zeven uur en de dienstregeling is volgens de vervoerder in het weekend "
                "weer normaal.",
                "Eilandbewoners waren drie weken aangewezen op een kleine watertaxi, waardoor sommige leerlingen niet "
                "naar school konden."],
        after=["Meest gelezen", "Tiener vermist na avond uit", "© 2026 Dagblad Zuidwest"],
    ),
    "ar": dict(
        top=["صحيفة الشمال", "أخبار", "رياضة", "اقتصاد", "الرئيسية > أخبار"],
        first=["تقليص ساعات عمل المكتبة العامة اعتبارا من أبريل", "بقلم هالة منصور", "الأربعاء 2 ديسمبر 2026",
               "قالت البلدية إن المكتبة العامة في وسط المدينة ستغلق أبوابها يوم الاثنين وبعد ظهر الأربعاء اعتبارا من "
               "شهر أبريل المقبل.",
               "وأضافت البلدية أن القرار سيوفر نحو مئة وثمانين ألف دينار سنويا، وأن أحدا من الموظفين لن يفقد وظيفته.",
               "وقال ناشطون إنهم سيسلمون عريضة تحمل أربعة آلاف توقيع إلى المجلس البلدي الأسبوع المقبل."],
        share="شارك",
        second=["استئناف رحلات العبارة بعد أضرار العاصفة", "بقلم عمر الصالح", "الأربعاء 2 ديسمبر 2026",
                "تستأنف العبارة بين الميناء والجزيرة رحلاتها يوم الجمعة بعد إصلاح رصيف الرسو الذي تضرر في عاصفة الشهر "
                "الماضي.",
                "وقالت الشركة المشغلة إن الرحلة الأولى ستنطلق في السابعة صباحا وإن الجدول سيعود إلى طبيعته في عطلة "
                "نهاية الأسبوع.",
                "واعتمد سكان الجزيرة على قارب أجرة صغير طوال ثلاثة أسابيع، وتغيب بعض التلاميذ عن مدارسهم."],
        after=["الأكثر قراءة", "فقدان مراهق بعد سهرة", "© صحيفة الشمال 2026"],
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_second_article_after_a_share_bar_is_warned_about_and_not_merged_with_its_header(lang):
    # seen as a user: the English second article went to `removed` with no warning; the Dutch one was merged into the
    # text with "Door …" and its date as paragraphs, no warning either
    p = GLUED[lang]
    article = normalise_text(_page(*p["top"], *p["first"], p["share"], *p["second"], *p["after"]))
    for paragraph in p["first"][3:]:
        assert paragraph in article.text
    assert any(w.startswith("a second article follows the first") and p["second"][0][:30] in w
               for w in article.warnings)
    # whatever the page layer does with the second story, its byline and date are no paragraphs of the text
    for line in p["second"][1:3]:
        assert line not in article.text.split("\n\n")


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_story_with_a_share_bar_and_a_teaser_list_under_it_has_no_second_article(lang):
    # guard (passes before and after): teaser headlines under the share bar, each with a date and no paragraphs
    p = GLUED[lang]
    teasers = [p["second"][0], p["second"][2], p["after"][1], p["second"][2]]
    article = normalise_text(_page(*p["top"], *p["first"], p["share"], p["after"][0], *teasers, p["after"][2]))
    for paragraph in p["first"][3:]:
        assert paragraph in article.text
    assert not any("second article" in w for w in article.warnings)


# --- a recipe whose ingredients stand above the method ----------------------------------------------------------------

RECIPE = {
    "en": dict(
        title="Roast squash and sage risotto", byline="By Nina Clarke",
        intro="This risotto is the dish I cook most often in the autumn: the squash roasts while the rice cooks, and it "
              "is on the table in under an hour.",
        meta=["Serves: 4", "Time: 50 minutes"], heading="Ingredients",
        items=["1 small butternut squash, diced", "300 g risotto rice", "1.2 litres hot vegetable stock",
               "1 onion, finely chopped", "50 g parmesan, grated", "8 sage leaves"],
        method="Method",
        steps=["1. Heat the oven to 200C and roast the squash with a little oil for 30 minutes until soft and golden.",
               "2. Soften the onion in a wide pan, stir in the rice and toast it for two minutes before the stock.",
               "3. Add the hot stock a ladle at a time, stirring, until the rice is creamy but still has some bite.",
               "4. Fold in the roast squash and the parmesan, and fry the sage leaves in butter to scatter on top."],
    ),
    "nl": dict(
        title="Ovenschotel met pompoen en salie", byline="Door Noor Visser",
        intro="Deze ovenschotel maak ik elke herfst: de pompoen gaat samen met de aardappelen de oven in en binnen een "
              "uur staat het eten op tafel.",
        meta=["Personen: 4", "Bereidingstijd: 50 minuten"], heading="Ingrediënten",
        items=["1 kleine flespompoen, in blokjes", "800 g vastkokende aardappelen", "2 uien, in ringen",
               "150 g geraspte oude kaas", "2 el olijfolie", "8 blaadjes salie"],
        method="Bereiding",
        steps=["1. Verwarm de oven voor op 200 graden en rooster de pompoen met wat olie in 30 minuten zacht en goudbruin.",
               "2. Kook de aardappelen in plakjes tien minuten voor en fruit ondertussen de uien in een ruime pan.",
               "3. Leg de aardappelen, de uien en de pompoen in lagen in een ovenschaal en strooi de kaas erover.",
               "4. Bak de schotel twintig minuten in de oven en bak intussen de salie knapperig in een beetje boter."],
    ),
    "ar": dict(
        title="أرز باليقطين والمريمية في الفرن", byline="بقلم ليلى العمر",
        intro="هذه الوصفة هي الطبق الذي أطبخه أكثر من غيره في الخريف، فاليقطين يشوى في الفرن بينما ينضج الأرز، "
              "ويصبح الطعام جاهزا في أقل من ساعة.",
        meta=["عدد الأشخاص: 4", "مدة التحضير: 50 دقيقة"], heading="المكونات",
        items=["1 يقطينة صغيرة مقطعة مكعبات", "300 غرام أرز", "1 لتر مرق خضار ساخن", "1 بصلة مفرومة ناعما",
               "50 غرام جبن مبشور", "8 أوراق مريمية"],
        method="طريقة التحضير",
        steps=["1. سخني الفرن على درجة 200 واشوي اليقطين مع قليل من الزيت لمدة 30 دقيقة حتى يصبح طريا وذهبيا.",
               "2. اقلي البصل في قدر واسعة ثم أضيفي الأرز وحركيه لدقيقتين قبل إضافة المرق الساخن.",
               "3. أضيفي المرق تدريجيا مع التحريك حتى ينضج الأرز ويصبح كريميا مع بقاء قوامه متماسكا.",
               "4. أضيفي اليقطين المشوي والجبن، ثم اقلي أوراق المريمية في الزبدة وانثريها على الوجه."],
    ),
}


def _recipe_lines(p: dict) -> list[str]:
    return [p["title"], p["byline"], p["intro"], *p["meta"], p["heading"], *p["items"], p["method"], *p["steps"]]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_recipes_ingredients_above_its_method_stay(lang):
    # seen as a user (HTML page): the ingredients and their heading went as "before the article", the steps stayed
    p = RECIPE[lang]
    menu = {"en": ["Recipes", "Mains", "Baking", "Shop"], "nl": ["Recepten", "Hoofdgerechten", "Bakken", "Webshop"],
            "ar": ["وصفات", "أطباق رئيسية", "حلويات", "متجر"]}[lang]
    article = normalise_text(_page("Kitchen Notes", *menu, *_recipe_lines(p), "© 2026 Kitchen Notes"))
    for line in [p["intro"], p["heading"], *p["items"], *p["steps"]]:
        assert line in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_recipes_ingredients_above_its_method_stay_in_html(lang):
    p = RECIPE[lang]
    items = "".join(f"<li>{item}</li>" for item in p["items"])
    meta = "".join(f"<li>{m}</li>" for m in p["meta"])
    steps = "".join(f"<li>{step.split('. ', 1)[1]}</li>" for step in p["steps"])
    html = (f'<html lang="{lang}"><head><title>{p["title"]} | Kitchen Notes</title></head><body>'
            '<nav><a>Recipes</a> <a>Mains</a> <a>Baking</a> <a>Shop</a></nav>'
            f'<article><h1>{p["title"]}</h1><p class="byline">{p["byline"]}</p><p>{p["intro"]}</p>'
            f'<ul class="info">{meta}</ul><h2>{p["heading"]}</h2><ul>{items}</ul><h2>{p["method"]}</h2><ol>{steps}</ol>'
            '</article><footer>© 2026 Kitchen Notes</footer></body></html>')
    article = normalise_html(html)
    assert p["intro"] in article.text
    for item in p["items"]:
        assert item in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_method_heading_without_ingredients_above_moves_nothing(lang):
    # guard (passes before and after): a short line list above the method that has no quantities is no recipe
    p = RECIPE[lang]
    menu = {"en": ["Recipes", "Mains", "Baking", "Shop", "Gifts", "Courses"],
            "nl": ["Recepten", "Hoofdgerechten", "Bakken", "Webshop", "Cadeaus", "Cursussen"],
            "ar": ["وصفات", "أطباق رئيسية", "حلويات", "متجر", "هدايا", "دورات"]}[lang]
    article = normalise_text(_page("Kitchen Notes", p["title"], p["byline"], *menu, p["method"], *p["steps"],
                                   "© 2026 Kitchen Notes"))
    for step in p["steps"]:
        assert step in article.text
    for item in menu:
        assert item not in article.text.split("\n\n")


# --- a whole list between kept text ---------------------------------------------------------------------------------

WHOLE_LIST = {
    "en": ("The stew is ready in under an hour and keeps for three days in the fridge.",
           ["- 2 onions, sliced", "- 500 g stewing beef", "- 1 litre beef stock"],
           "1. Brown the beef in batches, then soften the onions in the same pan."),
    "nl": ("De stoofpot staat binnen een uur op tafel en blijft drie dagen goed in de koelkast.",
           ["- 2 uien, in ringen", "- 500 g runderlappen", "- 1 liter runderbouillon"],
           "1. Bak het vlees in delen bruin en fruit daarna de uien in dezelfde pan."),
    "ar": ("يجهز هذا الطبق في أقل من ساعة ويمكن حفظه في الثلاجة ثلاثة أيام.",
           ["- 2 بصلة مقطعة", "- 500 غرام لحم بقر", "- 1 لتر مرق لحم"],
           "1. حمري اللحم على دفعات ثم اطهي البصل في القدر نفسها."),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_whole_list_dropped_between_kept_text_is_warned_about(lang):
    # seen as a user (HTML recipe page): the intro and the steps were kept, the ingredient list between them went as
    # "before the article", and no warning said so
    from newsbrief.normalise.losses import list_loss_warning
    intro, items, step = WHOLE_LIST[lang]
    heading = {"en": "Method", "nl": "Bereiding", "ar": "طريقة التحضير"}[lang]
    texts = ["Title", intro, *items, heading, step]
    roles = ["title", "content", *["removed"] * (len(items) + 1), "content"]
    reasons = ["headline", "in the extracted body (before the article)", *["before the article"] * (len(items) + 1),
               "prose"]
    warning = list_loss_warning(texts, roles, reasons)
    assert warning is not None and items[0] in warning


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_list_under_the_last_kept_line_or_a_menu_says_nothing(lang):
    # guard (passes before and after): a list after the story's last kept line is the page's (a teaser list)
    from newsbrief.normalise.losses import list_loss_warning
    intro, items, step = WHOLE_LIST[lang]
    texts = ["Title", intro, step, *items]
    roles = ["title", "content", "content", *["removed"] * len(items)]
    reasons = ["headline", "prose", "prose", *["after the article"] * len(items)]
    assert list_loss_warning(texts, roles, reasons) is None
    texts = [*items, "Title", intro, step]
    roles = [*["removed"] * len(items), "title", "content", "content"]
    reasons = [*["before the article"] * len(items), "headline", "prose", "prose"]
    assert list_loss_warning(texts, roles, reasons) is None


def test_a_counter_line_is_never_a_wrapped_captions_tail():
    # the Arabic captions above their counters read as one hard-wrapped paragraph (lines of even width, no full stop
    # after the credit): each counter was glued to the caption above it and the gallery was not found
    from newsbrief.normalise import logical_lines
    lines = logical_lines(_gallery_page(GALLERY["ar"], counter_first=False))
    assert sum(1 for line in lines if line.text in {f"{k} من 7" for k in range(1, 5)}) == 4


COMMENT = {
    "en": ["2 Comments", "Mark Ellis says:", "3 December 2026 at 10:46 pm",
           "The library is the only warm place some of our older neighbours can go on a Monday in winter.",
           "I hope the council listens to the petition before the cabinet meeting next week, it is a bad decision."],
    "nl": ["2 reacties", "Mark de Wit zegt:", "3 december 2026 om 22:46",
           "De bibliotheek is voor veel oudere buurtbewoners de enige warme plek waar ze op maandag naartoe kunnen.",
           "Ik hoop dat de gemeente naar de petitie luistert voordat het college volgende week vergadert."],
    "ar": ["2 تعليقات", "مروان يقول:", "3 ديسمبر 2026 الساعة 10:46 مساء",
           "المكتبة هي المكان الدافئ الوحيد الذي يستطيع كبار السن في حينا الذهاب إليه يوم الاثنين في الشتاء.",
           "أتمنى أن تستمع البلدية إلى العريضة قبل اجتماع المجلس الأسبوع المقبل، فهذا قرار سيئ."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_comment_under_the_share_bar_is_no_second_article(lang):
    # guard: a comment counter, then "<name> says:" and a stamp over the comment's paragraphs: no story of its own
    p = GLUED[lang]
    article = normalise_text(_page(*p["top"], *p["first"], p["share"], *COMMENT[lang], p["after"][2]))
    for paragraph in p["first"][3:]:
        assert paragraph in article.text
    assert not any("second article" in w for w in article.warnings)
