"""Pages a sixth new user tried (tester 6): furniture lines kept in the body, and a banner taken for the headline.
Every page here is written for the tests; each case fails on the code before its fix unless it is marked as a guard:

* a social post pasted as text kept its handle line ("Helen Marsh MP @HelenMarshMP"), its counters ("1,204 Reposts
  3,876 Quotes 12.1K Likes") and its button row ("Reply Repost Like"), in en, nl and ar; the post's words stay;
* a site's alert banner between the menu and the headline ("BREAKING: …", "Laatste nieuws: …", "عاجل: …") became the
  title, and the real headline and its standfirst were removed;
* "Image caption: …" (the BBC's wording), "Onderschrift: …" and "تعليق الصورة: …" stayed as paragraphs;
* a column's starred footnote bio ("* كاتب وباحث في شؤون البيئة") stayed as its last paragraph;
* a list the body ends in lost its last, short item ("الطريق الصحراوي: حركة اعتيادية.") as "after the article";
* an HTML match report kept its line-up table but dropped the facts line under it ("Referee: A. Marsh.
  Attendance: 18,204.").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.phrases import phrase_matches

# --- a social post pasted as text ----------------------------------------------------------------------------------

POST_PAGES = {
    "en": ("""Home | Politics | Business
Council leader's post on bin collections causes confusion
By Owen Pritchard
3 December 2026
The leader of Westvale council has had to explain a social media post that residents read as the end of weekly bin collections.
On Tuesday night Councillor Dawn Hughes wrote:
Cllr Dawn Hughes @DawnHughesWV
Weekly collections cost us £2m a year we do not have. Fortnightly is coming, and sooner than people think.
10:42 PM · Dec 1, 2026
842 Reposts 1,310 Quotes 5.6K Likes
By Wednesday morning the council's phone lines were jammed with calls from worried residents, many of them families with young children.
A council spokesperson said no change to collections had been agreed and that any proposal would go to a public consultation first.
Councillor Hughes later posted again:
Cllr Dawn Hughes @DawnHughesWV
Nothing changes this winter. Any new timetable will be consulted on in the spring.
8:15 AM · Dec 2, 2026
Reply Repost Like
Opposition leader Tom Ellery said residents deserved better than announcements made late at night on social media.
© Westvale Gazette 2026
""", ["Cllr Dawn Hughes @DawnHughesWV", "842 Reposts 1,310 Quotes 5.6K Likes", "Reply Repost Like"],
     ["Weekly collections cost us £2m a year we do not have. Fortnightly is coming, and sooner than people think.",
      "Nothing changes this winter. Any new timetable will be consulted on in the spring."]),
    "nl": ("""Home | Politiek | Regio
Wethouder zorgt voor onrust met bericht over parkeertarieven
Door Femke Brouwer
3 december 2026
Een bericht van wethouder Karim Aydin op sociale media heeft in Deventer voor veel onrust gezorgd bij winkeliers in de binnenstad.
Dinsdagavond schreef de wethouder:
Karim Aydin @KarimAydinDev
Parkeren in de binnenstad wordt volgend jaar flink duurder. Wie met de auto komt, gaat meer betalen.
22:10 · 1 dec. 2026
412 reposts 96 citaten 2,3K vind-ik-leuks
Winkeliers reageerden woensdag geschrokken en vroegen om een gesprek met het college over de gevolgen voor de binnenstad.
Een woordvoerder van de gemeente zei dat er nog geen besluit is genomen en dat de gemeenteraad in februari over de tarieven praat.
Beantwoorden Opnieuw plaatsen Vind ik leuk
De ondernemersvereniging wil dat de gemeente eerst met de winkeliers overlegt voordat er iets verandert.
""", ["Karim Aydin @KarimAydinDev", "412 reposts 96 citaten 2,3K vind-ik-leuks",
      "Beantwoorden Opnieuw plaatsen Vind ik leuk"],
     ["Parkeren in de binnenstad wordt volgend jaar flink duurder. Wie met de auto komt, gaat meer betalen."]),
    "ar": ("""الرئيسية | محليات | اقتصاد
