"""A pull quote set apart two or three times down a long read, in en/nl/ar: every lone copy goes, not only the one
beside the paragraph that quotes it.

Found by a new user (stop 32, probeC 9): the copy right under the quoting paragraph went as a pull quote, but the third
copy, several paragraphs further down, stayed (pullquotes.py looked for the quoting paragraph within NEAR_LINES lines
of each copy). Once a line is a pull quote, its copies are too. Guard: two identical lines that quote nothing the story
says (no pull quote among them) both stay, as before.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.pullquotes import NEAR_LINES, PULL_QUOTE_REASON, pull_quotes

PAGES = {
    "en": dict(
        head=["Home", "Features", "Why the night buses stopped running in Harlow Vale", "By Tomasz Reilly",
              "4 December 2026"],
        quote="\u201cWe were the only way home for nurses on the late shift.\u201d",
        quoting="Dennis Ogle drove the N14 for eleven years. \"We were the only way home for nurses on the late "
                "shift,\" he says, standing by the locked depot gate.",
        story=["The county council cut the last three night routes in October, saying each journey cost it more than "
               "forty pounds in subsidy.",
               "Ridership had fallen by a third since 2019, according to figures the operator gave the transport "
               "committee in the spring.",
               "Hospital managers say at least sixty staff now rely on taxis, lifts from colleagues or a two-hour walk "
               "after their shifts end.",
               "The council has promised to review the decision next year if a new operator can be found.",
               "A petition to restore the N14 has gathered more than four thousand signatures."]),
    "nl": dict(
        head=["Home", "Regio", "Waarom de nachtbus in Zuidwolde niet meer rijdt", "Door Sanne Bakker",
              "4 december 2026"],
        quote="\u201eWe waren de enige manier om thuis te komen na de late dienst.\u201d",
        quoting="Hennie Post reed elf jaar lang op lijn 514. \"We waren de enige manier om thuis te komen na de late "
                "dienst\", zegt hij bij het gesloten hek van de stalling.",
        story=["De provincie schrapte in oktober de laatste drie nachtlijnen, omdat elke rit meer dan veertig euro "
               "subsidie kostte.",
               "Het aantal reizigers was sinds 2019 met een derde gedaald, blijkt uit cijfers die de vervoerder in het "
               "voorjaar aan de commissie gaf.",
               "Volgens het ziekenhuis zijn zeker zestig medewerkers nu aangewezen op taxi's, collega's of een "
               "wandeling van twee uur na hun dienst.",
               "De provincie belooft het besluit volgend jaar te herzien als een nieuwe vervoerder wordt gevonden.",
               "Een petitie voor het herstel van lijn 514 is door ruim vierduizend mensen getekend."]),
    "ar": dict(
        head=["الرئيسية", "محليات", "لماذا توقفت حافلات الليل في وادي الزيتون", "بقلم رامي الخطيب", "4 ديسمبر 2026"],
        quote="«كنا الطريق الوحيد إلى البيت لممرضات المناوبة الليلية.»",
        quoting="قاد سليم عودة حافلة الخط 14 أحد عشر عاماً. ويقول عند بوابة المرآب المغلقة: \"كنا الطريق الوحيد إلى "
                "البيت لممرضات المناوبة الليلية\".",
        story=["ألغت البلدية في أكتوبر آخر ثلاثة خطوط ليلية، قائلة إن كل رحلة كانت تكلفها أكثر من أربعين ديناراً من "
               "الدعم.",
               "وتراجع عدد الركاب بمقدار الثلث منذ عام 2019، بحسب أرقام قدمتها الشركة المشغلة إلى لجنة النقل في الربيع.",
               "ويقول مديرو المستشفى إن ستين موظفاً على الأقل يعتمدون الآن على سيارات الأجرة أو على زملائهم أو على "
               "المشي ساعتين بعد انتهاء مناوباتهم.",
               "ووعدت البلدية بمراجعة القرار العام المقبل إذا وجدت شركة تشغيل جديدة.",
               "وجمعت عريضة تطالب بإعادة الخط 14 أكثر من أربعة آلاف توقيع."]),
}


def _story(case: dict) -> list[str]:
    """The quoting paragraph with a copy of its quote right under it, a second copy far down, a third near the end."""
    first, second, third, fourth, fifth = case["story"]
    return [first, case["quoting"], case["quote"], second, third, fourth, case["quote"], fifth, case["quote"]]


def _page(case: dict, story: list[str]) -> str:
    return "\n\n".join(case["head"] + story + ["Share this article", "© 2026 Example Media"])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_every_copy_of_a_pull_quote_goes(lang):
    case = PAGES[lang]
    story = _story(case)
    assert max(k for k, line in enumerate(story) if line == case["quote"]) - 1 > NEAR_LINES  # a copy stands far off
    art = normalise_text(_page(case, story))
    assert case["quote"] not in art.paragraphs, (lang, art.paragraphs)
    assert [r for t, _role, r in art.line_roles if t == case["quote"]] == [PULL_QUOTE_REASON] * 3
    assert case["quoting"] in art.paragraphs
    assert case["story"][-1] in art.paragraphs


def test_copies_of_a_line_that_is_no_pull_quote_stay():
    """Two identical quoted lines with no paragraph quoting them: neither is a pull quote, so no copy goes."""
    case = PAGES["en"]
    lines = [case["story"][0], case["quote"], case["story"][1], case["story"][2], case["story"][3],
             case["story"][4], case["quote"]]
    assert pull_quotes(lines, [True] * len(lines)) == set()


def test_a_copy_the_model_dropped_is_not_read_again():
    """Only kept lines are pull quotes: a copy already removed stays out of the answer, a kept far copy is in it."""
    case = PAGES["nl"]
    lines = _story(case)
    kept = [True] * len(lines)
    kept[6] = False
    assert pull_quotes(lines, kept) == {2, 8}
