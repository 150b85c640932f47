"""A reader-comment thread whose stamps open with the comment's number, as dragnet's blogs showed it (branch drag5), in
nl/ar/en.

"1 Angie @ Big Bears Wife November 5, 2012 at 7:36 am" opens with a digit, and digit-first lines were left out of the
stamp chains (a live blog's "10:32 GMT"), so the thread stayed a soft "comment section" at best, which an open page
mode hands back to the model. A digit-first stamp that also states a date chains now (with a comment signal near it),
and the thread is boilerplate in every page mode. Each user-level case fails on the code before; the guard (labelled)
passes on both.
"""

from __future__ import annotations

import json

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.learned import packaged_model
from tests.cli_articles import write
from tests.fixtures_cli import invoke
from tests.test_normalise_learned import _layer_preferring

STAMPED = {
    "en": dict(
        chrome=["Home", "Recipes", "About", "Contact"],
        headline="Pumpkin and flax seed treats for a hungry dog",
        byline="By Diane Cu",
        story=["We baked these treats on a rainy Sunday, and the dogs sat by the oven door for the whole forty "
               "minutes, waiting for the first tray to come out.",
               "The dough needs only pumpkin, flax seed, oats and an egg, and it keeps for two weeks in a jar on "
               "the kitchen shelf."],
        head=["{ 4 comments… read them below or add one }"],
        stamps=["1 Angie @ Big Bears Wife November 5, 2012 at 7:36 am",
                "2 Nate @ House of Annie November 5, 2012 at 10:55 pm",
                "3 Averie Cooks November 6, 2012 at 11:45 am",
                "4 Joanne @ Fifteen Spatulas November 7, 2012 at 5:30 am"],
        comments=["My two dogs would go crazy for these, and I love that there is nothing in them that I cannot "
                  "pronounce, so I will bake a batch this weekend.",
                  "We made them last night and the puppy ate three before we could stop her, which I think means "
                  "they are a success in our house too.",
                  "What a lovely idea for the holidays, I am going to wrap some up in little bags for the neighbours "
                  "and their dogs this year.",
                  "Pinning this right now, and thank you for the tip about keeping them in a jar, mine always went "
                  "soft within a few days before."],
        reply="Reply"),
    "nl": dict(
        chrome=["Home", "Recepten", "Over ons", "Contact"],
        headline="Hondenkoekjes met pompoen en lijnzaad",
        byline="Door Lotte Visser",
        story=["We bakten deze koekjes op een regenachtige zondag, en de honden zaten het hele uur voor de oven te "
               "wachten tot de eerste plaat eruit kwam.",
               "Het deeg bestaat alleen uit pompoen, lijnzaad, havermout en een ei, en de koekjes blijven twee weken "
               "goed in een pot op de plank."],
        head=["4 reacties"],
        stamps=["1 Karin 5 november 2012 om 19:36", "2 Piet van Dam 5 november 2012 om 22:55",
                "3 Marijke 6 november 2012 om 11:45", "4 Ahmed B. 7 november 2012 om 05:30"],
        comments=["Mijn twee honden zouden hier gek op zijn, en er zit niets in dat ik niet kan uitspreken, dus ik "
                  "bak dit weekend meteen een hele plaat.",
                  "Wij hebben ze gisteravond gemaakt en de pup at er drie op voordat we haar konden tegenhouden, dus "
                  "ze zijn bij ons ook een succes.",
                  "Wat een leuk idee voor de feestdagen, ik ga ze in kleine zakjes verpakken voor de buren en hun "
                  "honden dit jaar.",
                  "Bedankt voor de tip over de pot, want bij mij werden ze altijd binnen een paar dagen zacht en "
                  "dat is nu eindelijk opgelost."],
        reply="Beantwoorden"),
    "ar": dict(
        chrome=["الرئيسية", "وصفات", "من نحن", "اتصل بنا"],
        headline="بسكويت اليقطين وبذور الكتان للكلاب",
        byline="بقلم سامي يوسف",
        story=["خبزنا هذا البسكويت في يوم أحد ممطر وجلست الكلاب أمام باب الفرن طوال الوقت تنتظر خروج الصينية "
               "الأولى من الفرن.",
               "لا تحتاج العجينة إلا إلى اليقطين وبذور الكتان والشوفان وبيضة واحدة ويبقى البسكويت طازجا أسبوعين "
               "في وعاء على الرف."],
        head=["تعليقات (4)"],
        stamps=["1 أحمد العلي 5 نوفمبر 2012 الساعة 19:36", "2 سارة 5 نوفمبر 2012 الساعة 22:55",
                "3 محمود حسن 6 نوفمبر 2012 الساعة 11:45", "4 ليلى 7 نوفمبر 2012 الساعة 05:30"],
        comments=["سيحب كلباي هذا البسكويت كثيرا ولا يوجد فيه أي شيء لا أعرفه لذلك سأخبز كمية منه في نهاية هذا "
                  "الأسبوع بكل تأكيد.",
                  "صنعناه الليلة الماضية وأكل الجرو ثلاث قطع قبل أن نوقفه وهذا يعني أنه نجح في بيتنا أيضا كما نجح "
                  "في بيتكم.",
                  "فكرة جميلة للأعياد وسأضعه في أكياس صغيرة وأهديه للجيران ولكلابهم هذا العام إن شاء الله تعالى.",
                  "شكرا على نصيحة الوعاء لأن البسكويت كان يلين عندي دائما بعد أيام قليلة وقد حلت المشكلة الآن "
                  "أخيرا."],
        reply="رد"),
}