تغريدة لوزير النقل عن أسعار الوقود تثير جدلاً واسعاً
بقلم: هالة منصور
3 ديسمبر 2026
أثارت تغريدة نشرها وزير النقل مساء الثلاثاء جدلاً واسعاً بين السائقين وأصحاب سيارات الأجرة في العاصمة.
وكتب الوزير في منشور على حسابه:
سامر الخطيب @SamerKhatibMoT
دعم الوقود لم يعد ممكناً بالشكل الحالي، وسنعلن عن خطة جديدة قريباً.
1,204 إعادة نشر 310 اقتباس 12.1 ألف إعجاب
رد إعادة نشر إعجاب
وقالت نقابة السائقين إنها فوجئت بالتغريدة وطالبت بلقاء عاجل مع الوزير لمناقشة مستقبل الدعم.
وأوضح متحدث باسم الوزارة لاحقاً أن الدعم مستمر حتى نهاية العام الحالي على الأقل وأن أي تغيير سيعرض على البرلمان.
""", ["سامر الخطيب @SamerKhatibMoT", "1,204 إعادة نشر 310 اقتباس 12.1 ألف إعجاب", "رد إعادة نشر إعجاب"],
     ["دعم الوقود لم يعد ممكناً بالشكل الحالي، وسنعلن عن خطة جديدة قريباً."]),
}


@pytest.mark.parametrize("language", sorted(POST_PAGES))
def test_a_pasted_post_loses_its_handle_counters_and_buttons_and_keeps_its_words(language):
    page, furniture, words = POST_PAGES[language]
    article = normalise_text(page)
    for line in furniture:
        assert line not in article.paragraphs, (line, article.paragraphs)
        assert line in article.removed, line
    for line in words:
        assert line in article.paragraphs, (line, article.removed)


@pytest.mark.parametrize("line", ["Zachary Hale, @zhale", "By Chloe Martin, @chloemartin", "On 3/12/2026 by @chloemartin",
                                  "The vote is on Thursday. @CouncilNews"])
def test_a_byline_with_a_handle_is_no_post_handle(line):
    """Guard: a byline names its author's handle after a comma ("Zachary Hale, @zhale"), and a sentence may end in
    one; only a bare name-and-handle line is a post's handle line."""
    assert "misc" not in phrase_matches(line, len(line.split()))[0]


# --- an alert banner over the headline -----------------------------------------------------------------------------

BANNER_PAGES = {
    "en": ("""News | Weather | Traffic
BREAKING: Ouse footpath in Yarby closed after riverbank collapse
Flood defences on the Ouse to be raised by a metre after winter of record levels
Environment Agency sets out £14m plan for the town centre walls
By Rachel Dunmore
Friday 4 December 2026
The flood walls along the river Ouse through Yarby town centre will be raised by a metre under plans published by the Environment Agency on Friday.
The work, expected to cost £14m, follows a winter in which the river reached its highest level since records began and water came within inches of the top of the walls.
Engineers will start on the east bank in April, and the footpath along the river will close in sections while the work is done.
The agency said the new walls would protect about 1,200 homes and businesses from a flood of the size expected once in a hundred years.
""", "Flood defences on the Ouse to be raised by a metre after winter of record levels",
     "BREAKING: Ouse footpath in Yarby closed after riverbank collapse",
     "Environment Agency sets out £14m plan for the town centre walls"),
    "nl": ("""Nieuws | Weer | Verkeer
Laatste nieuws: Wandelpad langs de IJssel bij Zutphen dicht na verzakking
Dijken langs de IJssel worden een meter hoger na recordwinter
Het waterschap trekt 14 miljoen euro uit om de stadsmuren van Zutphen te beschermen tegen hoogwater
Door Lotte Hendriks
vrijdag 4 december 2026
De dijken langs de IJssel bij Zutphen worden een meter hoger, volgens plannen die het waterschap vrijdag heeft gepresenteerd.
Het werk kost naar verwachting 14 miljoen euro en volgt op een winter waarin de rivier het hoogste peil sinds het begin van de metingen bereikte.
In april begint de aannemer aan de oostoever, en het wandelpad langs de rivier gaat in delen dicht zolang er gewerkt wordt.
Volgens het waterschap beschermen de nieuwe dijken ongeveer 1200 woningen en bedrijven tegen een overstroming die eens in de honderd jaar voorkomt.
""", "Dijken langs de IJssel worden een meter hoger na recordwinter",
     "Laatste nieuws: Wandelpad langs de IJssel bij Zutphen dicht na verzakking",
     "Het waterschap trekt 14 miljoen euro uit om de stadsmuren van Zutphen te beschermen tegen hoogwater"),
    "ar": ("""أخبار | الطقس | المرور
عاجل: إغلاق ممر المشاة على الوادي في الزرقاء بعد انهيار جزئي
رفع السدود على ضفاف الوادي مترا بعد شتاء سجل منسوبا قياسيا للمياه
وزارة المياه تخصص 14 مليون دينار لحماية وسط مدينة الزرقاء
بقلم: رنا العبادي
الجمعة 4 ديسمبر 2026
ستُرفع السدود على ضفاف الوادي في وسط مدينة الزرقاء مترا كاملا بموجب خطة أعلنتها وزارة المياه يوم الجمعة.
وتبلغ كلفة الأعمال نحو 14 مليون دينار، وتأتي بعد شتاء بلغ فيه منسوب المياه في الوادي أعلى مستوى منذ بدء القياسات.
وسيبدأ المهندسون العمل على الضفة الشرقية في نيسان، على أن يغلق ممر المشاة على طول الوادي على مراحل خلال الأعمال.
وقالت الوزارة إن السدود الجديدة ستحمي نحو 1200 منزل ومحل تجاري من فيضان لا يتكرر إلا مرة كل مئة عام.
""", "رفع السدود على ضفاف الوادي مترا بعد شتاء سجل منسوبا قياسيا للمياه",
     "عاجل: إغلاق ممر المشاة على الوادي في الزرقاء بعد انهيار جزئي",
     "وزارة المياه تخصص 14 مليون دينار لحماية وسط مدينة الزرقاء"),
}


