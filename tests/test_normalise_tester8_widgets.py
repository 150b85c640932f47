"""Widgets tester 8 found left in the story text (stop 23), each on pages written for these tests (en, nl, ar). Each
case fails on the code before its fix unless it is marked as a guard:

* a newsletter sign-up box inside a story left its form labels as paragraphs ("Email address" / "Sign up",
  "E-mailadres" / "Aanmelden", "البريد الإلكتروني" / "اشترك"), and its heading where only the pitch was a phrase
  match (normalise/boxes.py, find_signup_boxes);
* a reader's comment headed "Name from Place:" under a comment counter ("Reacties (3)" / "Jan uit Bennekom: …",
  "Comments (2)" / "Margaret from Leeds: …", "التعليقات (2)" / "سامي من عمان: …") was kept as the story's last
  paragraph: the counter ended the story only over a stamp or a reply link (comments.named_comment).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

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
