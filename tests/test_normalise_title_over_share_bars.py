"""The headline over a long run of share buttons: the lines the title is looked for in are counted without the
site's furniture (classify._title_window; cleaneval: fourteen pages of one news blog print their share bar four times,
24 lines, between the headline and the byline, and got no title). Every page here is written for the tests; the
three pages fail on the code before the fix, the guard passes on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

BAR_EN = ["facebook", "twitter", "Email", "Print", "smaller", "Larger"]
BAR_NL = ["Facebook", "Twitter", "E-mail", "Afdrukken", "Delen", "WhatsApp"]
BAR_AR = ["فيسبوك", "تويتر", "البريد الإلكتروني", "طباعة", "شارك", "واتساب"]


def page(menu: list[str], headline: str, bar: list[str], byline: str, story: list[str]) -> str:
    return "\n".join([*menu, headline, *(bar * 4), byline, *story]) + "\n"


EN = page(["Home", "World", "Business", "Markets", "Opinion", "Brussels Blog",
           "Commentary from our bureau in Brussels on the European Union's institutions"],
          "Commission Backs Limits on Fishing Quotas", BAR_EN, "By Tom Reyes",
          ["The European Commission said on Tuesday that it would propose lower fishing quotas for cod and haddock in the North Sea next year.",
           "Fishing ministers will discuss the proposal in December, and several coastal states have already said the cuts go too far.",
           "The commission's scientists say the cod stock has shrunk by a third in five years and will not recover without lower quotas."])

NL = page(["Home", "Wereld", "Economie", "Markten", "Opinie", "Brussel Blog",
           "Commentaar van onze correspondenten in Brussel over de instellingen van de Europese Unie"],
          "Commissie wil lagere vangstquota voor kabeljauw", BAR_NL, "Door Eva de Vries",
          ["De Europese Commissie heeft dinsdag gezegd dat ze volgend jaar lagere vangstquota voor kabeljauw en schelvis in de Noordzee voorstelt.",
           "De visserijministers bespreken het voorstel in december, en verschillende kuststaten vinden de verlaging nu al te groot.",
           "Volgens de wetenschappers van de commissie is het kabeljauwbestand in vijf jaar met een derde gekrompen."])

AR = page(["الرئيسية", "العالم", "اقتصاد", "أسواق", "رأي", "مدونة بروكسل",
           "تعليقات مراسلينا في بروكسل على مؤسسات الاتحاد الأوروبي"],
          "المفوضية تقترح خفض حصص صيد سمك القد", BAR_AR, "بقلم سامي يوسف",
          ["قالت المفوضية الأوروبية يوم الثلاثاء إنها ستقترح خفض حصص صيد سمك القد والحدوق في بحر الشمال العام المقبل.",
           "سيناقش وزراء الصيد الاقتراح في ديسمبر، وقالت عدة دول ساحلية إن الخفض كبير أكثر من اللازم.",
           "ويقول علماء المفوضية إن مخزون سمك القد تقلص بمقدار الثلث في خمس سنوات."])

CASES = {
    "en": (EN, "Commission Backs Limits on Fishing Quotas", "The European Commission said on Tuesday"),
    "nl": (NL, "Commissie wil lagere vangstquota voor kabeljauw", "De Europese Commissie heeft dinsdag"),
    "ar": (AR, "المفوضية تقترح خفض حصص صيد سمك القد", "قالت المفوضية الأوروبية يوم الثلاثاء"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_headline_over_four_share_bars_is_the_title(case):
    text, headline, opening = CASES[case]
    article = normalise_text(text)
    assert article.title == headline
    assert opening in article.text


def test_furniture_does_not_stretch_the_window_past_its_reach():
    # guard: a headline-shaped line 80 furniture lines above the story is beyond TITLE_REACH; the line over the
    # story's byline is the headline
    text = "\n".join(["Old Harbour Reopens To Fishing Boats", *(BAR_EN * 14), "Quota cuts proposed for North Sea cod",
                      "By Tom Reyes", *CASES["en"][0].split("\n")[-4:-1]]) + "\n"
    assert normalise_text(text).title == "Quota cuts proposed for North Sea cod"
