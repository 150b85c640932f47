"""Widgets tester 8 found left in the story text (stop 23), each on pages written for these tests (en, nl, ar). Each
case fails on the code before its fix unless it is marked as a guard:

* a newsletter sign-up box inside a story left its form labels as paragraphs ("Email address" / "Sign up",
  "E-mailadres" / "Aanmelden", "البريد الإلكتروني" / "اشترك"), and its heading where only the pitch was a phrase
  match (normalise/boxes.py, find_signup_boxes);
* a reader's comment headed "Name from Place:" under a comment counter ("Reacties (3)" / "Jan uit Bennekom: …",
  "Comments (2)" / "Margaret from Leeds: …", "التعليقات (2)" / "سامي من عمان: …") was kept as the story's last
  paragraph: the counter ended the story only over a stamp or a reply link (comments.named_comment);
* a podcast page's player links ("Listen on Apple Podcasts | Spotify | RSS", "Luister via Spotify | Apple Podcasts",
  "استمع عبر: سبوتيفاي | آبل بودكاست") and its transcript's machine notice ("This transcript was generated
  automatically and may contain errors.", nl, ar) were kept as paragraphs (phrase lists, misc).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document

SIGNUP = {
    "en": ("""Lakeside Times
Home News Sport Business
Library to open on Sundays from January
By Priya Nair
2 December 2026
The central library will open on Sundays from January after the council found money for two extra staff, ending a ten-year gap in weekend opening.
Councillor Ruth Abbott said families had asked for Sunday hours more than anything else in last year's survey.
Never miss a story
Get our evening bulletin with the day's top local news in your inbox.
Email address
Sign up
The library will open from 11am to 4pm, and the children's floor will hold a reading hour every week.
The change will cost about 60,000 pounds a year, paid from the council's leisure budget.
Share this article
Privacy | Terms
""", ["Email address", "Sign up", "Never miss a story", "Get our evening bulletin"],
           "The change will cost about 60,000 pounds a year"),
    "nl": ("""Omroep Achterhoek
Home Nieuws Sport Regio
Bibliotheek Doetinchem gaat ook op zondag open
Door Femke Jansen
2 december 2026
De bibliotheek in Doetinchem gaat vanaf januari ook op zondag open, nu de gemeente geld heeft gevonden voor twee extra medewerkers.
Volgens wethouder Tom Bosman vroegen gezinnen in de enquête van vorig jaar vooral om ruimere openingstijden in het weekend.
Altijd op de hoogte
Elke avond het belangrijkste nieuws uit de regio in je mailbox.
E-mailadres
Aanmelden
De bibliotheek is op zondag open van 11.00 tot 16.00 uur en op de kinderafdeling is er elke week een voorleesuur.
De extra openingstijden kosten zo'n 60.000 euro per jaar.
Deel dit artikel
Privacy | Colofon
""", ["E-mailadres", "Aanmelden", "Altijd op de hoogte", "Elke avond het belangrijkste nieuws"],
           "De extra openingstijden kosten"),
    "ar": ("""صحيفة البحيرة
الرئيسية أخبار رياضة اقتصاد
المكتبة العامة تفتح أبوابها أيام الأحد ابتداء من يناير
بقلم سلمى يوسف
2 ديسمبر 2026
قررت البلدية فتح المكتبة العامة أيام الأحد ابتداء من يناير بعد توفير التمويل اللازم لتعيين موظفين إضافيين في المبنى.
وقال عضو المجلس البلدي خالد حسن إن العائلات طالبت بتمديد ساعات العمل في عطلة نهاية الأسبوع في استطلاع العام الماضي.
النشرة المسائية
أهم أخبار المدينة كل مساء في بريدك.
البريد الإلكتروني
اشترك
وستفتح المكتبة من الحادية عشرة صباحا حتى الرابعة عصرا مع ساعة قراءة أسبوعية للأطفال في الطابق الأرضي.
وتبلغ كلفة التمديد نحو ستين ألف دولار سنويا من ميزانية البلدية.
شارك المقال
الخصوصية | الشروط
""", ["البريد الإلكتروني", "اشترك", "النشرة المسائية", "أهم أخبار المدينة كل مساء"], "وتبلغ كلفة التمديد"),
}


@pytest.mark.parametrize("lang", sorted(SIGNUP))
def test_signup_box_labels_go_with_the_box(lang):
    page, gone, last = SIGNUP[lang]
    article = normalise_text(page)
    for part in gone:
        assert not any(p.startswith(part) for p in article.paragraphs), (part, article.paragraphs)
    assert len(article.paragraphs) == 4
    assert article.paragraphs[-1].startswith(last)


def test_story_words_like_form_labels_alone_stay():
    """Guard: a field's word or a button's word alone in a story is no box ("Subscribe" as a one-word subheading)."""
    page = SIGNUP["en"][0].replace("Email address\n", "")
    page = page.replace("Never miss a story\nGet our evening bulletin with the day's top local news in your inbox.\n",
                        "The library's card scheme changes too, and readers will be able to renew online.\n")
    article = normalise_text(page)
    assert any(p.startswith("The library's card scheme") for p in article.paragraphs)


COMMENTS = {
    "en": ("""Moorside Gazette
