"""Reader comments under a heading that counts them, with no stamp the chains know (branch drag6), in en/nl/ar.

A blog's comment section is often headed by a line that counts its comments and is a heading by its shape: Blogger's
"3 comments:", WordPress's "5 Responses to “<the post's title>”", "4 reacties op “…”", "3 تعليقات على «…»". When the
comments under it carry only a name and a date (no clock time, no "Reply" link), no stamp chain forms, the counter
rule asked for a stamp under the counter, and the comments' prose ran on as the story (dragnet's largest loss kind:
prose kept after the story). Such a heading now ends the story on its own: what follows is the soft "comment
section" (dropped in the article mode, the model's in the open modes, where a page whose comments are its content
keeps them). The user-level cases fail on the code before (the comments were kept); the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.learned import packaged_model
from tests.test_normalise_learned import _layer_preferring

POSTS = {
    "en": dict(
        chrome=["Home", "Archive", "About", "Contact"],
        headline="Why our town library should stay open on Sundays",
        byline="By Martha Klein",
        story=["The council will vote next month on closing the central library on Sundays, which would save about "
               "forty thousand pounds a year from a budget that has been cut three times since the last election.",
               "On a Sunday afternoon the reading room is full of students who have no quiet place to work at home, "
               "and the children's corner runs a story hour that more than sixty families attend every week.",
               "The library's own figures show that Sunday is its second busiest day, and the savings would be "
               "smaller than the cost of the new signs the council ordered for the town centre last spring."],
        heads=["3 Responses to “Why our town library should stay open on Sundays”", "3 comments:"],
        names=["Jamie Wayne, on November 7th, 2012", "Luke Harris, on November 8th, 2012",
               "Anna Price, on November 9th, 2012"],
        comments=["I could not agree more, my daughter studies there every Sunday because our flat is far too "
                  "small and noisy for her to concentrate on her exams.",
                  "The council should look at the money it spends on consultants before it touches the one public "
                  "building that is open to everyone for free.",
                  "Thank you for writing this, I have shared it with our neighbourhood group and we will all be at "
                  "the council meeting next month to speak up."]),
    "nl": dict(
        chrome=["Home", "Archief", "Over mij", "Contact"],
        headline="Waarom de bibliotheek op zondag open moet blijven",
        byline="Door Marieke de Wit",
        story=["De gemeenteraad stemt volgende maand over het sluiten van de centrale bibliotheek op zondag, wat "
               "ongeveer veertigduizend euro per jaar zou besparen op een begroting die al drie keer is gekort.",
               "Op zondagmiddag zit de leeszaal vol met studenten die thuis geen rustige plek hebben om te werken, "
               "en het voorleesuur in de kinderhoek trekt elke week meer dan zestig gezinnen.",
               "Volgens de eigen cijfers van de bibliotheek is zondag de op een na drukste dag, en de besparing is "
               "kleiner dan de kosten van de nieuwe bewegwijzering die de gemeente vorig voorjaar bestelde."],
        heads=["3 reacties op “Waarom de bibliotheek op zondag open moet blijven”", "3 reacties:"],
        names=["Karin Jansen, op 7 november 2012", "Piet van Dam, op 8 november 2012",
               "Ahmed Bakker, op 9 november 2012"],
        comments=["Helemaal mee eens, mijn dochter studeert daar elke zondag omdat ons huis veel te klein en te "
                  "lawaaierig is om je op je examens te concentreren.",
                  "De gemeente zou eerst eens moeten kijken naar het geld dat ze aan adviseurs uitgeeft voordat ze "
                  "het enige gratis openbare gebouw aanpakt.",
                  "Bedankt voor dit stuk, ik heb het gedeeld in onze buurtgroep en we gaan volgende maand allemaal "
                  "naar de raadsvergadering om iets te zeggen."]),
    "ar": dict(
        chrome=["الرئيسية", "الأرشيف", "من أنا", "اتصل بنا"],
        headline="لماذا يجب أن تبقى مكتبة المدينة مفتوحة يوم الأحد",
        byline="بقلم سامي يوسف",
        story=["يصوت المجلس البلدي الشهر المقبل على إغلاق المكتبة المركزية أيام الأحد وهو ما سيوفر نحو أربعين ألف "
               "دينار في السنة من ميزانية خفضت ثلاث مرات منذ الانتخابات الأخيرة.",
               "في عصر يوم الأحد تمتلئ قاعة القراءة بالطلاب الذين لا يجدون مكانا هادئا للدراسة في بيوتهم ويحضر ساعة "
               "الحكايات في ركن الأطفال أكثر من ستين عائلة كل أسبوع.",
               "وتظهر أرقام المكتبة نفسها أن يوم الأحد هو ثاني أكثر أيامها ازدحاما وأن التوفير أقل من كلفة اللافتات "
               "الجديدة التي طلبها المجلس لوسط المدينة في الربيع الماضي."],
        heads=["3 تعليقات على «لماذا يجب أن تبقى مكتبة المدينة مفتوحة يوم الأحد»", "3 تعليقات:"],
        names=["أحمد العلي، في 7 نوفمبر 2012", "سارة محمود، في 8 نوفمبر 2012", "ليلى حسن، في 9 نوفمبر 2012"],
        comments=["أتفق معك تماما فابنتي تدرس هناك كل يوم أحد لأن شقتنا صغيرة جدا ومزعجة ولا تستطيع التركيز فيها "
                  "على امتحاناتها.",
                  "على المجلس أن ينظر أولا في المال الذي ينفقه على المستشارين قبل أن يمس المبنى العام الوحيد المفتوح "
                  "للجميع مجانا.",
                  "شكرا على هذا المقال فقد نشرته في مجموعة الحي وسنحضر جميعا اجتماع المجلس الشهر المقبل لنقول "
                  "رأينا."]),
}


def _post(case: dict, head: str) -> list[str]:
    thread = [line for name, text in zip(case["names"], case["comments"]) for line in (name, text)]
    footer = ["Share", "Tweet", "Email", "Print", "Privacy", "Contact"]
    return case["chrome"] + [case["headline"], case["byline"]] + case["story"] + [head] + thread + footer


def _article_mode() -> dict:
    return {**packaged_model(), "page": _layer_preferring(0)}


@pytest.mark.parametrize("head", [0, 1])
@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_comments_under_a_counted_heading_are_not_the_story(lang, head):
    # before: no stamp chain formed (a name and a date, no clock) and the counter rule wanted a stamp under the
    # counter, so the comments ran on as the story's paragraphs
    case = POSTS[lang]
    article = normalise_text("\n".join(_post(case, case["heads"][head])), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(comment in article.text for comment in case["comments"])
    assert case["heads"][head] not in article.text
    assert all(comment in article.removed for comment in case["comments"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_open_mode_may_keep_the_comments_under_a_counted_heading(lang):
    # the cut is the soft "comment section": on a page whose comments are its content (a forum, cleaneval's
    # golds) the open modes hand them back to the model, and the "all" mode keeps them
    case = POSTS[lang]
    model = {**packaged_model(), "page": _layer_preferring(len(packaged_model()["page"]["modes"]) - 1)}
    article = normalise_text("\n".join(_post(case, case["heads"][0])), model=model)
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert any(comment in article.paragraphs for comment in case["comments"])


GUARD_STORY = [
    "Council votes on library hours", "By Martha Klein",
    "The council will vote next month on closing the central library on Sundays, which would save about forty "
    "thousand pounds a year from a budget that has been cut three times since the last election.",
    "Three responses to the plan came from the library's staff, and all of them asked for a delay of one year so "
    "that the effect on students and families can be measured first.",
    "12 comments",
    "The library's own figures show that Sunday is its second busiest day, and the savings would be smaller than "
    "the cost of the new signs the council ordered for the town centre last spring.",
    "A final decision is expected before the budget is set in February, after a public meeting in the town hall."]


def test_guard_a_sentence_about_responses_and_a_bare_count_do_not_end_the_story():
    # guard (passes before and after): a story sentence that mentions responses and a teaser's bare "12 comments"
    # with no stamp under it are no counted heading
    article = normalise_text("\n".join(GUARD_STORY), model=_article_mode())
    for line in (GUARD_STORY[2], GUARD_STORY[3], GUARD_STORY[5], GUARD_STORY[6]):
        assert line in article.paragraphs


SUBHEAD_STORY = (
    ["Home", "News", "Council votes on library hours", "By Martha Klein"],
    ["The council will vote next month on closing the central library on Sundays, which would save about forty "
     "thousand pounds a year from a budget that has been cut three times.",
     "On a Sunday afternoon the reading room is full of students who have no quiet place to work at home, and the "
     "children's corner runs a story hour every week.",
     "The library's own figures show that Sunday is its second busiest day, and the savings would be smaller than "
     "the cost of the new signs ordered last spring."],
    ["Opposition members said they would table an amendment that moves the money from the consultancy budget "
     "instead, which they say is larger than needed.",
     "The mayor said she was open to the idea but wanted to see the numbers first, and promised a public meeting in "
     "the town hall before any final vote.",
     "Library staff have started a petition that has already been signed by more than two thousand residents, "
     "according to the union that represents them."])


@pytest.mark.parametrize("head", ["5 thoughts on “the budget”", "Een reactie op ‘de begroting’", "No comment:"])
def test_a_subheading_shaped_like_a_comment_count_does_not_end_the_story(head):
    # before: the quoted form needed no title and the colon form took a singular after "No", so the subheading ended
    # the story and the three paragraphs under it went as "comment section"; now the quoted words must be a line
    # above (the post's own title) or a stamp must stand under it, and "No comment:" is no count
    chrome, above, below = SUBHEAD_STORY
    article = normalise_text("\n".join(chrome + above + [head] + below + ["Share", "Tweet"]), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in above + below)
