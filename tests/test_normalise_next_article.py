"""A site's "Next article" link between two short stories: the second is set aside with a warning, in en/nl/ar.

Found trying pages as a new user (stop 18): two short stories glued by a "Next article" / "Volgend artikel" /
"الخبر التالي" link line were kept as one body, silently, because the glued-article rule wanted three paragraphs
of the first story and 30 words of the second. The link line names what follows, so one paragraph suffices.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("\n".join([
        "Local", "Ferry fares to rise 8% from July", "By Hannah Cole", "June 2, 2026",
        "Ferry operator Westline said on Tuesday that fares on its island routes would rise by 8% from July 1, "
        "blaming higher fuel and crew costs.",
        "Season tickets for island residents will rise by 4%, the company said.",
        "Next story",
        "Weather",
        "Heatwave warning issued for the weekend",
        "Forecasters issued an amber heat warning on Tuesday for Saturday and Sunday, with temperatures of up to 33C "
        "expected inland.",
    ]), "Heatwave warning issued for the weekend", "Season tickets for island residents"),
    "nl": ("\n".join([
        "Binnenland", "Gemeente Utrecht verlaagt parkeertarief in de avond", "Door Joris de Wit", "2 juni 2026",
        "De gemeente Utrecht verlaagt vanaf 1 juli het parkeertarief in de binnenstad na 18.00 uur van 6,20 naar "
        "4,10 euro per uur, om horeca en theaters te steunen.",
        "Overdag blijft het tarief gelijk, meldt de gemeente.",
        "Volgend artikel",
        "Sport",
        "Wielrenster Van Dam wint proloog in Drenthe",
        "Wielrenster Sanne van Dam heeft dinsdag de proloog van de Ronde van Drenthe gewonnen, met twee seconden "
        "voorsprong op de Belgische titelverdedigster.",
    ]), "Wielrenster Van Dam wint proloog in Drenthe", "Overdag blijft het tarief gelijk"),
    "ar": ("\n".join([
        "اقتصاد", "المركزي المصري يثبت أسعار الفائدة للمرة الثالثة", "القاهرة - رويترز",
        "قرر البنك المركزي المصري، مساء الخميس، الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي، "
        "في ظل تراجع معدلات التضخم خلال الأشهر الماضية.",
        "وقال البنك في بيان إن القرار يتسق مع توقعاته لمسار التضخم.",
        "الخبر التالي",
        "رياضة",
        "الزمالك يتعاقد مع مدافع تونسي لثلاثة مواسم",
        "أعلن نادي الزمالك، الخميس، التعاقد مع المدافع التونسي لمدة ثلاثة مواسم قادمة، بعد اجتيازه الفحص الطبي بنجاح.",
    ]), "الزمالك يتعاقد مع مدافع تونسي لثلاثة مواسم", "وقال البنك في بيان"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_second_story_after_a_next_article_link_is_set_aside_with_a_warning(lang):
    page, second_headline, last_of_first = PAGES[lang]
    art = normalise_text(page)
    assert last_of_first in art.text  # the first story is whole
    assert second_headline not in art.text
    warned = [w for w in art.warnings if "second article" in w]
    assert len(warned) == 1 and second_headline[:40] in warned[0]
    assert "(1 paragraph," in warned[0]
    assert second_headline in art.removed


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_a_next_article_link_under_the_story_with_nothing_after_it_warns_nothing(lang):
    # guard: passes before and after (the link alone is page furniture, no second article)
    page, second_headline, last_of_first = PAGES[lang]
    lines = page.split("\n")
    art = normalise_text("\n".join(lines[: lines.index(next(x for x in lines if x in (
        "Next story", "Volgend artikel", "الخبر التالي"))) + 1]))
    assert last_of_first in art.text
    assert not [w for w in art.warnings if "second article" in w]
