"""A long list of teasers (headline, then a one-sentence summary, again and again) is not the article body.

On a 2008-style news page the story can be shorter than the "More headlines" list under it: each teaser's summary is a
sentence, so the list is prose too, thinned only by its headlines, and its prose outweighed the story's. The body
was then the list, the story became "above the headline" and went, and the teasers were kept as the text
(classify._clusters, TEASER_DISCOUNT). Only one-sentence summaries count as teasers: the guards below are a listicle
(a heading over each paragraph of several sentences) and a story that sets each paragraph's first words on a line of
their own. Every page here was written for these tests (nothing from the seeds or the eval data), in English, Dutch
and Arabic.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN = {
    "menu": ["Home", "News", "Local", "Sport", "Business", "Weather"],
    "headline": "Harbour terminal closes for winter repairs",
    "date": "Thursday, January 10, 2008 | 10:56 AM",
    "story": [
        "The harbour authority said on Thursday that it would close the old ferry terminal for repairs until spring.",
        "Engineers found cracks in two of the concrete piers during a routine inspection after last month's storms.",
        "Ferries to the islands will leave from the cargo quay instead, which adds ten minutes to each crossing.",
        "The authority promised a free shuttle bus between the town centre and the temporary quay for the period.",
    ],
    "list_heading": "Latest news",
    "teasers": [
        ("Council approves budget for new library", "The city council voted eight to three on Wednesday night to spend four million on a new central library building."),
        ("Snow closes mountain pass for third day", "Road crews were still unable to clear the pass on Wednesday as heavy snow kept falling over the whole range."),
        ("Hospital opens new children's ward", "A children's ward with twenty beds opened at the general hospital after two years of fundraising by local families."),
        ("Police warn of phone scam targeting seniors", "Officers said several elderly residents were asked for bank details by callers pretending to work for their bank."),
        ("School board delays vote on closures", "Parents packed the hall as the school board postponed its decision on closing two rural schools until next month."),
        ("Local brewery wins national award", "A small brewery from the old mill district took first prize for its dark winter ale at the national competition."),
        ("Bus fares to rise in March", "The transit company said single tickets would cost twenty cents more from March to cover the rising price of fuel."),
        ("Teen rescued from frozen lake", "Firefighters pulled a fifteen-year-old boy from the lake on Tuesday after the ice gave way beneath him near the pier."),
        ("Farmers market moves indoors", "The weekly farmers market will be held in the old exhibition hall during the winter months, organisers announced."),
    ],
    "footer": ["Contact us", "Privacy", "Terms of use"],
}
NL = {
    "menu": ["Home", "Nieuws", "Regio", "Sport", "Economie", "Weer"],
    "headline": "Veerstoep gaat dicht voor herstel",
    "date": "donderdag 10 januari 2008, 10:56 uur",
    "story": [
        "Het havenbedrijf heeft donderdag gemeld dat de oude veerstoep tot het voorjaar dichtgaat voor herstelwerk.",
        "Ingenieurs vonden scheuren in twee betonnen pijlers bij een inspectie na de stormen van vorige maand.",
        "De veerboten naar de eilanden vertrekken voorlopig van de vrachtkade, wat elke overtocht tien minuten langer maakt.",
        "Het havenbedrijf belooft een gratis pendelbus tussen het centrum en de tijdelijke kade voor de hele periode.",
    ],
    "list_heading": "MEER NIEUWS UIT DE REGIO",
    "teasers": [
        ("Gemeenteraad stemt in met nieuwe bibliotheek", "De gemeenteraad heeft woensdagavond met ruime meerderheid vier miljoen euro vrijgemaakt voor een nieuwe centrale bibliotheek."),
        ("Sneeuw sluit bergpas voor derde dag", "Wegwerkers konden de pas woensdag nog altijd niet vrijmaken omdat er in het hele gebied zware sneeuw bleef vallen."),
        ("Ziekenhuis opent nieuwe kinderafdeling", "In het algemene ziekenhuis is een kinderafdeling met twintig bedden geopend na twee jaar inzamelen door ouders."),
        ("Politie waarschuwt voor telefoonfraude bij ouderen", "Agenten zeggen dat oudere inwoners om bankgegevens zijn gevraagd door bellers die zich voordeden als bankmedewerker."),
        ("Schoolbestuur stelt besluit over sluiting uit", "Ouders vulden de zaal toen het schoolbestuur het besluit over het sluiten van twee dorpsscholen een maand uitstelde."),
        ("Brouwerij uit oude molenwijk wint prijs", "Een kleine brouwerij uit de oude molenwijk won de eerste prijs voor haar donkere winterbier bij de landelijke wedstrijd."),
        ("Buskaartjes worden in maart duurder", "Het vervoerbedrijf zegt dat een los kaartje vanaf maart twintig cent meer kost om de hogere brandstofprijs te dekken."),
        ("Tiener gered uit bevroren meer", "Brandweerlieden haalden dinsdag een jongen van vijftien uit het meer nadat het ijs bij de steiger onder hem was gebroken."),
        ("Boerenmarkt verhuist naar binnen", "De wekelijkse boerenmarkt wordt in de wintermaanden in de oude tentoonstellingshal gehouden, meldt de organisatie."),
    ],
    "footer": ["Contact", "Privacy", "Voorwaarden"],
}
AR = {
    "menu": ["الرئيسية", "أخبار", "محليات", "رياضة", "اقتصاد", "طقس"],
    "headline": "إغلاق رصيف العبارات القديم للصيانة",
    "date": "الخميس 10 يناير 2008",
    "story": [
        "أعلنت هيئة الميناء يوم الخميس أنها ستغلق رصيف العبارات القديم لإجراء إصلاحات حتى فصل الربيع المقبل.",
        "وعثر المهندسون على تشققات في دعامتين خرسانيتين خلال فحص دوري بعد العواصف التي ضربت المنطقة الشهر الماضي.",
        "وستغادر العبارات المتجهة إلى الجزر من رصيف البضائع بدلاً من ذلك، مما يضيف عشر دقائق إلى كل رحلة.",
        "ووعدت الهيئة بتوفير حافلة مجانية بين وسط المدينة والرصيف المؤقت طوال فترة الإصلاحات.",
    ],
    "list_heading": "المزيد من الأخبار المحلية",
    "teasers": [
        ("المجلس البلدي يقر ميزانية مكتبة جديدة", "صوت المجلس البلدي مساء الأربعاء بأغلبية كبيرة على إنفاق أربعة ملايين لبناء مكتبة مركزية جديدة في المدينة."),
        ("الثلوج تغلق الممر الجبلي لليوم الثالث", "لم تتمكن فرق الطرق يوم الأربعاء من فتح الممر بسبب استمرار تساقط الثلوج الكثيفة على كامل السلسلة الجبلية."),
        ("المستشفى يفتتح جناحا جديدا للأطفال", "افتتح المستشفى العام جناحا للأطفال يضم عشرين سريرا بعد عامين من جمع التبرعات من عائلات المنطقة."),
        ("الشرطة تحذر من احتيال هاتفي على المسنين", "قال الضباط إن عددا من السكان المسنين طُلبت منهم بياناتهم المصرفية من متصلين ادعوا أنهم موظفون في البنك."),
        ("مجلس المدارس يؤجل التصويت على الإغلاق", "امتلأت القاعة بأولياء الأمور عندما أجل مجلس المدارس قراره بشأن إغلاق مدرستين ريفيتين حتى الشهر المقبل."),
        ("مصنع محلي يفوز بجائزة وطنية", "فاز مصنع صغير من حي الطاحونة القديم بالجائزة الأولى في المسابقة الوطنية عن منتجه الشتوي الجديد هذا العام."),
        ("أسعار تذاكر الحافلات ترتفع في مارس", "قالت شركة النقل إن سعر التذكرة الواحدة سيرتفع بعشرين قرشا اعتبارا من مارس لتغطية ارتفاع أسعار الوقود."),
        ("إنقاذ مراهق من بحيرة متجمدة", "انتشل رجال الإطفاء يوم الثلاثاء فتى في الخامسة عشرة من البحيرة بعد أن انكسر الجليد تحته قرب الرصيف."),
        ("سوق المزارعين ينتقل إلى قاعة مغلقة", "أعلن المنظمون أن سوق المزارعين الأسبوعي سيقام في قاعة المعارض القديمة خلال أشهر الشتاء الباردة."),
    ],
    "footer": ["اتصل بنا", "الخصوصية", "شروط الاستخدام"],
}
PAGES = {"en": EN, "nl": NL, "ar": AR}


def page_text(page: dict) -> str:
    lines = list(page["menu"]) + [page["headline"], page["date"]] + page["story"] + [page["list_heading"]]
    for head, summary in page["teasers"]:
        lines += [head, summary]
    return "\n".join(lines + page["footer"]) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_long_teaser_list_under_a_short_story_is_not_the_body(lang):
    page = PAGES[lang]
    # the shape this is about: the teasers' summaries hold more prose than the story
    assert sum(len(s) for _, s in page["teasers"]) > 2 * sum(len(s) for s in page["story"])
    record = normalise_text(page_text(page))
    for paragraph in page["story"]:
        assert paragraph in record.paragraphs, (lang, paragraph, record.paragraphs)
    for head, summary in page["teasers"]:
        assert summary not in record.text and head not in record.text, (lang, summary)
    assert record.title == page["headline"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_story_with_a_subheading_over_each_few_paragraphs_is_still_the_body(lang):
    """Guard: a story whose subheadings stand over two paragraphs each is no teaser list, and a short teaser list
    beside it does not take its place."""
    page = PAGES[lang]
    story = []
    for k, (head, summary) in enumerate(page["teasers"][:4]):
        story += [head, page["story"][k], summary]  # subheading, then two paragraphs of the story
    text = "\n".join(list(page["menu"]) + [page["headline"], page["date"]] + story + page["footer"]) + "\n"
    record = normalise_text(text)
    for k in range(4):
        assert page["story"][k] in record.paragraphs, (lang, k, record.paragraphs)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_listicle_of_headed_paragraphs_is_no_teaser_list(lang):
    """Guard: an arts diary or a listicle (a heading over each item, each item a paragraph of several sentences) is
    the article itself, however much it looks like headline + summary; a shorter block of prose above it (an intro
    box, split off by an end marker) does not take its place. (A first version of TEASER_DISCOUNT, without
    `_one_sentence`, discounted such a list and took the intro for the body.)"""
    page = PAGES[lang]
    items = []
    for k, (head, summary) in enumerate(page["teasers"][:6]):
        # each item a paragraph of two sentences (its summary and the next one: no words of the story above)
        items += [head, " ".join([summary, page["teasers"][k + 1][1]])]
    text = "\n".join(list(page["menu"]) + [page["headline"], page["date"]] + page["story"] + [page["list_heading"]]
                      + items + page["footer"]) + "\n"
    record = normalise_text(text, model=False)
    for k in range(1, 12, 2):
        assert items[k] in record.paragraphs, (lang, k, record.paragraphs)


def test_a_story_whose_paragraphs_open_on_a_line_of_their_own_is_no_teaser_list():
    """Guard: a page that sets each paragraph's first words on a line of their own (a lead-in in capitals, a
    drop cap) puts a short line without a sentence end over every paragraph; the paragraphs run on past their
    first sentence, so they are no teasers, and a list of teasers under the story does not become the body."""
    paragraphs = [
        ("THE HARBOUR AUTHORITY said on Thursday", "that it would close the old ferry terminal for repairs until the spring. Engineers found cracks in two of the concrete piers."),
        ("Ferries to the islands will leave", "from the cargo quay instead, which adds about ten minutes to each crossing. Some islanders said they would drive instead."),
        ("Local businesses near the terminal said", "they feared losing customers during the busiest months of the year. The chamber of commerce asked for a rent holiday."),
        ("The authority promised a free shuttle", "bus between the town centre and the temporary quay for the whole period. It will run every twenty minutes."),
        ("A spokesman for the ferry company said", "the timetable would not change. Tickets bought for the old terminal stay valid at the cargo quay."),
    ]
    teasers = EN["teasers"][:5]
    lines = list(EN["menu"]) + [EN["headline"], EN["date"]]
    for lead, rest in paragraphs:
        lines += [lead, rest]
    lines += ["Recent headlines"]
    for head, summary in teasers:
        lines += [head, "Jan 16, 7:00 AM", summary]
    record = normalise_text("\n".join(lines + EN["footer"]) + "\n", model=False)
    for _, rest in paragraphs:
        assert rest in record.text, (rest, record.paragraphs)
    assert record.title == EN["headline"]