@pytest.mark.parametrize("language", sorted(BANNER_PAGES))
def test_an_alert_banner_over_the_headline_is_not_the_title(language):
    page, headline, banner, standfirst = BANNER_PAGES[language]
    article = normalise_text(page)
    assert article.title == headline, (article.title, article.removed)
    assert banner in article.removed
    assert standfirst in article.paragraphs, article.removed


def test_a_headline_that_opens_with_the_label_stays_the_title():
    """Guard: with no other headline-like line above the story, a headline that opens "BREAKING:" is the title."""
    page = """BREAKING: Fire crews called to factory blaze in Eastbrook
By Rachel Dunmore
Friday 4 December 2026
Six fire engines were sent to a factory on the Eastbrook industrial estate on Friday afternoon after smoke was seen rising from its roof.
Police closed the road past the estate and asked people living nearby to keep their windows and doors shut.
The fire service said no one was thought to have been hurt and crews would stay at the scene overnight.
"""
    assert normalise_text(page).title == "BREAKING: Fire crews called to factory blaze in Eastbrook"


# --- captions ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    "Image caption: Ruth Carter at the harbour in Oban in 1972",
    "Media caption: The moment the bridge was lifted into place",
    "Onderschrift: Burgemeester Jansen opent de nieuwe brug over de Maas",
    "تعليق الصورة: رئيس البلدية يفتتح الجسر الجديد فوق النهر",
])
def test_a_labelled_caption_is_a_caption(caption):
    assert "caption" in phrase_matches(caption, len(caption.split()))[0]


def test_an_image_caption_line_leaves_the_obituary():
    page = """Obituaries
Jean Calder, lighthouse keeper who kept the Skerry light for 30 years
By Alan Murray
Monday 7 December 2026
Jean Calder, who has died aged 91, was one of the last keepers of the Skerry lighthouse, where she lived with her husband from 1958 until the light was automated in 1988.
She was born in Stromness, the daughter of a ferryman, and met Donald Calder when he came to the islands as an assistant keeper in 1955.
Image caption: Jean Calder on the gallery of the Skerry light in 1964
For three decades the couple kept the lamp lit through every winter storm, and Jean kept the weather log that the Met Office still cites today.
She is survived by her two sons and five grandchildren.
"""
    article = normalise_text(page)
    assert "Image caption: Jean Calder on the gallery of the Skerry light in 1964" in article.removed
    assert len(article.paragraphs) == 4, article.paragraphs


# --- a column's starred footnote bio --------------------------------------------------------------------------------

def test_a_starred_footnote_bio_under_an_arabic_column_goes():
    page = """الرئيسية | مقالات الرأي
المدن الصغيرة تستحق نصيبها من النقل العام
بقلم: ليلى الشامي
الأحد 6 ديسمبر 2026
في كل صباح ينتظر آلاف الطلاب والموظفين في المدن الصغيرة حافلات لا تأتي في موعدها، أو لا تأتي أبداً، فيضطرون إلى دفع أجرة سيارات خاصة تلتهم جزءاً كبيراً من دخلهم.
ورغم أن خطط النقل الوطنية تتحدث منذ سنوات عن ربط المحافظات، فإن معظم الاستثمارات ذهبت إلى العاصمة وحدها، بينما بقيت الخطوط الريفية على حالها منذ عقدين.
ما نحتاجه ليس مشاريع ضخمة، بل حافلات منتظمة وجداول واضحة ومحطات آمنة، وهذا كله ممكن بجزء صغير مما ينفق على الطرق السريعة.
* كاتبة وباحثة في شؤون التنمية المحلية
"""
    article = normalise_text(page)
    assert "* كاتبة وباحثة في شؤون التنمية المحلية" in article.removed, article.paragraphs
    assert len(article.paragraphs) == 3


