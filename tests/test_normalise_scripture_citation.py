"""A quoted verse that ends in its citation is the story's, not an image caption (stop 35, probeA finding 2).

The caption list takes a line that ends in a bracketed credit for a photo's caption ("… [SpaceX via Nasa]"), and the
classifier removes such a short line even inside the body. A Quran verse quoted in a story about Ramadan or the
sacred months ends in its sura and verse ("… [التوبة: 36]", "(البقرة: 255)"), a sermon's Bible verse in its book,
chapter and verse ("[Genesis 1:1]", "(Johannes 3:16)"): a citation of a text, not a photographer or an agency. Every
page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines

PAGES = {
    "ar": dict(
        title="الأوقاف تدعو إلى تحري هلال شهر رجب مساء الخميس",
        lead="دعت وزارة الأوقاف والشؤون الإسلامية المواطنين إلى تحري هلال شهر رجب مساء الخميس، وقالت في بلاغ إن "
             "المندوبيات الجهوية ستتلقى الشهادات حتى الساعة التاسعة ليلا.",
        verses=["قال تعالى: (إِنَّ عِدَّةَ الشُّهُورِ عِندَ اللَّهِ اثْنَا عَشَرَ شَهْرًا) [التوبة: 36]",
                "وقال تعالى: (اللَّهُ لَا إِلَٰهَ إِلَّا هُوَ الْحَيُّ الْقَيُّومُ) [البقرة: 255]"],
        closing="وذكّرت الوزارة بأن شهر رجب من الأشهر الحرم، وبأن بلاغا ثانيا سيصدر بعد انتهاء عملية التحري لإعلان "
                "بداية الشهر رسميا في كل جهات المملكة.",
        caption="الوزير خلال افتتاح الدورة العلمية في الرباط [هسبريس]",
    ),
    "en": dict(
        title="Cathedral opens its doors for a week of Advent readings",
        lead="The cathedral will hold an evening of readings every night this week, the dean said on Sunday, with "
             "choirs from six parishes and a collection for the city's food bank.",
        verses=["The first evening opens with the words \"In the beginning God created the heaven and the earth\" "
                "[Genesis 1:1]",
                "The dean chose \"The light shineth in darkness; and the darkness comprehended it not\" [John 1:5]"],
        closing="Entry is free and the readings start at seven each evening. The dean said last year's collection "
                "filled the food bank's shelves until February.",
        caption="The choir rehearses in the nave on Saturday [Tom Reid via Diocese]",
    ),
    "nl": dict(
        title="Domkerk houdt een week lang adventslezingen",
        lead="De Domkerk in Utrecht houdt deze week elke avond een lezing met koren uit zes parochies, maakte de "
             "predikant zondag bekend. De opbrengst van de collecte gaat naar de voedselbank.",
        verses=["De eerste avond begint met \"In het begin schiep God de hemel en de aarde\" [Genesis 1:1]",
                "De predikant koos \"Want God had de wereld zo lief dat Hij zijn enige Zoon gaf\" (Johannes 3:16)"],
        closing="De toegang is gratis en de lezingen beginnen elke avond om zeven uur. Vorig jaar vulde de collecte "
                "de schappen van de voedselbank tot in februari.",
        caption="Het koor repeteert zaterdag in het schip van de kerk [Jan de Vries via Domkerk]",
    ),
}

MENU = ["Home", "Nieuws", "Regio"]
FOOTER = ["Facebook", "WhatsApp", "© 2026 Voorbeeld Media"]


@pytest.mark.parametrize("lang", ["ar", "en", "nl"])
def test_a_verse_with_its_citation_in_the_body_is_kept(lang):
    p = PAGES[lang]
    text = normalise_text("\n".join(MENU + [p["title"], p["lead"]] + p["verses"] + [p["closing"]] + FOOTER)).text
    for verse in p["verses"]:
        assert verse in text, verse


@pytest.mark.parametrize("lang", ["ar", "en", "nl"])
def test_a_citation_is_no_caption_while_a_bracketed_credit_is_one(lang):
    p = PAGES[lang]
    feats = line_features(split_lines("\n".join(p["verses"] + [p["caption"]])))
    assert [f.has("caption") for f in feats] == [False, False, True]
