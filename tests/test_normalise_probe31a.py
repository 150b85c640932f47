"""Five findings of tester probeA (stop 31), on hand-written pages in en, nl and ar:

* a Gregorian year with its era mark glued on ("4 مارس 2026م", "2026/03/04م") dates the page, and a Hijri date with
  its mark glued on ("15 رمضان 1447هـ") beside it is still no `published` (dates._YEAR_END);
* the Egyptian byline label with a hyphen glued on ("كتب- محمد عبدالعزيز:", "كتبت- منى السيد:") is a byline
  (ar.yaml byline prefixes);
* a news-tip box's body where the media words follow the question ("Heb je iets gezien? Stuur je foto of video via
  WhatsApp …", "Did you see it happen? Send us your photos …", "هل شاهدت الحادث؟ أرسل لنا صورك …") goes (the phrase
  lists' tip lines; "WhatsApp" is matched split as "Whats App" too);
* a video player's label between the date and the story ("Bekijk de video", "Videospeler wordt geladen...", "Watch
  the video", "شاهد الفيديو") is never a headline: the headline and the lead above the byline stay the story's
  (phrase lists' misc; posthead's lead guard holds with one lead paragraph over a byline);
* a plain "In het kort" / "In short" / "باختصار" box over the byline ends at the byline: all its points go to
  `source_takeaways` (boxes._plain_box).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.dates import iso_published
from newsbrief.normalise.phrases import categories_of

# --- 4: era marks glued to the year ------------------------------------------------------------------------------

AR_MENU = ["جريدة الوادي", "الرئيسية", "محليات", "اقتصاد", "رياضة"]
AR_TITLE = "افتتاح محطة تحلية جديدة على ساحل البحر الأحمر"
AR_STORY = [
    "افتتحت وزارة المياه محطة جديدة لتحلية مياه البحر بطاقة تبلغ 400 ألف متر مكعب يوميا، تخدم أكثر من مليون نسمة "
    "في المدن الساحلية والقرى المجاورة لها.",
    "وقال وكيل الوزارة إن المحطة تعمل بالطاقة الشمسية في ساعات النهار، مما يخفض استهلاك الوقود بنحو الثلث مقارنة "
    "بالمحطات القديمة التي ستغلق تدريجيا.",
    "ومن المقرر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل بعد استكمال خطوط النقل إلى المناطق الداخلية.",
]
AR_FOOTER = ["الأكثر قراءة", "جميع الحقوق محفوظة لجريدة الوادي 2026"]


def ar_page(header: list[str], story: list[str] = AR_STORY) -> str:
    return "\n".join([*AR_MENU, AR_TITLE, *header, *story, *AR_FOOTER])


@pytest.mark.parametrize("stated,iso", [
    ("4 مارس 2026م", "2026-03-04"), ("4 مارس 2026 م", "2026-03-04"), ("الأربعاء 4 مارس 2026م", "2026-03-04"),
    ("2026/03/04م", "2026-03-04"), ("04/03/2026م", "2026-03-04"), ("مارس 2026م", "2026-03"),
    ("4 March 2026", "2026-03-04"),
])
def test_a_year_with_its_era_mark_glued_on_reads_as_a_date(stated, iso):
    assert iso_published(stated, day_first=True) == iso


@pytest.mark.parametrize("stated", ["4 مارس 2026مساء", "4 مارس 2026مليون", "4 March 2026m"])
def test_guard_a_word_glued_to_the_year_is_no_era_mark(stated):
    # only the mark itself ends a year: a longer word glued to it is no date the page states
    assert iso_published(stated, day_first=True) is None


@pytest.mark.parametrize("line", [
    "الأربعاء 15 رمضان 1447هـ - 4 مارس 2026م", "15 رمضان 1447هـ الموافق 4 مارس 2026م", "4 مارس 2026م | 15 رمضان 1447هـ",
    "الأربعاء 4 مارس 2026م",
])
def test_a_glued_gregorian_date_beside_a_glued_hijri_one_dates_the_page(line):
    article = normalise_text(ar_page(["جدة - سلمان العتيبي", line]))
    assert article.published == "2026-03-04"  # the Gregorian date, never the Hijri one
    assert article.paragraphs == AR_STORY  # the date line is out of the text
    assert not any("2026" in w for w in article.warnings)


def test_a_glued_hijri_date_alone_gives_no_published_and_stays_out_of_the_text():
    article = normalise_text(ar_page(["15 رمضان 1447هـ"]))
    assert article.published is None
    assert article.paragraphs == AR_STORY


# --- 6: "كتب-" -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,name", [
    ("كتب- محمد عبدالعزيز:", "محمد عبدالعزيز"), ("كتبت- منى السيد:", "منى السيد"), ("كتب- أحمد فؤاد", "أحمد فؤاد"),
    ("كتبت-هالة منصور", "هالة منصور"), ("كتب - محمد عبدالعزيز:", "محمد عبدالعزيز"),
])
def test_an_egyptian_byline_with_its_hyphen_glued_on_is_the_byline(line, name):
    article = normalise_text(ar_page([line, "06:40 م الخميس 12 مارس 2026"]))
    assert article.byline == name
    assert article.published is not None and article.published.startswith("2026-03-12")
    assert article.paragraphs == AR_STORY


# --- 8: a news-tip box's body ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Heb je iets gezien of meegemaakt? Stuur je foto of video via WhatsApp naar 06-12345678.",
    "Was jij erbij? Stuur ons je foto's en video's via WhatsApp.",
    "Zag jij het gebeuren? App je beelden naar onze redactie via 06-98765432.",
    "Heb je foto of video? Stuur via WhatsApp naar 06-12345678.",
    "Did you see it happen? Send us your photos and videos via WhatsApp on 07700 900123.",
    "Were you there? Share your pictures or video with our newsroom.",
    "Do you have footage of the fire? Send it to us via WhatsApp.",
    "هل شاهدت الحادث؟ أرسل لنا صورك أو مقاطع الفيديو عبر واتساب على الرقم 0501234567.",
    "هل كنت في المكان؟ شاركنا صورك عبر واتساب.",
])
def test_a_news_tip_line_is_furniture(line):
    assert "misc" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("line", [
    "Wie had dat gedacht? De burgemeester stuurde vorige week zelf een foto van de schade naar de minister.",
    "Heb je iets gezien? Dat vroeg de politie dinsdag aan buurtbewoners die mogelijk getuige waren van de brand.",
    "What happened next? Officers sent photos of the wreckage to investigators in London on Monday.",
    "ماذا حدث بعد ذلك؟ أرسلت الشرطة صور الحطام إلى المحققين في العاصمة يوم الاثنين.",
])
def test_guard_a_story_sentence_after_a_question_is_no_tip_line(line):
    assert "misc" not in categories_of(line, len(line.split()))


NL_STORY = [
    "Bij een brand in een bedrijfspand aan de Industrieweg in Zwolle is donderdagavond veel schade ontstaan. De "
    "brandweer schaalde op naar middelbrand omdat de rook over de woonwijk ernaast trok.",
    "Volgens een woordvoerder van de veiligheidsregio raakte niemand gewond. Omwonenden kregen een NL-Alert met het "
    "advies ramen en deuren te sluiten.",
    "De oorzaak van de brand is nog niet bekend. De politie doet onderzoek en vraagt getuigen zich te melden.",
]


def test_the_tip_box_under_a_dutch_story_goes_whole():
    page = "\n".join(["RTV Oost", "Nieuws", "Sport", "Regio", "Grote brand in bedrijfspand Zwolle",
                      "Door Redactie RTV Oost", "12 maart 2026, 22:14", *NL_STORY, "Tip de redactie",
                      "Heb je iets gezien of meegemaakt? Stuur je foto of video via WhatsApp naar 06-12345678.",
                      "Deel dit artikel", "Meest gelezen", "© RTV Oost 2026"])
    article = normalise_text(page)
    assert article.paragraphs == NL_STORY


# --- 1: a video label is never a headline ------------------------------------------------------------------------

VIDEO_PAGES = {
    "nl": (["Omroep West", "Nieuws", "Sport", "Verkeer", "Den Haag"],
           "Eerste elektrische veerpont vaart over het Noordzeekanaal",
           "Op het Noordzeekanaal is vandaag de eerste volledig elektrische veerpont in dienst gekomen. De pont moet "
           "de uitstoot van het veer bij Velsen met ruim negentig procent verlagen.",
           "Sanne de Boer", "di 10 mrt 2026 11:05",
           ["\"We hoorden vroeger alleen de motor, nu horen we de meeuwen weer\", zegt schipper Ruud Koster van de "
            "pont in de reportage. Hij vaart al twintig jaar op het kanaal.",
            "De pont kostte ruim negen miljoen euro en wordt 's nachts opgeladen aan de kade bij Velsen-Zuid. De "
            "provincie betaalde het grootste deel.",
            "Later dit jaar volgen nog twee elektrische ponten op andere veerverbindingen over het kanaal."]),
    "en": (["Coast Radio News", "News", "Sport", "Weather", "Local"],
           "First electric ferry enters service on the estuary crossing",
           "The first fully electric ferry on the estuary went into service this morning. The operator says it will "
           "cut the crossing's emissions by more than ninety percent within a year.",
           "Hannah Price", "Tue 10 Mar 2026 11:05",
           ["\"You used to hear nothing but the engine, now you hear the gulls again,\" skipper Rob Carter told our "
            "reporter on the first crossing. He has worked on the river for twenty years.",
            "The ferry cost nine million pounds and is charged overnight at a new berth on the south bank. The "
            "regional transport fund paid most of the bill.",
            "Two more electric ferries are due on other crossings on the river later this year."]),
    "ar": (["قناة الساحل", "الرئيسية", "أخبار", "رياضة", "منوعات"],
           "أول عبارة كهربائية تبدأ العمل في خليج المدينة",
           "بدأت أول عبارة كهربائية بالكامل العمل اليوم في خليج المدينة، وتقول الشركة المشغلة إنها ستخفض انبعاثات "
           "الرحلة بأكثر من تسعين في المئة خلال عام واحد.",
           "سارة الحمدان", "الثلاثاء 10 مارس 2026 11:05",
           ["وقال قبطان العبارة خالد الراشد في التقرير إن الركاب كانوا يسمعون صوت المحرك فقط، أما اليوم فيسمعون "
            "صوت النوارس، وهو يعمل في الخليج منذ عشرين عاما.",
            "وبلغت تكلفة العبارة تسعة ملايين دولار، وتشحن ليلا على رصيف جديد في الضفة الجنوبية، وقد تحمل صندوق "
            "النقل الإقليمي معظم التكلفة.",
            "ومن المقرر أن تبدأ عبارتان كهربائيتان أخريان العمل على خطوط أخرى في وقت لاحق من هذا العام."]),
}
VIDEO_LABELS = {"nl": [["Bekijk de video"], ["Videospeler wordt geladen..."],
                       ["Bekijk de video", "Videospeler wordt geladen..."], ["Bekijk video"]],
                "en": [["Watch the video"], ["Video player is loading..."], ["Watch the video", "Play video"]],
                "ar": [["شاهد الفيديو"], ["شاهد الفيديو", "جاري تحميل الفيديو..."], ["شاهد بالفيديو"]]}
FOOTER = {"nl": ["Meest gelezen", "© Omroep West 2026"], "en": ["Most read", "© Coast Radio 2026"],
          "ar": ["الأكثر قراءة", "جميع الحقوق محفوظة لقناة الساحل 2026"]}


@pytest.mark.parametrize("lang,labels", [(lang, labels) for lang, sets in VIDEO_LABELS.items() for labels in sets])
def test_a_video_label_under_the_date_is_no_headline(lang, labels):
    menu, title, lead, byline, date, story = VIDEO_PAGES[lang]
    article = normalise_text("\n".join([*menu, title, lead, byline, date, *labels, *story, *FOOTER[lang]]))
    assert article.title == title
    assert article.paragraphs == [lead, *story]
    assert article.byline == byline
    assert article.published == "2026-03-10T11:05"
    assert all(label in article.removed for label in labels)


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_one_lead_paragraph_over_the_byline_is_the_headlines_own_under_a_date_and_a_subhead(lang):
    # no video label: a dated block with a headline-shaped line under it ("Wat er gebeurde") below the lead and the
    # byline is the same story, not a blog's next post
    menu, title, lead, byline, date, story = VIDEO_PAGES[lang]
    sub = {"nl": "Stiller en schoner over het kanaal", "en": "Quieter and cleaner on the river",
           "ar": "رحلة أهدأ وأنظف عبر الخليج"}[lang]
    article = normalise_text("\n".join([*menu, title, lead, byline, date, sub, *story, *FOOTER[lang]]))
    assert article.title == title
    assert lead in article.paragraphs and story[0] in article.paragraphs


@pytest.mark.parametrize("line", ["Bekijk de video", "Videospeler wordt geladen...", "Watch the video", "شاهد الفيديو",
                                  "Video wordt geladen", "تشغيل الفيديو"])
def test_a_video_players_label_is_furniture(line):
    assert categories_of(line, len(line.split()))


@pytest.mark.parametrize("line", ["Bekijk de video van de aanslag die nu opduikt", "Watch the video that shocked a nation",
                                  "شاهد الفيديو الذي هز مواقع التواصل في مصر"])
def test_guard_a_headline_that_opens_with_watch_is_no_player_label(line):
    assert not categories_of(line, len(line.split()))


# --- 3: a plain box over the byline -------------------------------------------------------------------------------

BOX_PAGES = {
    "nl": ("In het kort", ["De gemeente sluit drie zwembaden tijdens de zomer.", "De renovatie kost 14 miljoen euro.",
                           "Zwemles gaat door in het sportfondsenbad."],
           "Drie zwembaden dicht voor renovatie", "Lotte Vermeulen", "14 maart 2026, 09:12",
           ["De gemeente Utrecht sluit deze zomer drie van haar vijf zwembaden voor een grote renovatie. De baden "
            "zijn meer dan veertig jaar oud en voldoen niet meer aan de eisen voor energiegebruik.",
            "Volgens de wethouder sport is uitstel geen optie meer, omdat de installaties steeds vaker uitvallen."]),
    "en": ("In short", ["The council will close three pools this summer.", "The refurbishment costs £14 million.",
                        "Swimming lessons move to the leisure centre."],
           "Three swimming pools to close for refurbishment", "Laura Hughes", "14 March 2026, 09:12",
           ["The city council will close three of its five public swimming pools this summer for a major "
            "refurbishment. The pools are more than forty years old and no longer meet energy standards.",
            "The council's sport lead said a delay was no longer possible, as the plant breaks down more often."]),
    "ar": ("باختصار", ["تغلق البلدية ثلاثة مسابح خلال الصيف.", "تبلغ تكلفة الترميم 14 مليون دينار.",
                       "تنتقل دروس السباحة إلى المركز الرياضي."],
           "إغلاق ثلاثة مسابح عامة للترميم", "ليلى الحسيني", "14 مارس 2026، 09:12",
           ["قررت بلدية المدينة إغلاق ثلاثة من مسابحها العامة الخمسة خلال الصيف لإجراء أعمال ترميم كبيرة، إذ يزيد "
            "عمرها على أربعين عاما ولم تعد تلبي معايير استهلاك الطاقة.",
            "وقال مسؤول الرياضة في البلدية إن التأجيل لم يعد ممكنا لأن المعدات تتعطل بشكل متزايد."]),
}


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_plain_box_over_the_byline_goes_whole(lang):
    heading, points, title, byline, date, story = BOX_PAGES[lang]
    menu = VIDEO_PAGES[lang][0]
    article = normalise_text("\n".join([*menu, title, heading, *points, byline, date, *story, *FOOTER[lang]]))
    assert article.source_takeaways == points
    assert article.paragraphs == story
    assert article.title == title


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_guard_a_plain_box_over_a_short_story_line_is_still_one_point(lang):
    # no header under the points: a short sentence under the first may be the story's own, as before
    heading, points, title, _byline, _date, story = BOX_PAGES[lang]
    menu = VIDEO_PAGES[lang][0]
    article = normalise_text("\n".join([*menu, title, heading, *points, "Het is een kort zinnetje." if lang == "nl"
                                        else "It is a short line." if lang == "en" else "وهذه جملة قصيرة.",
                                        *FOOTER[lang]]))
    assert article.source_takeaways == points[:1]