Home News Sport
Level crossing at Hebden Lane to get full barriers
By Owen Price
1 December 2026
Network Rail will fit full barriers at the Hebden Lane level crossing next spring, after two near misses with tractors this year.
The crossing has had half barriers since 1987 and carries about 40 trains a day on the line to Skipton.
Work is expected to close the lane for three weekends in April, with a signed diversion through Cowling.
Local councillor Jane Hirst said residents had campaigned for the change for more than a decade.
Share this article
Comments (2)
Margaret from Cowling: About time. The half barriers at the crossing never stopped the tractors, and my grandson nearly got caught there last winter.
Pete from Skipton: Three weekends of diversions through Cowling in April will be a nightmare for the farms on the lane.
Most read
Pub reopens after flood
""", "Local councillor Jane Hirst said", ["Margaret from Cowling", "Pete from Skipton"]),
    "nl": ("""Stedendriehoek Nieuws
Nieuws Sport Regio
Spoorwegovergang Twelloseweg krijgt volledige slagbomen
Door Ruud Kamphuis
1 december 2026
ProRail plaatst volgend voorjaar volledige slagbomen bij de spoorwegovergang aan de Twelloseweg, na twee bijna-ongelukken met tractoren dit jaar.
De overgang heeft sinds 1987 halve bomen en er rijden dagelijks zo'n veertig treinen over de lijn naar Apeldoorn.
Door de werkzaamheden is de weg in april drie weekenden dicht; het verkeer wordt omgeleid via Wilp.
Volgens raadslid Marieke Smit strijden bewoners al meer dan tien jaar voor de maatregel.
Deel dit artikel
Reacties (2)
Gerda uit Wilp: Dat werd tijd, mijn kleinzoon was er vorige winter bijna bij.
Henk van der Veen uit Twello: Drie weekenden omrijden is een ramp voor de boeren.
Meest gelezen
Café weer open na wateroverlast
""", "Volgens raadslid Marieke Smit", ["Gerda uit Wilp", "Henk van der Veen uit Twello"]),
    "ar": ("""صحيفة السهل
الرئيسية أخبار رياضة
تركيب حواجز كاملة عند معبر السكة الحديد في طريق الوادي
بقلم عمر الخطيب
1 ديسمبر 2026
أعلنت هيئة السكك الحديدية أنها ستركب حواجز كاملة عند معبر طريق الوادي في الربيع المقبل بعد حادثين كادا أن يقعا هذا العام.
ويمر عبر المعبر نحو أربعين قطارا يوميا على الخط المؤدي إلى المدينة الشمالية منذ افتتاحه قبل ثلاثين عاما.
وستغلق الطريق ثلاث عطلات نهاية أسبوع في أبريل مع تحويل السير إلى طريق القرية المجاورة.
وقالت عضو المجلس البلدي هدى سالم إن السكان طالبوا بهذا الإجراء منذ أكثر من عشر سنوات.
شارك المقال
التعليقات (2)
سامي من عمان: خطوة تأخرت كثيرا وكان يجب تنفيذها منذ سنوات طويلة.
ليلى من إربد: الإغلاق ثلاث عطل متتالية سيكون صعبا على المزارعين في المنطقة.
الأكثر قراءة
إعادة فتح المقهى بعد الفيضان
""", "وقالت عضو المجلس البلدي", ["سامي من عمان", "ليلى من إربد"]),
}


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_named_comments_under_a_counter_end_the_story(lang):
    page, last, comments = COMMENTS[lang]
    article = normalise_text(page)
    assert article.paragraphs[-1].startswith(last), article.paragraphs
    assert not any(p.startswith(c) for c in comments for p in article.paragraphs)


def test_a_story_quote_with_a_colon_stays():
    """Guard: a speaker quoted "Name: …" in the story, with no comment counter over it, is the story's."""
    page = COMMENTS["en"][0].replace("Comments (2)\n", "").replace(
        "Share this article\n", "").replace("Margaret from Cowling: About time.", "Hirst: It is about time.")
    article = normalise_text(page)
    assert any(p.startswith("Hirst: It is about time.") for p in article.paragraphs), article.paragraphs


