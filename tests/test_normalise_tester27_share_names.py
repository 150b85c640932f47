"""A platform's name with an inner capital is share furniture like any other (tester s27, finding 2).

The phrase matcher splits a lower->upper join for matching ("You might also likeRELATED" -> "like RELATED"), which
also cut "YouTube", "LinkedIn", "WhatsApp" and "TikTok" in two ("You Tube"): a lone share button with such a name, or a
share bar naming one ("Facebook | LinkedIn | WhatsApp"), matched nothing and stayed in the story. A line now matches
in either form (phrases._variants); the Arabic names of the platforms are in ar.yaml.

Every page is invented. The user-level cases fail on the code before; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of

PAGES = {
    "en": ("""Menu
Search
Business
Bakery chain to close twelve shops as flour prices rise
By Nadia Kerr
Thursday 10 December 2026 11:40 GMT
Share
Facebook
LinkedIn
WhatsApp
The bakery chain Crumb & Co will close twelve of its 48 shops in the north of England by the end of January, blaming a 40% rise in the price of flour over two years.
The company said 160 staff would be offered jobs in its remaining shops or redundancy pay. Shops in Hexham, Morpeth and Alnwick are among those closing.
Chief executive Paul Aird said the chain had tried to absorb the costs but could no longer do so without raising the price of a loaf above £2.
YouTube
TikTok
The union Usdaw said it would meet the company next week and called for the closures to be delayed until after Easter.
Crumb & Co opened its first shop in Newcastle in 1994 and grew quickly in the 2010s, when it bought two smaller chains.
""", ["LinkedIn", "WhatsApp", "YouTube", "TikTok"]),
    "nl": ("""Menu
Zoeken
Economie
Bakkersketen sluit twaalf winkels door dure bloem
Door Nadia Kramer
donderdag 10 december 2026, 11:40
Delen
Facebook
LinkedIn
WhatsApp
Bakkersketen Korrel & Co sluit eind januari twaalf van haar 48 winkels in het noorden van het land. Het bedrijf wijst op de prijs van bloem, die in twee jaar met 40 procent is gestegen.
Volgens het bedrijf krijgen 160 medewerkers een baan in een andere winkel of een ontslagvergoeding. Winkels in Assen, Emmen en Hoogeveen gaan dicht.
Directeur Paul Aarts zegt dat de keten de kosten lang heeft opgevangen, maar dat een brood anders meer dan drie euro zou moeten kosten.
YouTube
TikTok
Vakbond FNV gaat volgende week met het bedrijf praten en wil dat de sluitingen tot na Pasen worden uitgesteld.
Korrel & Co opende in 1994 zijn eerste winkel in Groningen en groeide snel door twee kleinere ketens over te nemen.
""", ["LinkedIn", "WhatsApp", "YouTube", "TikTok"]),
    "ar": ("""القائمة
بحث
اقتصاد
سلسلة مخابز تغلق اثني عشر فرعاً بسبب ارتفاع أسعار الدقيق
بقلم نادية كرم
الخميس 10 ديسمبر 2026
شارك
فيسبوك
LinkedIn
WhatsApp
أعلنت سلسلة مخابز الريف أنها ستغلق اثني عشر فرعاً من فروعها الثمانية والأربعين بنهاية يناير، بعد ارتفاع سعر الدقيق بنسبة أربعين في المئة خلال عامين.
وقالت الشركة إن 160 موظفاً سيعرض عليهم العمل في فروع أخرى أو تعويض نهاية الخدمة، ومن بين الفروع التي ستغلق فروع في الزرقاء وإربد.
وقال المدير التنفيذي بولس عيد إن السلسلة حاولت تحمل التكاليف لكنها لم تعد قادرة على ذلك دون رفع سعر الرغيف.
يوتيوب
تيك توك
وقالت نقابة العاملين في المخابز إنها ستلتقي الشركة الأسبوع المقبل وطالبت بتأجيل الإغلاق إلى ما بعد العيد.
وافتتحت السلسلة أول مخبز لها في عمان عام 1994، ونمت سريعاً بعد شراء سلسلتين أصغر منها.
""", ["LinkedIn", "WhatsApp", "يوتيوب", "تيك توك"]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_share_buttons_named_with_an_inner_capital_go(lang):
    page, buttons = PAGES[lang]
    article = normalise_text(page)
    for line in buttons:
        assert line not in article.paragraphs, (line, article.paragraphs)
        assert line in article.removed
    # the story around the buttons stays whole
    assert len(article.paragraphs) == 5, article.paragraphs


@pytest.mark.parametrize("line", ["YouTube", "LinkedIn", "WhatsApp", "TikTok", "Facebook | LinkedIn | WhatsApp",
                                  "Share: LinkedIn, WhatsApp", "Delen: WhatsApp | LinkedIn", "Deel op LinkedIn",
                                  "شارك على واتساب", "يوتيوب", "إنستغرام", "تويتر | يوتيوب"])
def test_share_lines_match_in_every_language(line):
    assert "share" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("line", ["YouTube star fined after filming on the motorway",
                                  "LinkedIn cuts 600 jobs in Dublin and Amsterdam",
                                  "WhatsApp-groep van ouders helpt bij zoektocht naar vermiste hond",
                                  "McDonald's opens its first iPhone-only drive-through"])
def test_guard_a_headline_naming_a_platform_is_no_share_line(line):
    assert "share" not in categories_of(line, len(line.split()))


def test_guard_glued_widget_lines_still_match_split():
    """The split still parts a scraper's glued elements."""
    assert "end" in categories_of("You might also likeRELATED", 4)
    assert "share" in categories_of("Email ThisBlogThis!Share to TwitterShare to Facebook", 6)
