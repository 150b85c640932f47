"""Datelines go to `byline` (issue 10, item 4): "AMSTERDAM (ANP) -", "أبوظبي - رويترز", "(AP) —", a press
release's "SAN FRANCISCO, Calif., March 5, 2024 /PRNewswire/ --"; "About <organisation>" is never the byline.

The pages are hand-written (no eval data), with the menus and share lines a scraper leaves in.
"""

from __future__ import annotations

import json

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import dateline_line, split_opening
from tests.cli_articles import write
from tests.fixtures_cli import invoke

ANP_NL = """Home
Binnenland
Buitenland
Sport
Kabinet trekt twee miljard extra uit voor betaalbare woningen
AMSTERDAM (ANP) - Het kabinet trekt volgend jaar twee miljard euro extra uit voor de bouw van betaalbare woningen. Dat maakte de minister van Volkshuisvesting dinsdag bekend na afloop van de ministerraad.
Het geld gaat vooral naar gemeenten die snel kunnen bouwen. Volgens de minister moeten er tot 2030 elk jaar honderdduizend woningen bij komen om het tekort in te lopen.
Oppositiepartijen noemen het bedrag te laag. Zij wijzen erop dat de wachtlijsten voor sociale huurwoningen in de grote steden vaak langer dan tien jaar zijn.
Deel dit artikel
"""

REUTERS_AR = """الرئيسية
أخبار
اقتصاد
رياضة
الإمارات تعلن خطة لزيادة إنتاج الطاقة الشمسية
أبوظبي - رويترز
أعلنت دولة الإمارات العربية المتحدة يوم الثلاثاء عن خطة لمضاعفة إنتاجها من الطاقة الشمسية خلال السنوات الخمس المقبلة، في إطار سعيها لخفض الانبعاثات.
وقال وزير الطاقة في مؤتمر صحفي إن الخطة تشمل بناء ثلاث محطات جديدة في أبوظبي ودبي، بتكلفة إجمالية تتجاوز عشرة مليارات دولار.
وأضاف أن المحطات الجديدة ستوفر الكهرباء لأكثر من مليون منزل، وأن العمل في أولها سيبدأ قبل نهاية العام الجاري.
شارك هذا المقال
"""

REUTERS_INLINE_AR = """الرئيسية
أخبار
ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج
القاهرة (رويترز) - ارتفعت أسعار النفط يوم الاثنين بعد أن قررت مجموعة أوبك خفض إنتاجها بمقدار مليون برميل يوميا اعتبارا من الشهر المقبل.
وقال محللون إن القرار يعكس قلق المنتجين من تباطؤ الطلب العالمي، خاصة في آسيا وأوروبا، خلال الأشهر المقبلة.
وتوقع بعضهم أن تواصل الأسعار ارتفاعها إذا استمر انخفاض المخزونات الأمريكية في الأسابيع القادمة.
"""

AP_EN = """World
Politics
Business
Storm knocks out power to thousands across the Gulf Coast
(AP) — A powerful storm swept across the Gulf Coast on Tuesday, knocking out power to more than 200,000 homes and businesses and flooding roads in three states.
Forecasters said the storm would weaken as it moved inland overnight, but warned that heavy rain could still cause flash flooding in low-lying areas on Wednesday.
Utility crews from neighbouring states were on their way to help restore power, which officials said could take several days in the hardest-hit areas.
Copyright 2024 The Associated Press. All rights reserved.
"""

PRESS_RELEASE = """Newsroom
Products
Investors
Contact
Acme Robotics Unveils Warehouse Robot That Learns New Tasks in Minutes
SAN FRANCISCO, Calif., March 5, 2024 /PRNewswire/ -- Acme Robotics, a maker of autonomous warehouse systems, today announced Picker 3, a robot arm that can learn to handle a new product after watching a worker do it a few times.
The company said early customers cut the time needed to set up a new product line from two weeks to one afternoon, and that the arm works alongside existing conveyor systems without changes.
"Warehouses change what they stock every season, and robots have to keep up," said Maria Lopez, chief executive of Acme Robotics. "Picker 3 learns the way people do: by watching."
Picker 3 will ship to customers in North America in the second quarter and in Europe later this year. Pricing starts at $85,000 per unit, with a service plan billed monthly.
About Acme Robotics
Acme Robotics builds autonomous systems for warehouses and factories. Founded in 2015, the company is based in San Francisco and employs 400 people in six countries.
Media Contact
Jane Smith
press@acmerobotics.example
"""

AUTHOR_AND_DATELINE_EN = """News
Door-to-door vaccine drive reaches remote villages
By Jane Doe
NAIROBI, Kenya (Reuters) - Health workers carrying vaccines on motorbikes have reached more than 300 remote villages in northern Kenya since January, the health ministry said on Monday.
The drive aims to vaccinate 90 percent of children under five in the region by the end of the year, officials said at a briefing in the capital.
Aid groups said the hardest part was keeping the vaccines cold on the long journeys between the villages and the nearest clinics.
"""


