"""The headline among the lines above a story (tester 7, finding 2), in en, nl and ar.

A local paper's or a blog's name on the page's first line names the town or the subject its stories are about, so it
shares a word with the story and won the title as "the page's first line" over the real headline below it, which went
to `removed`. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- finding 2: a masthead that names the story's town is not the headline ------------------------------------------

MASTHEAD = {
    "en": ("Menu", "The Harwick Star", "Subscribe for £2 a month",
           "Harwick library to open on Sundays after volunteers step in",
           "By Tom Ellery", "12 March 2026",
           ["Harwick's central library will open on Sunday afternoons from April after a group of volunteers offered to "
            "staff the building, the town council said on Tuesday.",
            "The library closed on Sundays in 2019 to save money. About forty volunteers have signed up so far, most of "
            "them retired teachers and students from Harwick College.",
            "Council leader Anita Shaw said the heart of the plan was a reading club for children, which would meet "
            "every Sunday at two o'clock."]),
    "nl": ("Menu", "Dagblad van Zwolle", "Abonneer nu voor 3 euro per maand",
           "Bibliotheek in Zwolle gaat weer open op zondag dankzij vrijwilligers",
           "Door Marieke Smit", "12 maart 2026",
           ["De centrale bibliotheek in Zwolle gaat vanaf april weer open op zondagmiddag, nu een groep vrijwilligers "
            "de balie wil bemannen, meldde de gemeente dinsdag.",
            "De bibliotheek sloot in 2019 op zondag om geld te besparen. Inmiddels hebben zich veertig vrijwilligers "
            "gemeld, vooral gepensioneerde leraren en studenten.",
            "Wethouder Anita de Wit noemt de leesclub voor kinderen het hart van het plan; die komt elke zondag om twee "
            "uur bijeen."]),
    "ar": ("القائمة", "موقع أهل الإسكندرية", "اشترك الآن بعشرة جنيهات شهريا",
           "مكتبة الإسكندرية العامة تفتح أبوابها أيام الجمعة بفضل المتطوعين",
           "بقلم منى عبد الحليم", "12 مارس 2026",
           ["أعلنت بلدية الإسكندرية يوم الثلاثاء أن المكتبة العامة في وسط المدينة ستفتح أبوابها بعد ظهر كل جمعة "
            "ابتداء من شهر أبريل بعد أن تطوع عدد من السكان للعمل فيها.",
            "وكانت المكتبة قد أغلقت أيام الجمعة منذ عام 2019 لتوفير النفقات، وسجل نحو أربعين متطوعا أسماءهم حتى الآن "
            "معظمهم من المعلمين المتقاعدين والطلاب.",
            "وقالت رئيسة المجلس إن نادي القراءة للأطفال هو قلب الخطة، وسيجتمع كل جمعة في الساعة الثانية."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_masthead_naming_the_town_is_not_the_headline(lang):
    label, masthead, promo, headline, byline, date, body = MASTHEAD[lang]
    art = normalise_text(page(label, masthead, promo, "", headline, byline, date, "", *body))
    assert art.title == headline
    assert masthead in art.removed and headline not in art.removed
    assert art.paragraphs == body


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_headline_on_the_first_line_keeps_the_title_over_a_line_below(lang):
    # the page opens with its headline; a shorter line about the story below it (a caption-like line) does not take
    # the title: it shares no more of the story's words than the headline does
    _, _, _, headline, byline, date, body = MASTHEAD[lang]
    art = normalise_text(page(headline, byline, date, "", *body))
    assert art.title == headline