# --- a list the body ends in ------------------------------------------------------------------------------------

def test_the_last_short_item_of_a_list_ending_the_body_stays():
    page = """الطقس | حالة الطرق | أخبار
تحذير من ضباب كثيف على الطرق الخارجية صباح الغد
الأحد 6 ديسمبر 2026، 17:00
حذرت إدارة السير السائقين من ضباب كثيف يتوقع أن يغطي الطرق الخارجية في ساعات الصباح الأولى من يوم الإثنين.
وقالت الإدارة إن مدى الرؤية قد ينخفض إلى أقل من مئة متر في المناطق المنخفضة والمفتوحة، ودعت إلى تخفيف السرعة.
كما طلبت من سائقي الشاحنات تأجيل رحلاتهم إلى ما بعد التاسعة صباحاً حتى ينقشع الضباب.
حالة الطرق:
طريق المطار الدولي: ازدحام شديد في الاتجاهين بسبب أعمال الصيانة الليلية.
الطريق الدائري: حركة اعتيادية.
للاستفسار اتصل على 911
"""
    article = normalise_text(page)
    assert "الطريق الدائري: حركة اعتيادية." in article.paragraphs, article.removed
    assert "للاستفسار اتصل على 911" not in article.paragraphs


# --- a match report's facts line (HTML) ----------------------------------------------------------------------------

MATCH_PAGES = {
    "en": ("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harriers 3-0 Albion | Example Sport</title></head><body>
<nav><a href="/">Home</a> <a href="/football">Football</a></nav>
<article><h1>Harriers 3-0 Albion: Price double sends Harriers top</h1>
<p>Two goals from Dylan Price took Harriers to the top of the table on Saturday as Albion were beaten comfortably at the Moor.</p>
<p>Price opened the scoring after ten minutes with a low shot from the edge of the area and added a second from the penalty spot before half-time.</p>
<p>Substitute Kai Ruddock made it three with a header in stoppage time, his first goal for the club since his summer move.</p>
<table><tr><th>Harriers</th><td>Lowe; Dunn, Marsh, Pike, Ibe; Price, Carr, Moss; Ruddock, Ali, Hart</td></tr><tr><th>Albion</th><td>Frost; Keane, Ward, Lee, Bell; Ross, Tate, Hay; Cole, Ford, Nash</td></tr></table>
<p>Referee: K. Lyons. Attendance: 9,412.</p>
</article><footer>© Example Sport 2026</footer></body></html>""", "Referee: K. Lyons. Attendance: 9,412."),
    "nl": ("""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Heracles wint van Go Ahead | Sportkrant</title></head><body>
<nav><a href="/">Home</a> <a href="/voetbal">Voetbal</a></nav>
<article><h1>Heracles wint derby van Go Ahead Eagles met 2-0</h1>
<p>Heracles Almelo heeft zaterdag de derby tegen Go Ahead Eagles met 2-0 gewonnen door twee doelpunten in de tweede helft.</p>
<p>Spits Jesse Brink kopte na een uur de openingstreffer binnen uit een hoekschop van aanvoerder Tim de Graaf.</p>
<p>In de slotfase besliste invaller Omar Bakkali de wedstrijd met een schot in de verre hoek.</p>
<table><tr><th>Heracles</th><td>Vos; Smit, Kok, Bos, Mulder; De Graaf, Dekker, Jansen; Brink, Bakkali, Wouters</td></tr><tr><th>Go Ahead</th><td>Visser; Meijer, Prins, Blom, Post; Kuipers, Hoekstra, Koster; Peters, Willems, Dijkman</td></tr></table>
<p>Scheidsrechter: Van der Berg. Toeschouwers: 12.600.</p>
</article><footer>© Sportkrant 2026</footer></body></html>""", "Scheidsrechter: Van der Berg. Toeschouwers: 12.600."),
}


@pytest.mark.parametrize("language", sorted(MATCH_PAGES))
def test_the_facts_line_under_a_match_reports_table_stays(language):
    page, facts = MATCH_PAGES[language]
    article = normalise_html(page)
    assert facts in article.paragraphs, article.removed
