"""Tester stop 33 (probeB #8): a long read's table of contents ("Contents" / "1. The crossing" / "2. The money" …) is
rightly removed, but the record warned that "a table or list of numbers was removed" and that "a list inside the
article was removed". Its items come back below as the sections' own headings: removing the list loses nothing, so no
loss warning names it. A numbered list whose items are not the story's headings still warns."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.losses import LIST_WARNING, TABLE_WARNING, WHOLE_LIST_WARNING

HEAD = {
    "en": ["The Sunday Ledger", "Long Reads", "World", "Culture", "Podcasts", "Newsletter",
           "The quiet harbour: how a fishing port reinvented itself",
           "When the cod quotas were cut, a town of 4,000 lost half its boats. Twenty years on, it is busier than ever.",
           "By Helen Marsh", "Sunday 18 January 2026", "22 min read", "Contents"],
    "nl": ["Het Weekblad", "Achtergrond", "Binnenland", "Cultuur", "Podcasts", "Nieuwsbrief",
           "De stille haven: hoe een vissersdorp zichzelf opnieuw uitvond",
           "Toen de quota omlaag gingen, verloor het dorp de helft van zijn kotters. Twintig jaar later is het drukker dan ooit.",
           "Door Hanneke de Wit", "zondag 18 januari 2026", "Leestijd 22 minuten", "Inhoud"],
    "ar": ["المجلة الأسبوعية", "تحقيقات", "سياسة", "ثقافة", "بودكاست", "النشرة البريدية",
           "الميناء الهادئ: كيف أعادت بلدة صيد اختراع نفسها",
           "حين خُفّضت حصص الصيد فقدت البلدة نصف قواربها. بعد عشرين عاماً صارت أكثر حركة من أي وقت مضى.",
           "بقلم هالة منصور", "الأحد 18 يناير 2026", "مدة القراءة 22 دقيقة", "المحتويات"],
}
SECTIONS = {
    "en": [("The boats", ["In 2005 the harbour still held sixty trawlers, most of them owned by families who had fished for generations.",
                          "Within three years of the new quotas, thirty-one of them had been sold or scrapped, and the fish market closed its doors."]),
           ("The turn", ["The town council bought the empty market hall for a symbolic sum and let it to young companies at low rents.",
                         "A seaweed farm came first, then a boatyard that repairs wind-farm vessels, and a school for offshore engineers."]),
           ("The price", ["Not everyone gained. House prices near the quay have doubled, and many fishing families have moved inland.",
                          "\"We saved the harbour and lost the neighbourhood,\" said Tom Ellery, whose father skippered the last trawler."]),
           ("What is left", ["Four boats still land fish here on Fridays, and the auction bell rings once a week for tourists and cooks.",
                             "The council says it will keep one quay for fishing for as long as anyone wants to use it."])],
    "nl": [("De kotters", ["In 2005 lagen er nog zestig kotters in de haven, de meeste van families die al generaties lang visten.",
                           "Binnen drie jaar na de nieuwe quota waren er eenendertig verkocht of gesloopt, en de visafslag ging dicht."]),
           ("De omslag", ["De gemeente kocht de lege afslag voor een symbolisch bedrag en verhuurde die goedkoop aan jonge bedrijven.",
                          "Eerst kwam een zeewierkwekerij, daarna een werf die schepen voor windparken repareert en een opleiding voor offshoretechnici."]),
           ("De prijs", ["Niet iedereen won erbij. De huizenprijzen bij de kade zijn verdubbeld en veel vissersgezinnen zijn landinwaarts verhuisd.",
                         "\"We hebben de haven gered en de buurt verloren\", zegt Tom Elzinga, wiens vader schipper was op de laatste kotter."]),
           ("Wat rest", ["Op vrijdag landen hier nog vier kotters hun vis aan, en de afslagbel klinkt eens per week voor toeristen en koks.",
                         "De gemeente zegt dat één kade voor de visserij blijft zolang iemand die wil gebruiken."])],
    "ar": [("القوارب", ["في عام 2005 كان الميناء لا يزال يضم ستين قارب صيد تملكها عائلات توارثت المهنة جيلاً بعد جيل.",
                        "وخلال ثلاث سنوات من الحصص الجديدة بيع واحد وثلاثون قارباً أو فُكّك، وأغلق سوق السمك أبوابه."]),
           ("التحول", ["اشترى المجلس البلدي مبنى السوق الفارغ بمبلغ رمزي وأجّره لشركات ناشئة بإيجارات منخفضة.",
                       "جاءت أولاً مزرعة للطحالب، ثم حوض لإصلاح سفن مزارع الرياح، ومدرسة لمهندسي العمل البحري."]),
           ("الثمن", ["لم يربح الجميع. فقد تضاعفت أسعار المنازل قرب الرصيف، وانتقلت عائلات صيادين كثيرة إلى الداخل.",
                      "وقال توفيق العلي، الذي كان والده ربان آخر قارب صيد: \"أنقذنا الميناء وخسرنا الحي\"."]),
           ("ما تبقى", ["ما زالت أربعة قوارب تُفرغ صيدها هنا أيام الجمعة، ويقرع جرس المزاد مرة في الأسبوع للسياح والطهاة.",
                        "ويقول المجلس إنه سيُبقي رصيفاً واحداً للصيد ما دام هناك من يريد استخدامه."])],
}
FOOT = {"en": ["Share this article", "© 2026 The Sunday Ledger"], "nl": ["Deel dit artikel", "© 2026 Het Weekblad"],
        "ar": ["شارك المقال", "© 2026 المجلة الأسبوعية"]}
LEAD = {"en": "On a bright morning in March, the harbourmaster counted more cranes than masts along the east quay.",
        "nl": "Op een heldere ochtend in maart telde de havenmeester meer kranen dan masten langs de oostkade.",
        "ar": "في صباح مشمس من شهر مارس، أحصى مدير الميناء رافعات على الرصيف الشرقي أكثر من الصواري."}


def _long_read(lang: str, contents: list[str]) -> str:
    lines = HEAD[lang] + contents + [LEAD[lang]]
    for n, (heading, paragraphs) in enumerate(SECTIONS[lang], 1):
        lines += [f"{n}. {heading}"] + paragraphs
    return "\n".join(lines + FOOT[lang]) + "\n"


def _loss_warnings(warnings: list[str]) -> list[str]:
    return [w for w in warnings if w.startswith((TABLE_WARNING, LIST_WARNING, WHOLE_LIST_WARNING))]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_table_of_contents_is_removed_without_a_loss_warning(lang):
    contents = [f"{n}. {heading}" for n, (heading, _) in enumerate(SECTIONS[lang], 1)]
    art = normalise_text(_long_read(lang, contents))
    assert LEAD[lang] in art.text  # the story is there, from its first paragraph
    assert SECTIONS[lang][-1][1][-1] in art.text
    assert art.text.count(contents[0]) == 1  # the section heading once, the list's copy gone
    assert _loss_warnings(art.warnings) == [], art.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_contents_list_that_does_not_match_the_headings_is_no_table_of_contents(lang):
    """The guard: the same page with a list whose items are not the sections' headings gets no exemption from
    `contents_list`; the headings below must be kept lines."""
    from newsbrief.normalise.contents import contents_list
    texts = _long_read(lang, [f"{n}. Item {n * 7}" for n in range(1, 5)]).split("\n")
    start = len(HEAD[lang])
    roles = ["content"] * len(texts)
    assert not contents_list(texts, roles, range(start, start + 4))
    texts = _long_read(lang, [f"{n}. {heading}" for n, (heading, _) in enumerate(SECTIONS[lang], 1)]).split("\n")
    assert contents_list(texts, roles, range(start, start + 4))
    # the headings below must be kept lines: a list whose copies below were removed too is no table of contents
    below_removed = ["content" if not t[:1].isdigit() or k < start + 4 else "removed" for k, t in enumerate(texts)]
    assert not contents_list(texts, below_removed, range(start, start + 4))


def test_a_few_items_of_a_longer_list_are_never_cut_out_of_its_middle():
    """An FAQ's question list whose answers stand below under headings: three of its seven questions come back word
    for word. It is no table of contents (most items do not come back), and no item of it goes."""
    questions = ["1) How do I reset my password?", "2) Can I change my plan later?", "3) Do you offer refunds?",
                 "4) Is my data stored in Europe?", "5) Can I invite my team?", "6) How do I cancel?",
                 "7) Who do I contact for billing questions?"]
    answers = ["3) Do you offer refunds?", "Yes, within 30 days of the first payment, for any reason, by writing to us.",
               "4) Is my data stored in Europe?", "All accounts opened after 2024 are stored in data centres in Frankfurt.",
               "6) How do I cancel?", "Open the account page and choose the cancel button at the bottom of the page."]
    page = ["Help Centre", "Frequently asked questions",
            "Below are the questions our support team hears most often, with short answers to each of them.",
            *questions, "Most of these are answered in detail in our documentation, linked from every page of the app.",
            *answers, "© 2026 Example Software"]
    from newsbrief.normalise.contents import CONTENTS_REASON, contents_lines
    assert contents_lines(page, ["content"] * len(page)) == []
    # a list of four questions of which three come back is one (3 of 4: its last item names a section left out)
    short = page[:3] + [questions[2], questions[3], questions[5], questions[6]] + page[10:]
    assert contents_lines(short, ["content"] * len(short)) == [3, 4, 5, 6]
    art = normalise_text("\n".join(page) + "\n")
    assert not any(reason == CONTENTS_REASON for _text, _role, reason in art.line_roles), art.line_roles
