"""A sponsored piece's calls to action are no story text, in English, Dutch and Arabic (fix33b; stop 32 probeB #3).

A paid piece laid out as a story puts its advertiser's calls between and under its paragraphs ("Find your nearest
SkyLink airport", "Book your summer break now", "Terms and conditions apply."): they were kept as paragraphs, to be
translated and summarised. They are the `advert` phrase lists' now (a selling verb to the reader that ends on "now" or
"today", a finder for the nearest outlet, the small print), and the page still carries the sponsored warning
(sponsored.py) in each language.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.notnews import NOT_NEWS

PAGES = {
    "en": {
        "head": ["The Northern Courier", "Home", "News", "Travel", "Money", "Partner content",
                 "Brought to you by Harbourline Ferries"],
        "title": "Why more families are taking the ferry to the continent",
        "note": "This article was paid for by Harbourline Ferries and produced by the Courier's commercial team.",
        "body": ["Rising air fares and luggage charges have sent a growing number of families back to the ferry for "
                 "their summer holidays in France and the Netherlands.",
                 "Bookings on the three North Sea routes rose by a fifth last year, according to figures from the "
                 "operators, with the biggest growth among families with young children.",
                 "\"You can pack the car with everything and the children can run around on deck,\" said Helen "
                 "Marsh, who travelled to Rotterdam with her three sons in August."],
        "call": "Find your nearest Harbourline port",
        "more": ["Cabins with a sea view are now available on every overnight crossing, and children under four "
                 "travel free all year."],
        "tail": ["Book your family crossing today", "Terms and conditions apply.", "More partner content",
                 "© The Northern Courier 2026"],
    },
    "nl": {
        "head": ["Het Noorderblad", "Nieuws", "Regio", "Reizen", "Geld", "Partnerbijdrage",
                 "Gesponsord door Havenlijn Veerdiensten"],
        "title": "Waarom steeds meer gezinnen met de veerboot naar Engeland gaan",
        "note": "Dit artikel kwam tot stand in betaalde samenwerking met Havenlijn Veerdiensten.",
        "body": ["Door de stijgende prijzen van vliegtickets en bagage kiezen steeds meer gezinnen weer voor de "
                 "veerboot als ze in de zomer naar Engeland of Schotland op vakantie gaan.",
                 "Het aantal boekingen op de drie routes over de Noordzee steeg vorig jaar met een vijfde, blijkt uit "
                 "cijfers van de rederijen, vooral onder gezinnen met jonge kinderen.",
                 "\"Je kunt de auto volladen en de kinderen kunnen lekker rondrennen op het dek,\" zegt Marieke "
                 "Bosman, die in augustus met haar drie zoons naar Newcastle voer."],
        "call": "Vind de dichtstbijzijnde haven van Havenlijn",
        "more": ["Hutten met zeezicht zijn nu op elke nachtelijke overtocht beschikbaar en kinderen onder de vier "
                 "jaar reizen het hele jaar gratis."],
        "tail": ["Boek je gezinsovertocht vandaag nog", "Voorwaarden van toepassing.", "Meer partnerbijdragen",
                 "© Het Noorderblad 2026"],
    },
    "ar": {
        "head": ["صحيفة الشمال", "الرئيسية", "أخبار", "سفر", "اقتصاد", "محتوى مدعوم",
                 "محتوى برعاية شركة الخط البحري"],
        "title": "لماذا تختار العائلات العبّارات في رحلاتها الصيفية",
        "note": "هذا المحتوى مدعوم من شركة الخط البحري للعبارات.",
        "body": ["دفعت أسعار تذاكر الطيران المرتفعة ورسوم الأمتعة عدداً متزايداً من العائلات إلى العودة إلى العبارات "
                 "في رحلاتها الصيفية بين ضفتي البحر.",
                 "وارتفعت الحجوزات على الخطوط البحرية الثلاثة بنحو الخمس في العام الماضي، بحسب أرقام الشركات المشغلة، "
                 "وكان النمو الأكبر بين العائلات التي لديها أطفال صغار.",
                 "وقالت هالة منصور التي سافرت مع أبنائها الثلاثة في أغسطس: \"يمكنك أن تملأ السيارة بكل ما تحتاجه، "
                 "والأطفال يلعبون على سطح العبارة\"."],
        "call": "ابحث عن أقرب ميناء للخط البحري",
        "more": ["وتتوفر الآن كبائن مطلة على البحر في كل الرحلات الليلية، ويسافر الأطفال دون الرابعة مجاناً طوال "
                 "العام."],
        "tail": ["احجز رحلة عائلتك اليوم", "تطبق الشروط والأحكام", "المزيد من المحتوى المدعوم",
                 "© صحيفة الشمال 2026"],
    },
}


def _raw(lang: str) -> str:
    page = PAGES[lang]
    return "\n".join(page["head"] + [page["title"], page["note"]] + page["body"] + [page["call"]] + page["more"]
                     + page["tail"]) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_sponsored_pages_calls_to_action_are_removed(lang):
    article = normalise_text(_raw(lang))
    page = PAGES[lang]
    for call in [page["call"]] + page["tail"][:2]:
        assert call.rstrip(".") not in article.text
    # the piece's own paragraphs, above and below the mid-text call, stay
    assert page["body"][0] in article.text and page["more"][0] in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_sponsored_warning_holds_in_each_language(lang):
    article = normalise_text(_raw(lang))
    assert article.title == PAGES[lang]["title"]
    assert any(w.startswith(NOT_NEWS) and "sponsored" in w for w in article.warnings)


@pytest.mark.parametrize("line", ["Residents can book now, the council said.", "Get your flu jab now",
                                  "Find out more about the scheme on the council's website."])
def test_a_storys_own_lines_are_no_calls_to_action(line):
    from newsbrief.normalise.phrases import in_group
    assert not in_group(line, len(line.split()), "advert")