def _stamped_page(case: dict) -> list[str]:
    thread = [line for stamp, text in zip(case["stamps"], case["comments"]) for line in (stamp, text, case["reply"])]
    footer = ["Share", "Tweet", "Email", "Print", "Privacy", "Contact"]
    return case["chrome"] + [case["headline"], case["byline"]] + case["story"] + case["head"] + thread + footer


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_cli_comments_under_numbered_stamps_are_cut(tmp_path, lang):
    case = STAMPED[lang]
    write(tmp_path, f"{lang}.txt", "\n".join(_stamped_page(case)) + "\n")
    result = invoke("normalise", str(tmp_path / f"{lang}.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == case["headline"]
    assert all(paragraph in record["text"].split("\n\n") for paragraph in case["story"])
    assert not any(comment in record["text"] for comment in case["comments"])
    assert all(comment in record["removed"] for comment in case["comments"])
    assert any("reader comments" in w for w in record["warnings"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_no_page_mode_keeps_comments_under_numbered_stamps(lang):
    # before: the thread was at best a soft "comment section", which an open mode hands back to the model
    case = STAMPED[lang]
    for mode in range(len(packaged_model()["page"]["modes"])):
        article = normalise_text("\n".join(_stamped_page(case)),
                                 model={**packaged_model(), "page": _layer_preferring(mode)})
        assert all(paragraph in article.paragraphs for paragraph in case["story"]), mode
        assert not any(comment in article.paragraphs for comment in case["comments"]), mode


LIVE = ["Election night as it happened", "By Anna Brooks",
        "10:32 GMT", "Polls have closed in the eastern states and the first results are expected within the hour.",
        "10:47 GMT", "The first county has reported, and turnout there is up by a tenth on the last election.",
        "11:05 GMT", "Both campaigns say they are confident, but neither has sent its candidate on stage yet.",
        "11:20 GMT", "A recount has been requested in one district, where the margin is under a hundred votes.",
        "Comments (12)"]


def test_guard_a_live_blogs_entry_times_are_no_comment_stamps():
    # guard (passes before and after): digit-first times with no date are a live blog's entries, kept
    article = normalise_text("\n".join(LIVE))
    for line in LIVE[3:11:2]:  # each under its time ("10:32 GMT – Polls have closed …": entrytimes.py)
        assert any(p == line or p.endswith(f" – {line}") for p in article.paragraphs)
