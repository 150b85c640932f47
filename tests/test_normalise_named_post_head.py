"""A post's own head named by its comment section ("One Response to “Paris Meetup and Upcoming Bootcamp”"): the text
the rules put in the body above that head is the blog's (its tagline, a welcome), not the story (posthead.post_head's
`named`, comments.named_post_head). Dragnet folds 0-1 kept a blog's "Over 850 articles devoted to one idea …" above
an undated post head on five pages of one blog, and a "Welcome to <blog>! If you're new here …" on another; the l3s
corpus has the same shape ("High-quality English language reporting …" above "Bush expedites … — Why?"). On every
page of the corpora whose comment heading names a line, no line of ten words or more above that line is in the gold.
Every page here is written for the tests; each case fails on the code before the fix unless it says it is a guard:

* a blog's name, its tagline, the post's head with no date or byline, the post, a comment heading that names the post
  (counted: "2 Responses to “…”"; or not: "Reply to “…”") and the comments (en, nl, ar);
* guards: a news story whose subheading a comment heading happens to quote keeps its lead paragraphs (the named line
  is more than a few lines under them); a page whose comment heading names no line keeps its text (en, nl, ar); the
  heading test is linear in the line's length.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.comments import PageLines, named_post_head
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines

BLOG = {
    "en": ("Sam Reyes Learns", "Get More from Life",
           "Over 900 articles devoted to one idea: how to learn more with less effort, whether that involves reading "
           "faster, remembering more or building better habits.",
           "Paris Meetup and Upcoming Workshop",
           ["I am holding a meet-up in Paris next week, probably on a weekday evening in a cafe near the river, and "
            "everyone who reads this blog is welcome to come along.",
            "I have done a few of these before, in Berlin and in Lisbon, and they are always a good way to meet the "
            "people who write to me with questions about learning.",
            "I am also reopening my learning workshop for the first time in a year, for four weeks from the start of "
            "next month, with a small group and a lot of practice."],
           "2 Responses to “Paris Meetup and Upcoming Workshop”", "Reply to “Paris Meetup and Upcoming Workshop”",
           ["Marie says:", "October 10, 2012 at 9:14 pm",
            "I would love to come to the meet-up, please tell us the date as soon as you know it.",
            "Tom says:", "October 11, 2012 at 8:02 am",
            "Will the workshop be recorded for those of us who cannot follow it live this time?"]),
    "nl": ("Sanne Leert", "Haal meer uit je leven",
           "Meer dan 900 artikelen over één idee: hoe je meer leert met minder moeite, of dat nu gaat om sneller "
           "lezen, beter onthouden of betere gewoonten opbouwen.",
           "Bijeenkomst in Gent en een nieuwe workshop",
           ["Volgende week houd ik een bijeenkomst in Gent, waarschijnlijk op een doordeweekse avond in een café aan "
            "het water, en iedereen die deze blog leest is welkom.",
            "Ik heb er al een paar gehouden, in Utrecht en in Antwerpen, en het is altijd een goede manier om de "
            "mensen te ontmoeten die mij vragen over leren sturen.",
            "Ook open ik mijn leerworkshop voor het eerst in een jaar, vier weken lang vanaf het begin van volgende "
            "maand, met een kleine groep en veel oefening."],
           "2 reacties op “Bijeenkomst in Gent en een nieuwe workshop”",
           "Reageer op “Bijeenkomst in Gent en een nieuwe workshop”",
           ["Marieke schreef:", "10 oktober 2012 om 21:14",
            "Ik kom graag naar de bijeenkomst, laat je de datum weten zodra je die hebt?",
            "Tom schreef:", "11 oktober 2012 om 08:02",
            "Wordt de workshop opgenomen voor wie hem deze keer niet live kan volgen?"]),
    "ar": ("مدونة سامي للتعلم", "احصل على المزيد من حياتك",
           "أكثر من تسعمئة مقال عن فكرة واحدة: كيف تتعلم أكثر بجهد أقل، سواء تعلق الأمر بالقراءة الأسرع أو التذكر "
           "الأفضل أو بناء عادات أحسن.",
           "لقاء في عمان وورشة عمل قادمة",
           ["سأعقد لقاء في عمان الأسبوع المقبل، على الأرجح في مساء أحد أيام الأسبوع في مقهى قرب وسط البلد، وكل من يقرأ "
            "هذه المدونة مدعو للحضور.",
            "عقدت بعض هذه اللقاءات من قبل في بيروت وتونس، وهي دائما فرصة جيدة للتعرف إلى من يراسلونني بأسئلتهم عن "
            "التعلم.",
            "وسأعيد فتح ورشة التعلم للمرة الأولى منذ عام، لمدة أربعة أسابيع من بداية الشهر المقبل، مع مجموعة صغيرة "
            "وتمارين كثيرة."],
           "تعليقان على «لقاء في عمان وورشة عمل قادمة»", "رد على «لقاء في عمان وورشة عمل قادمة»",
           ["مريم كتبت:", "10 أكتوبر 2012 الساعة 9:14 م",
            "أود حضور اللقاء، أرجو أن تخبرنا بالموعد حين تعرفه.",
            "طارق كتب:", "11 أكتوبر 2012 الساعة 8:02 ص",
            "هل ستسجل الورشة لمن لا يستطيع متابعتها مباشرة هذه المرة؟"]),
}


def _blog(lang: str, counted: bool) -> tuple[str, str, list[str]]:
    name, tagline_head, tagline, head, post, counted_heading, reply_heading, comments = BLOG[lang]
    heading = counted_heading if counted else reply_heading
    lines = [name, tagline_head, tagline, head] + post + (["Share this:", "Facebook", "Twitter", heading]
                                                          + comments if counted else ["Share this:", heading,
                                                                                       "Name (required)", "Website"])
    return "\n".join(lines) + "\n", tagline, post


@pytest.mark.parametrize("lang", sorted(BLOG))
@pytest.mark.parametrize("counted", [True, False])
@pytest.mark.parametrize("model", [False, None])
def test_a_blogs_tagline_above_the_post_its_comments_name_is_not_the_story(lang, counted, model):
    page, tagline, post = _blog(lang, counted)
    article = normalise_text(page, model=model)
    assert tagline not in article.text
    assert all(p in article.text for p in post)


def test_the_named_head_is_the_first_line_with_the_quoted_title():
    page, _, _ = _blog("en", True)
    lines = split_lines(page)
    head = named_post_head(lines, line_features(lines), PageLines(lines))
    assert head is not None and lines[head].text == "Paris Meetup and Upcoming Workshop"


STORY = {
    "en": ("City council approves the new harbour plan", "By Anna Berg",
           ["The city council on Tuesday approved a plan to rebuild the old harbour, ending a dispute that has lasted "
            "almost ten years and split the governing coalition.",
            "The plan moves the ferry terminal to the eastern quay and turns the western docks into a park with "
            "housing for about two thousand people, the council said.",
            "Opponents said the cost of moving the terminal had been underestimated and that the housing would be "
            "too expensive for the families who work in the port."],
           "What happens next",
           ["Construction of the new terminal is to start in the spring, and the first homes should be ready in "
            "four years if the national government approves the loan.",
            "The council will hold a public hearing on the park's design in March, where residents can comment on "
            "the plans for the western docks."],
           "3 comments on “What happens next”"),
    "nl": ("Gemeenteraad stemt in met nieuw havenplan", "Door Anna Berg",
           ["De gemeenteraad heeft dinsdag ingestemd met een plan om de oude haven te herbouwen, waarmee een einde "
            "komt aan een conflict dat bijna tien jaar duurde en de coalitie verdeelde.",
            "Het plan verplaatst de veerterminal naar de oostkade en maakt van de westelijke dokken een park met "
            "woningen voor ongeveer tweeduizend mensen, aldus de gemeente.",
            "Tegenstanders zeggen dat de kosten van de verhuizing van de terminal zijn onderschat en dat de woningen "
            "te duur worden voor de gezinnen die in de haven werken."],
           "Wat er nu gebeurt",
           ["De bouw van de nieuwe terminal begint in het voorjaar, en de eerste woningen zijn over vier jaar klaar "
            "als het Rijk de lening goedkeurt.",
            "De raad houdt in maart een hoorzitting over het ontwerp van het park, waar bewoners kunnen reageren op "
            "de plannen voor de westelijke dokken."],
           "3 reacties op “Wat er nu gebeurt”"),
    "ar": ("مجلس المدينة يقر خطة الميناء الجديدة", "بقلم آنا بيرغ",
           ["أقر مجلس المدينة يوم الثلاثاء خطة لإعادة بناء الميناء القديم، منهيا خلافا استمر نحو عشر سنوات وقسم "
            "الائتلاف الحاكم.",
            "وتنقل الخطة محطة العبارات إلى الرصيف الشرقي وتحول الأحواض الغربية إلى حديقة ومساكن لنحو ألفي شخص، بحسب "
            "المجلس.",
            "وقال المعارضون إن كلفة نقل المحطة قدرت بأقل من حقيقتها وإن المساكن ستكون باهظة على الأسر التي تعمل في "
            "الميناء."],
           "ماذا بعد",
           ["ومن المقرر أن يبدأ بناء المحطة الجديدة في الربيع، وأن تجهز أولى المساكن خلال أربع سنوات إذا وافقت "
            "الحكومة على القرض.",
            "وسيعقد المجلس جلسة استماع علنية بشأن تصميم الحديقة في مارس، يعلق فيها السكان على خطط الأحواض الغربية."],
           "3 تعليقات على «ماذا بعد»"),
}


@pytest.mark.parametrize("lang", sorted(STORY))
@pytest.mark.parametrize("model", [False, None])
def test_guard_a_storys_lead_above_a_subheading_a_comment_heading_quotes_stays(lang, model):
    title, byline, lead, subheading, rest, heading = STORY[lang]
    page = "\n".join(["Home", "News", title, byline] + lead + [subheading] + rest + [heading]) + "\n"
    article = normalise_text(page, model=model)
    assert all(p in article.text for p in lead + rest)


@pytest.mark.parametrize("lang", sorted(BLOG))
def test_guard_a_comment_heading_that_names_no_line_changes_nothing(lang):
    name, tagline_head, tagline, head, post, counted_heading, _, comments = BLOG[lang]
    page = "\n".join([name, head] + post + ["Share this:", counted_heading.replace(head, "Another post")]
                     + comments) + "\n"
    article = normalise_text(page, model=False)
    assert all(p in article.text for p in post)


def test_the_heading_test_is_linear_in_the_lines_length():
    def run(n):
        line = "5 Responses to “" + "word " * n
        lines = split_lines("Head\n" + "The story goes on here with a sentence or two of its own.\n" + line + "\n")
        feats = line_features(lines)
        t = time.process_time()
        named_post_head(lines, feats, PageLines(lines))
        return time.process_time() - t

    run(1000)
    small, big = run(20_000), run(200_000)
    assert big < 40 * small + 0.05
