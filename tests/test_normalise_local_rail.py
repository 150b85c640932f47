"""Tester stop 33 (probeB #6): a wire story on a local site carries the site's own rail between its paragraphs
("Local Headlines" over three local stories). As "Related Stories" it went with its headings; under "Local
Headlines" it stayed in the text. The rail's names are related-box headings now (en/nl/ar), and the story under the
rail is the story again."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": (["Valley Gazette", "News", "Sports", "Obituaries", "Weather",
            "Storms knock out power to 200,000 across three states", "By Mark Ellison, Associated Press",
            "Published 6:12 a.m. ET Feb. 11, 2026",
            "A line of severe thunderstorms swept across Ohio, Kentucky and West Virginia overnight, knocking out power to more than 200,000 homes and businesses, utilities said Wednesday.",
            "The National Weather Service confirmed at least two tornadoes touched down in southern Ohio. No deaths were reported, but six people were treated for injuries.",
            "Local Headlines",
            "Valley school board delays vote on new bus contract",
            "Fire crews called to barn blaze on Route 9 near Millbrook",
            "Library extends weekend hours through the spring term"],
           ["Crews from five states were on their way to help restore power, which could take until the weekend in the hardest-hit counties.",
            "Schools in 14 districts were closed on Wednesday, and officials urged drivers to stay off rural roads."],
           ["© 2026 Valley Gazette"]),
    "nl": (["Dagblad van het Noorden", "Nieuws", "Sport", "Regio", "Weer",
            "Storm zorgt voor stroomstoring bij 200.000 huishoudens", "Door onze redactie",
            "11 februari 2026, 06:12",
            "Een zware onweersbui heeft vannacht in het oosten van het land bij meer dan 200.000 huishoudens en bedrijven de stroom doen uitvallen, meldt netbeheerder Enexis.",
            "Het KNMI bevestigt dat bij Hardenberg een windhoos is waargenomen. Er vielen geen doden, zes mensen raakten gewond door rondvliegend puin.",
            "Meer nieuws uit de regio",
            "Gemeenteraad stelt besluit over nieuwe busconcessie uit",
            "Brandweer rukt uit voor schuurbrand aan de Dorpsstraat",
            "Bibliotheek langer open in het weekend"],
           ["Monteurs uit het hele land zijn onderweg om te helpen; in de zwaarst getroffen gemeenten kan het herstel tot het weekend duren.",
            "Veertien scholen bleven woensdag dicht en de politie raadt automobilisten aan buitenwegen te mijden."],
           ["© 2026 Dagblad van het Noorden"]),
    "ar": (["صحيفة الوادي", "أخبار", "رياضة", "اقتصاد", "الطقس",
            "عواصف تقطع الكهرباء عن 200 ألف منزل في ثلاث محافظات", "بقلم سامي الحداد",
            "11 فبراير 2026",
            "اجتاحت عواصف رعدية شديدة ثلاث محافظات ليلة أمس، ما أدى إلى انقطاع الكهرباء عن أكثر من 200 ألف منزل ومنشأة، بحسب شركة الكهرباء.",
            "وأكدت هيئة الأرصاد أن إعصارين صغيرين ضربا المنطقة الجنوبية، ولم تُسجل وفيات، لكن ستة أشخاص أصيبوا بجروح طفيفة.",
            "المزيد من الأخبار المحلية",
            "المجلس البلدي يؤجل التصويت على عقد الحافلات الجديد",
            "فرق الإطفاء تخمد حريقاً في مزرعة شمال المدينة",
            "المكتبة العامة تمدد ساعات العمل في عطلة نهاية الأسبوع"],
           ["وتعمل فرق من محافظات مجاورة على إعادة التيار، وقد يستغرق ذلك حتى نهاية الأسبوع في المناطق الأشد تضرراً.",
            "وأُغلقت المدارس في أربع عشرة مديرية يوم الأربعاء، ودعت السلطات السائقين إلى تجنب الطرق الريفية."],
           ["© 2026 صحيفة الوادي"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_local_rail_mid_story_goes_and_the_story_under_it_stays(lang):
    top, rest, foot = PAGES[lang]
    art = normalise_text("\n".join(top + rest + foot) + "\n")
    heading, rail = top[10], top[11:]
    assert heading not in art.text and not any(item in art.text for item in rail), art.text
    assert top[8] in art.text and all(p in art.text for p in rest), art.text
