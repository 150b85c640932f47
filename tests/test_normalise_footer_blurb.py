"""A short post is not lost to the site's footer blurb (classify._past_footer_blurb).

A site prints one sentence about itself at the foot of every page ("Riverside Notes is the premier destination for
…", "Tuinkrant wordt uitgegeven door …", "… تصدر عن …"), over its copyright line or under an "About …" heading and its
links. On a page whose post is one or two sentences that blurb was the densest prose on the page, so the rules
anchored the body on it and the post was dropped as furniture above it. The end marker between them closes the post;
the body is anchored on the post again. Guards: a one-paragraph story at the page's foot with no marker-closed prose
above it stays the story, and a story of several paragraphs is untouched. Hand-written pages in en/nl/ar (no eval
data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("""Riverside Notes | Local life along the Wye
Home
Events
Contact
Boat club opens its doors for a free taster day
By Helen Marsh, 3 May 2026
The Monmouth boat club is holding a free taster day on Saturday, with coaches on the water from ten until four.
RSS Feed
Subscribe via email
About Riverside Notes
Riverside Notes is a weekly letter about the towns along the Wye. Learn more »
About Us
Advertise
Privacy
Riverside Notes is the premier destination for news, events and gossip from every village along the Wye valley, written by people who live there and published every week since 2009.
Copyright © 2026 Riverside Media. All Rights Reserved.
Powered by WordPress
""", "free taster day on Saturday", "premier destination"),
    "nl": ("""Tuinkrant | Alles over je tuin
Home
Agenda
Contact
Zadenbibliotheek opent in Zwolle
Door Ineke Bos, 3 mei 2026
In de bibliotheek van Zwolle kunnen bewoners vanaf zaterdag gratis zaden lenen en na de oogst weer terugbrengen.
RSS-feed
Abonneer via e-mail
Over Tuinkrant
Tuinkrant is een wekelijkse nieuwsbrief over tuinieren. Lees meer »
Over ons
Adverteren
Privacy
Tuinkrant wordt uitgegeven door Groen Media uit Deventer en verschijnt sinds 2011 elke week met nieuws, tips en verhalen van tuinierders uit het hele land.
Copyright © 2026 Groen Media. Alle rechten voorbehouden.
""", "gratis zaden lenen", "Groen Media uit Deventer"),
    "ar": ("""نشرة الواحة | أخبار المدينة
الرئيسية
الفعاليات
اتصل بنا
افتتاح مكتبة للبذور في الواحة
بقلم سارة يوسف، 3 مايو 2026
تفتح مكتبة الواحة العامة يوم السبت ركناً جديداً يستعير فيه السكان البذور مجاناً ويعيدونها بعد موسم الحصاد.
خلاصة RSS
اشترك عبر البريد
نبذة عن نشرة الواحة
رسالة أسبوعية عن المدينة - اقرأ المزيد »
من نحن
أعلن معنا
الخصوصية
نشرة الواحة تصدر عن مؤسسة الواحة للإعلام وهي الوجهة الأولى لأخبار المدينة وفعالياتها وأسواقها ومدارسها وحكايات سكانها وزوارها، يكتبها أناس يعيشون فيها وتصدر كل أسبوع منذ عام 2010.
جميع الحقوق محفوظة © 2026 مؤسسة الواحة للإعلام
""", "يستعير فيه السكان البذور", "مؤسسة الواحة للإعلام وهي"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_short_post_over_the_sites_footer_blurb_is_the_body(lang):
    page, post, blurb = PAGES[lang]
    article = normalise_text(page, model=False)
    assert post in article.text, article.text
    assert blurb not in article.text, article.text
    # the same with the fitted model
    article = normalise_text(page)
    assert post in article.text, article.text


def test_guard_a_one_paragraph_story_at_the_foot_with_no_closed_prose_above_stays():
    """No prose group above closed by an end marker: the one sentence at the page's foot is the story."""
    page = """The Valley Gazette
Home
News
Sport
Bridge closed after lorry strikes parapet
3 May 2026
The Old Bridge in Builth Wells will stay closed until Monday after a lorry struck its parapet on Friday night, the council said, and a diversion through Llanelwedd adds about ten minutes to journeys.
Share
Copyright © 2026 Valley Gazette
"""
    article = normalise_text(page, model=False)
    assert "lorry struck its parapet" in article.text, article.text


def test_guard_a_story_of_several_paragraphs_over_a_footer_blurb_is_untouched():
    """The post above the marker is the densest prose: the blurb never was the anchor, and stays out."""
    page, post, blurb = PAGES["en"]
    more = ("The club's captain, Owen Price, said the day was for anyone over twelve who could swim fifty metres.\n"
            "Last year's taster day brought forty new members, and the club has bought two more boats since.\n"
            "Places can be booked on the club's website, and life jackets are provided for everyone.\n")
    page = page.replace("RSS Feed\n", more + "RSS Feed\n")
    article = normalise_text(page, model=False)
    assert post in article.text and "forty new members" in article.text, article.text
    assert blurb not in article.text, article.text