def _record(tmp_path, name, text):
    path = write(tmp_path, name, text)
    result = invoke("normalise", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


@pytest.mark.parametrize(
    ("page", "byline", "first_words"),
    [
        (ANP_NL, "ANP", "Het kabinet trekt volgend jaar"),
        (REUTERS_AR, "رويترز", "أعلنت دولة الإمارات"),
        (REUTERS_INLINE_AR, "رويترز", "ارتفعت أسعار النفط"),
        (AP_EN, "AP", "A powerful storm swept"),
        (AUTHOR_AND_DATELINE_EN, "Jane Doe, Reuters", "Health workers carrying vaccines"),
    ],
    ids=["nl-anp-inline", "ar-reuters-line", "ar-reuters-inline", "en-ap-inline", "en-author-and-dateline"],
)
def test_dateline_goes_to_byline_and_out_of_the_first_sentence(tmp_path, page, byline, first_words):
    record = _record(tmp_path, "page.txt", page)
    assert record["byline"] == byline
    assert record["text"].startswith(first_words)
    assert all(byline.split(",")[-1].strip() not in line for line in record["removed"])  # not removed either


def test_press_release_dateline_goes_to_byline_and_published(tmp_path):
    record = _record(tmp_path, "release.txt", PRESS_RELEASE)
    assert record["byline"] == "SAN FRANCISCO, Calif. (PRNewswire)"
    assert record["published"] == "2024-03-05"
    assert record["text"].startswith("Acme Robotics, a maker of autonomous warehouse systems")
    assert "PRNewswire" not in record["text"]


def test_about_organisation_heading_is_never_the_byline():
    article = normalise_text(PRESS_RELEASE.replace("SAN FRANCISCO, Calif., March 5, 2024 /PRNewswire/ -- ", ""))
    assert article.byline is None or "About" not in article.byline


@pytest.mark.parametrize(
    "line",
    ["Site Map", "The wrap", "About Reuters", "Do More With Reuters", "GAP", "Photo: AP", "REUTERS/Jane Doe",
     "Reuters said on Monday that profits rose."],
)
def test_words_that_merely_contain_an_agency_are_no_dateline(line):
    assert dateline_line(line) is None


@pytest.mark.parametrize(
    "paragraph",
    ["Apple said on Tuesday (AP) that it would", "The AP - the news agency - said", "Reuters - the agency said so."],
)
def test_no_opening_dateline_in_ordinary_sentences(paragraph):
    assert split_opening(paragraph) is None


def test_the_egyptian_agency_mena_is_a_dateline_in_arabic():
    # "أ ش أ" (MENA) was not on the agency list: the dateline stayed in the first sentence
    from newsbrief.normalise.datelines import split_opening

    found = split_opening("القاهرة - أ ش أ: افتتح رئيس الوزراء المصري اليوم الأحد المرحلة الأولى من خط المترو الجديد.")
    assert found is not None and found[1].startswith("افتتح رئيس الوزراء")
    assert "أ ش أ" in found[0].byline


def test_a_city_and_agency_dateline_with_no_author_is_the_byline_as_for_anp():
    # "WASHINGTON (AP) —" (a new user's wire page): the same convention as "AMSTERDAM (ANP) -" above, the agency
    # (stop 26: the place is where, not who: no part of the byline)
    story = ("WASHINGTON (AP) — The Senate on Thursday failed to pass a bill that would have extended farm subsidies "
             "for another year.\nSenate Democrats said the bill did not protect small farmers, and Republicans said "
             "it was too expensive.")
    article = normalise_text("World News\nSenate rejects farm bill extension\n" + story)
    assert article.byline == "AP"
    assert article.paragraphs[0].startswith("The Senate on Thursday")


@pytest.mark.parametrize(("lang", "page", "byline", "first_words"), [
    ("nl", "Bewoners boos over kap van veertig eiken\n"
           "LOCHEM - Bewoners van de wijk Berkeloord zijn boos over de kap van veertig eiken langs de Zutphenseweg, "
           "die de gemeente vorige week aankondigde.\n"
           "De gemeente zegt dat de bomen ziek zijn en een gevaar vormen voor het verkeer op de drukke weg.\n"
           "Een groep bewoners wil met een petitie de kap nog tegenhouden en stapt zo nodig naar de rechter.\n",
     "LOCHEM", "Bewoners van de wijk Berkeloord"),
    ("en", "Egypt raises bread price for the first time in decades\n"
           "CAIRO — Egypt raised the price of subsidised bread on Tuesday for the first time in more than three "
           "decades, the supply ministry said.\n"
           "The price of a loaf rises from five piastres to twenty, the ministry said in a statement.\n"
           "Millions of Egyptians rely on the subsidised bread, which is sold at a fraction of its cost.\n",
     "CAIRO", "Egypt raised the price"),
    ("ar", "مصر ترفع سعر الخبز المدعم لأول مرة منذ عقود\n"
           "القاهرة - رفعت مصر يوم الثلاثاء سعر الخبز المدعم لأول مرة منذ أكثر من ثلاثة عقود، وفقا لوزارة التموين.\n"
           "وقالت الوزارة في بيان إن سعر الرغيف سيرتفع من خمسة قروش إلى عشرين قرشا اعتبارا من الشهر المقبل.\n"
           "ويعتمد ملايين المصريين على الخبز المدعم الذي يباع بجزء صغير من كلفته الحقيقية.\n",
     "القاهرة", "رفعت مصر يوم الثلاثاء"),
])
def test_a_place_and_a_dash_opening_the_story_is_a_dateline(lang, page, byline, first_words):
    # "LOCHEM - Bewoners van …" with no agency nor date: the place stayed glued to the first sentence
    article = normalise_text(page, language=lang)
    assert article.byline == byline and article.dateline == byline
    assert article.paragraphs[0].startswith(first_words)


@pytest.mark.parametrize("paragraph", [
    "BREAKING - Police have closed the motorway after a crash near the junction.",
    "UPDATE – The council has now confirmed that the pool will close.",
    "عاجل - الشرطة تغلق الطريق السريع بعد حادث قرب التقاطع",
    "وقالت الحكومة المصرية اليوم - في بيان - إن الأسعار سترتفع",
    "LOCHEM - bewoners zijn boos",
])
def test_a_kicker_or_a_sentence_before_a_dash_is_no_place(paragraph):
    # guard: a label in capitals, an alert, three Arabic words, a lower-case sentence after the dash
    from newsbrief.normalise.datelines import split_place_opening

    assert split_place_opening(paragraph) is None


@pytest.mark.parametrize(("lang", "page", "first_words"), [
    ("nl", "PSV wint de topper van Ajax na een doelpunt in blessuretijd\n"
           "PSV - Ajax werd zondag een wedstrijd om lang te onthouden: de Eindhovenaren wonnen met 3-2 na een "
           "doelpunt in de laatste minuut.\n"
           "De trainer was na afloop trots op zijn ploeg. \"Deze groep geeft nooit op,\" zei hij tegen de pers.\n"
           "Ajax zakt door de nederlaag naar de vierde plaats op de ranglijst.\n",
     "PSV - Ajax werd zondag"),
    ("ar", "وزير الخارجية يزور عمّان لبحث التعاون الاقتصادي\n"
           "أكد الوزير - في مؤتمر صحفي عقده مساء الأحد - أن المحادثات مع الجانب الأردني كانت مثمرة وأن البلدين "
           "اتفقا على توسيع التبادل التجاري.\n"
           "وأضاف - خلال لقائه رجال الأعمال - أن فرق العمل ستجتمع مرة أخرى قبل نهاية العام لمتابعة الملفات.\n"
           "وقال مسؤولون إن الاتفاق يشمل مشاريع في مجالات الطاقة والمياه والنقل.\n",
     "أكد الوزير - في مؤتمر صحفي"),
    ("ar", "وزير الخارجية يزور عمّان لبحث التعاون الاقتصادي\n"
           "وأضاف - خلال لقائه رجال الأعمال في عمّان - أن فرق العمل ستجتمع مرة أخرى قبل نهاية العام لمتابعة "
           "الملفات المشتركة بين البلدين.\n"
           "وقال مسؤولون إن الاتفاق يشمل مشاريع في مجالات الطاقة والمياه والنقل.\n"
           "ومن المنتظر أن يزور وفد أردني القاهرة في الربيع المقبل.\n",
     "وأضاف - خلال لقائه"),
    ("ar", "آلاف المشجعين يحتفلون بفوز المنتخب في ساحات المدينة\n"
           "بالصور - احتشد آلاف المواطنين في ساحة الشهداء مساء الجمعة احتفالا بفوز المنتخب الوطني بالبطولة.\n"
           "ورفع المشجعون الأعلام وأطلقوا الألعاب النارية حتى ساعة متأخرة من الليل.\n"
           "وقالت الشرطة إن الاحتفالات مرت دون حوادث تذكر رغم الازدحام الشديد.\n",
     "بالصور - احتشد آلاف"),
    ("ar", "انهيار مبنى سكني بعد أمطار غزيرة في حي الشاطئ\n"
           "شاهد - لحظة انهيار مبنى سكني من أربعة طوابق في حي الشاطئ بعد ساعات من الأمطار الغزيرة.\n"
           "وقال الدفاع المدني إن السكان أخلوا المبنى قبل انهياره بدقائق ولم تسجل إصابات.\n"
           "وطالب سكان الحي البلدية بفحص المباني القديمة المجاورة قبل موسم الشتاء.\n",
     "شاهد - لحظة انهيار"),
])
def test_a_match_a_verb_before_an_aside_or_a_kicker_is_no_dateline(lang, page, first_words):
    # "PSV - Ajax werd …" gave the byline "PSV", "أكد الوزير - في مؤتمر صحفي - أن …" the byline "أكد الوزير" (the story
    # lost its first words); "بالصور -" (in pictures) and "شاهد -" (watch) are kickers, not places
    article = normalise_text(page, language=lang)
    assert article.byline is None
    assert article.paragraphs[0].startswith(first_words)
