"""Comments stamped with the commenter's name and a date alone (branch drag9b), in en/nl/ar.

A blog's comment template often prints, per comment, the commenter's name on a line of its own and the date on the
next ("Irving Frydman" / "Aug 8 2012", "Karin de Boer" / "8 augustus 2012", "ليلى حسن" / "٨ أغسطس ٢٠١٢"): no clock
time, no reply link, no relative time, so no stamp chain formed, and the comments' prose ran on as the story (or, with
the story above the headline, the body region was anchored in the comments). A name-over-date pair now chains as a
commenter's stamp (`comments.comment_thread`, key "named"); like the other stamps without a clock of their own, the
chain makes a thread only with a comment signal (a counter, a heading, a reply link) at most COUNTER_REACH lines above
its first pair, and a thread is cut in every page mode. Guards: a blog's front page lists its posts as title over
date with no comment counter above them (the posts stay), and a story that names people over dated entries of a
timeline stays.

The user-level cases fail on the code before (the comments were kept); the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.learned import packaged_model
from tests.test_normalise_learned import _layer_preferring

CASES = {
    "en": dict(
        chrome=["Home", "Strategy", "About", "Contact"],
        headline="What is marketing, really?",
        byline="By Michael Brenner",
        story=["Marketing is not about who can talk faster or close better. It is about a deep understanding of what "
               "customers need, and about shaping the business around it.",
               "When I left a successful sales career fifteen years ago, most of my peers thought I was crazy to move "
               "into a department they saw as the people who make the brochures.",
               "This post was a long time coming. What is your definition of marketing? Let me know what you think in "
               "the comments below."],
        counter="20 Comments",
        comments=[("Dirk Heuff", "Aug 8 2012", "Marketing to me is the creation, maintenance and expansion of "
                                               "mutually profitable relationships between a supplier and a customer."),
                  ("Irving Frydman", "Aug 8 2012", "Thanks for a great post. This is an excellent primer on the value "
                                                   "marketing brings when budgets are under pressure."),
                  ("Luis", "Aug 8 2012", "I think marketing is each and everything that makes you sell more, and the "
                                         "rest is decoration."),
                  ("Michael Brenner", "Aug 9 2012", "Thanks Dirk, very interesting observations. I do not disagree "
                                                    "with your definition at all, it is broader than mine.")]),
    "nl": dict(
        chrome=["Home", "Strategie", "Over", "Contact"],
        headline="Wat is marketing eigenlijk?",
        byline="Door Marieke de Wit",
        story=["Marketing gaat niet over wie het snelst praat of het best afsluit. Het gaat over een diep begrip van "
               "wat klanten nodig hebben, en over een bedrijf dat zich daarnaar richt.",
               "Toen ik vijftien jaar geleden een goede baan in de verkoop opgaf, vonden de meeste collega's dat ik "
               "gek was om naar de afdeling te gaan die in hun ogen de folders maakte.",
               "Dit stuk lag al lang klaar. Wat is jouw definitie van marketing? Laat het me weten in de reacties "
               "hieronder."],
        counter="20 reacties",
        comments=[("Karin de Boer", "8 augustus 2012", "Marketing is voor mij het opbouwen en onderhouden van "
                                                      "relaties waar zowel de leverancier als de klant beter van wordt."),
                  ("Pieter", "8 augustus 2012", "Dank voor een mooi stuk. Dit is een goede inleiding op wat "
                                                "marketing oplevert als de budgetten onder druk staan."),
                  ("Ahmed Bakker", "8 augustus 2012", "Volgens mij is marketing alles waardoor je meer verkoopt, en "
                                                      "de rest is versiering."),
                  ("Marieke de Wit", "9 augustus 2012", "Dank je Karin, interessante gedachten. Ik ben het met je "
                                                        "definitie eens, ze is breder dan de mijne.")]),
    "ar": dict(
        chrome=["الرئيسية", "استراتيجية", "من نحن", "اتصل بنا"],
        headline="ما هو التسويق حقا؟",
        byline="بقلم سامي يوسف",
        story=["التسويق ليس في من يتكلم أسرع أو يغلق الصفقة أفضل. إنه فهم عميق لما يحتاجه الزبائن وبناء العمل حول "
               "هذا الفهم.",
               "عندما تركت عملي الناجح في المبيعات قبل خمسة عشر عاما ظن معظم زملائي أنني مجنون لأنني انتقلت إلى القسم "
               "الذي يرونه قسم المطويات.",
               "انتظرت طويلا قبل كتابة هذا المقال. ما هو تعريفك للتسويق؟ أخبرني برأيك في التعليقات أدناه."],
        counter="20 تعليقات",
        comments=[("ليلى حسن", "٨ أغسطس ٢٠١٢", "التسويق عندي هو بناء علاقات مربحة للطرفين بين المورد والزبون "
                                              "والمحافظة عليها وتوسيعها."),
                  ("أحمد العلي", "٨ أغسطس ٢٠١٢", "شكرا على المقال الرائع فهو مدخل ممتاز إلى قيمة التسويق عندما تكون "
                                                "الميزانيات تحت الضغط."),
                  ("كريم", "٨ أغسطس ٢٠١٢", "أظن أن التسويق هو كل ما يجعلك تبيع أكثر وما عدا ذلك زينة."),
                  ("سامي يوسف", "٩ أغسطس ٢٠١٢", "شكرا ليلى على هذه الملاحظات المفيدة ولا أختلف مع تعريفك فهو أوسع "
                                               "من تعريفي.")]),
}
#: the first comment runs on for a few paragraphs (a reader's long answer), so the next name-and-date pair stands
#: further under the counter than a short comment puts it
LONG = {
    "en": ["The problem with most definitions is that they leave no room for sales at all.",
           "By trying to define marketing we stress its differences with sales, and end in a semantic argument.",
           "I agree with Drucker, but customers do not always know what they need until they see it.",
           "The idea that we are all in marketing is a bit too much hype for me, to be honest."],
    "nl": ["Het probleem met de meeste definities is dat ze geen ruimte laten voor verkoop.",
           "Door marketing te definieren benadrukken we de verschillen met verkoop, en dat eindigt in woordenspel.",
           "Ik ben het met Drucker eens, maar klanten weten niet altijd wat ze nodig hebben tot ze het zien.",
           "Het idee dat we allemaal in de marketing zitten vind ik eerlijk gezegd wat overdreven."],
    "ar": ["مشكلة معظم التعريفات أنها لا تترك أي مكان للمبيعات.",
           "عندما نحاول تعريف التسويق نركز على اختلافه عن المبيعات وينتهي الأمر بجدال حول الكلمات.",
           "أتفق مع دراكر لكن الزبائن لا يعرفون دائما ما يحتاجونه حتى يروه.",
           "فكرة أننا جميعا نعمل في التسويق مبالغ فيها قليلا في رأيي."],
}
FOOTER = ["Share", "Tweet", "Email", "Print", "Privacy", "Contact"]


def _mode(mode: int) -> dict:
    return {**packaged_model(), "page": _layer_preferring(mode)}


def _page(case: dict, long: list[str] = ()) -> str:
    thread = [line for comment in case["comments"] for line in comment]
    thread[3:3] = long  # after the first comment's first paragraph
    return "\n".join(case["chrome"] + [case["headline"], case["byline"]] + case["story"] + [case["counter"]]
                     + thread + FOOTER)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_comments_stamped_with_a_name_and_a_date_are_not_the_story(lang):
    # before: no clock, no reply link, and the second name-and-date pair too far under the counter for it to count:
    # the comments' prose ran on as the story's paragraphs
    case = CASES[lang]
    article = normalise_text(_page(case, LONG[lang]), model=_mode(0))
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(text in article.text for _, _, text in case["comments"])
    assert not any(text in article.text for text in LONG[lang])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_name_and_date_thread_is_cut_in_the_all_mode_too(lang):
    # before: the "all" mode (a page whose text is all content) kept the comments as the page's text
    case = CASES[lang]
    model = _mode(len(packaged_model()["page"]["modes"]) - 1)
    article = normalise_text(_page(case), model=model)
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(text in article.text for _, _, text in case["comments"])


#: a blog's front page: each post's title over its date, then its paragraphs; no comment counter above the first
FRONT = [("Sunday opening at the library", "Aug 8 2012",
          ["The council voted last night to keep the central library open on Sundays for at least another year.",
           "The decision followed a petition signed by more than two thousand residents in a single month."]),
         ("New cycle lanes", "Aug 7 2012",
          ["Work on the cycle lanes along the river starts next week and should be finished before the winter.",
           "The council says the road will stay open to cars in both directions while the work goes on."]),
         ("Market hall repairs", "Aug 6 2012",
          ["The market hall roof will be repaired this autumn after a survey found damage from the spring storms.",
           "Traders will move to the square outside while the scaffolding is up, the council said."]),
         ("Harbour wall vote", "Aug 5 2012",
          ["The referendum on the new harbour wall will be held in October, a month later than first planned.",
           "Both campaigns said they welcomed the extra time to reach voters who stayed at home last time."])]


def test_guard_a_front_page_of_dated_posts_stays():
    # guard (passes before and after): title-over-date pairs with no comment signal above them are the page's posts
    lines = ["Home", "News", "About"] + [line for title, date, body in FRONT for line in [title, date] + body] + FOOTER
    article = normalise_text("\n".join(lines), model=_mode(4))
    assert all(p in article.text for _, _, body in FRONT for p in body)


def test_guard_a_timeline_under_a_story_stays():
    # guard (passes before and after): a story's dated entries (a name over a date over what happened) with no
    # comment counter over them are the story's own timeline
    story = ["The inquiry heard evidence from four officials about how the contract was awarded last year, and "
             "published a timeline of who knew what and when.",
             "The timeline shows that the first warning reached the department months before the contract was "
             "signed, the inquiry's chair said.",
             "The officials named below gave evidence in the order shown, and each was asked the same questions."]
    entries = [(name, date, text) for (name, date), text in zip(
        [("Anna Visser", "Mar 3 2012"), ("Tom Byrne", "Apr 9 2012"), ("Priya Nair", "May 2 2012"),
         ("Rob Dunmore", "Jun 1 2012")],
        ["Anna Visser told the inquiry that she raised the cost of the contract with her manager in a meeting.",
         "Tom Byrne said he had not seen the warning until the contract was already in front of the minister.",
         "Priya Nair said the figures in the warning were checked twice and found to be right both times.",
         "Rob Dunmore told the inquiry that the contract was signed on the advice of the department's lawyers."])]
    lines = ["Home", "News", "Inquiry publishes contract timeline", "By Martha Klein"] + story \
        + [line for entry in entries for line in entry] + FOOTER
    article = normalise_text("\n".join(lines), model=False)
    # the rules cut no thread there (what the line model then keeps of a long tail is its own call)
    assert not any("comment" in reason for _, _, reason in article.line_roles)
    assert all(text in article.text for _, _, text in entries)
