"""Comments stamped with a name and a date alone, each with a title line and a vote counter around a two-paragraph
comment ("Comments (3)" / "Energy efficiency" / "written by Tony Hamilton," / "October 24, 2012" / two paragraphs /
"+0" / next title / …): the next name-and-date pair stands six lines after the last, one more than DATED_GAP allowed,
so the counter did not end the story and the model kept comments as story. DATED_GAP is now 7 (a comment of two
paragraphs with its title and its vote line); a blog front page's posts (a headline, a date, several paragraphs)
still stand further apart, and the heading right under a date stays a post's footer (guards elsewhere:
test_normalise_tester7_*).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "en": ["Fuel made from air and water",
           "A small company in the north of England has begun producing petrol directly from air and water.",
           "It captures carbon dioxide from the air and combines it with hydrogen split from water by electrolysis.",
           "The process uses renewable electricity, so the fuel adds no new carbon to the atmosphere when it burns.",
           "The company hopes to build a plant that makes a tonne of fuel a day within two years.",
           "Comments (3)"],
    "nl": ["Brandstof uit lucht en water",
           "Een klein bedrijf in het noorden van Engeland maakt benzine rechtstreeks uit lucht en water.",
           "Het vangt koolstofdioxide uit de lucht en combineert die met waterstof die met elektrolyse uit water komt.",
           "Het proces gebruikt groene stroom, zodat de brandstof geen nieuwe koolstof toevoegt als hij verbrandt.",
           "Het bedrijf hoopt binnen twee jaar een fabriek te bouwen die een ton brandstof per dag maakt.",
           "Reacties (3)"],
    "ar": ["وقود من الهواء والماء",
           "بدأت شركة صغيرة في شمال إنجلترا إنتاج البنزين مباشرة من الهواء والماء.",
           "تلتقط الشركة ثاني أكسيد الكربون من الهواء وتمزجه بالهيدروجين المستخرج من الماء بالتحليل الكهربائي.",
           "تستخدم العملية كهرباء متجددة، فلا يضيف الوقود كربونا جديدا إلى الجو عند احتراقه.",
           "وتأمل الشركة بناء مصنع ينتج طنا من الوقود يوميا خلال عامين.",
           "التعليقات (3)"],
}
COMMENTS = {
    "en": [("Energy efficiency", "written by Tony Hamilton,", "October 24, 2012",
            "The major problem is the energy efficiency of the process and how many kilowatts it needs per litre.",
            "It is all very well saying the power will be renewable, but that power could go to the grid instead."),
           ("Tech", "written by Belfor Minneapolis,", "October 25, 2012",
            "Is it just me or is anyone else impressed by how fast this kind of technology moves along these days?",
            "I think it is amazing that they have found a way to do this at all, whatever it costs for now."),
           ("This is not going to work", "written by lynn,", "October 25, 2012",
            "There is far too much energy needed for this to be anything but an academic curiosity piece.",
            "The process does not scale, and no amount of renewable power will change the arithmetic here.")],
    "nl": [("Energierendement", "geschreven door Tonny Hamers,", "24 oktober 2012",
            "Het grote probleem is het rendement van het proces en hoeveel kilowattuur het per liter kost.",
            "Leuk dat de stroom groen is, maar die stroom kan ook gewoon het net op in plaats van in de tank."),
           ("Techniek", "geschreven door Bart Mulder,", "25 oktober 2012",
            "Ben ik de enige die onder de indruk is van hoe snel dit soort technologie tegenwoordig gaat?",
            "Ik vind het geweldig dat ze het überhaupt voor elkaar krijgen, wat het nu ook nog kost."),
           ("Dit gaat niet werken", "geschreven door Lien,", "25 oktober 2012",
            "Er is veel te veel energie voor nodig om dit meer dan een academisch curiosum te laten zijn.",
            "Het proces schaalt niet op, en geen enkele hoeveelheid groene stroom verandert die rekensom.")],
    "ar": [("كفاءة الطاقة", "كتبه طارق حمدان،", "24 أكتوبر 2012",
            "المشكلة الكبرى هي كفاءة العملية وكم كيلوواط ساعة تحتاج لكل لتر من الوقود.",
            "جميل أن تكون الكهرباء متجددة، لكن هذه الكهرباء يمكن أن تذهب إلى الشبكة مباشرة."),
           ("تقنية", "كتبه باسل منصور،", "25 أكتوبر 2012",
            "هل أنا الوحيد المعجب بسرعة تقدم هذا النوع من التقنيات في أيامنا هذه؟",
            "أرى أنه أمر مدهش أنهم وجدوا طريقة لفعل ذلك أصلا، مهما كانت كلفته الآن."),
           ("لن ينجح هذا", "كتبته لينا،", "25 أكتوبر 2012",
            "تحتاج هذه العملية إلى طاقة أكثر بكثير من أن تكون شيئا غير فضول أكاديمي.",
            "العملية لا تتوسع، ولن تغير أي كمية من الكهرباء المتجددة هذه الحسابات.")],
}


def _page(lang: str) -> str:
    lines = ["Eco Tech Daily", "Home | Energy | Transport"] + STORY[lang]
    for title, name, date, one, two in COMMENTS[lang]:
        lines += [title, name, date, one, two, "+0"]
    return "\n".join(lines + ["Copyright 2012"]) + "\n"


@pytest.mark.parametrize("lang", sorted(STORY))
def test_spaced_dated_comments_end_the_story(lang):
    for kwargs in ({"model": False}, {}):
        text = normalise_text(_page(lang), **kwargs).text
        assert STORY[lang][4] in text
        for comment in COMMENTS[lang]:
            assert comment[3] not in text and comment[4] not in text