PODCAST_EN = """<html><head><title>Field Notes: the bees that came back | Field Notes</title></head><body>
<header><ul><li>Podcasts</li><li>Newsletters</li></ul></header>
<h1>The bees that came back</h1>
<p>Episode 58 · 24 minutes · 27 November 2026</p>
<p>Listen on Apple Podcasts | Spotify | RSS</p>
<p>Host Tom Reyes talks to ecologist Hannah Cole about the return of the great yellow bumblebee to the Scottish coast.</p>
<h2>Transcript</h2>
<p>TOM REYES: Hannah, how many colonies did your team find this summer?</p>
<p>HANNAH COLE: Fourteen, along about thirty kilometres of machair in the far north, up from three five years ago.</p>
<p>TOM REYES: What changed?</p>
<p>HANNAH COLE: Crofters left strips of clover and knapweed uncut until late August, so the queens had flowers when they needed them.</p>
<p>This transcript was generated automatically and may contain errors.</p>
<h3>More episodes</h3><p>Episode 57: The river that moved</p>
<footer>Field Notes Audio Ltd</footer></body></html>
"""

PODCAST_TEXT = {
    "nl": ("""De Stadspodcast
Home Podcasts Nieuwsbrieven
Waarom de tram naar de kust er nog niet is
Aflevering 19 · 27 november 2026
Luister via Spotify | Apple Podcasts | RSS
Presentator Lotte Vermeer spreekt met verkeerskundige Daan Hoekstra over de vertraagde tramlijn naar de kust.
LOTTE VERMEER: Daan, de tram zou er in 2024 al rijden. Wat ging er mis?
DAAN HOEKSTRA: De aanbesteding moest over, omdat geen enkele aannemer binnen het budget van 300 miljoen euro bleef.
LOTTE VERMEER: En wanneer rijdt hij dan wel?
DAAN HOEKSTRA: Volgens de provincie eind 2028, als de nieuwe brug over het kanaal op tijd klaar is.
Dit transcript is automatisch gegenereerd en kan fouten bevatten.
Meer afleveringen
Aflevering 18: Het nieuwe zwembad
""", "DAAN HOEKSTRA: Volgens de provincie"),
    "ar": ("""بودكاست المدينة
الرئيسية بودكاست النشرات
لماذا تأخر القطار الخفيف إلى الساحل
الحلقة 19 · 27 نوفمبر 2026
استمع عبر: سبوتيفاي | آبل بودكاست
تتحدث المذيعة رنا حداد مع خبير النقل مازن العلي عن أسباب تأخر مشروع القطار الخفيف إلى الساحل.
رنا حداد: كان يفترض أن يعمل القطار منذ عامين، فما الذي حدث؟
مازن العلي: أعيدت المناقصة لأن أيا من الشركات لم يلتزم بالميزانية المحددة بثلاثمئة مليون دولار.
رنا حداد: ومتى سيعمل إذن؟
مازن العلي: تقول الحكومة إنه سيعمل نهاية عام 2028 إذا اكتمل الجسر الجديد في موعده.
تم إنشاء هذا النص تلقائيا وقد يحتوي على أخطاء.
حلقات أخرى
الحلقة 18: المسبح الجديد
""", "مازن العلي: تقول الحكومة"),
}

PLAYER_OR_NOTICE = ("Listen on", "Luister via", "استمع عبر", "This transcript", "Dit transcript", "تم إنشاء هذا النص")


def test_podcast_player_links_and_transcript_notice_go_en_html():
    article = normalise_document(PODCAST_EN)
    assert article.paragraphs[0].startswith("Host Tom Reyes"), article.paragraphs
    assert article.paragraphs[-1].startswith("HANNAH COLE: Crofters left"), article.paragraphs
    assert not any(p.startswith(PLAYER_OR_NOTICE) for p in article.paragraphs)


@pytest.mark.parametrize("lang", sorted(PODCAST_TEXT))
def test_podcast_player_links_and_transcript_notice_go(lang):
    page, last = PODCAST_TEXT[lang]
    article = normalise_text(page)
    assert not any(p.startswith(PLAYER_OR_NOTICE) for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[-1].startswith(last), article.paragraphs


def test_a_story_naming_platforms_or_a_transcript_stays():
    """Guard: a story sentence that names the platforms, or a court transcript, is the story's."""
    page = PODCAST_TEXT["nl"][0].replace(
        "Luister via Spotify | Apple Podcasts | RSS\n",
        "Spotify en Apple Podcasts verhoogden dit jaar allebei hun prijzen voor luisteraars in Nederland.\n")
    article = normalise_text(page)
    assert any(p.startswith("Spotify en Apple Podcasts verhoogden") for p in article.paragraphs), article.paragraphs
