"""A "Read more" box of sentence-like headlines in the middle of a story goes whole (tester s27, finding 3).

Under a "Read more:" / "Lees meer:" / "اقرأ المزيد:" heading, two or three linked headlines written as sentences
("Neighbouring council scraps plan for three-weekly bin rounds.") read as the story's own short paragraphs: only an
also-read heading let a headline end in a full stop, so the heading went and its headlines stayed in the story. A
"Read more" heading (the phrase lists' more_heading group) now takes two such headlines or more when the story goes
on under them with its own words (boxes._more_heading, boxes._same_story). One sentence under it is no box (the same
link closes a teaser, and the story may go on with a short sentence), nor is a heading right under a cut-off
paragraph, nor a last "Read more" list with no story under it.

Every page is invented. The user-level cases fail on the code before; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("""Menu
Search
Politics
Council votes to cut bin collections to every three weeks
By Tom Ridley
Monday 7 December 2026 16:05 GMT
Kirkby District Council has voted to collect general waste every three weeks instead of every fortnight from April, in a move it says will save £1.1m a year.
Councillors voted 31 to 22 for the change after a debate of more than three hours. Recycling and food waste will still be collected every week.
Read more:
Neighbouring council scraps plan for three-weekly bin rounds.
Residents asked to weigh their rubbish for a week.
The council's cabinet member for the environment, Sue Grant, said households that recycle would hardly notice the difference.
Opposition councillors said the change would lead to more fly-tipping and asked for a review after six months.
The new schedule will start on 6 April, and every household will receive a calendar by post in March.
""", ["Read more:", "Neighbouring council scraps plan for three-weekly bin rounds.",
          "Residents asked to weigh their rubbish for a week."],
        "The council's cabinet member for the environment, Sue Grant, said households that recycle would hardly "
        "notice the difference."),
    "nl": ("""Menu
Zoeken
Politiek
Gemeente haalt restafval nog maar eens in de drie weken op
Door Tom Rietveld
maandag 7 december 2026, 16:05
De gemeenteraad van Zwolle heeft besloten het restafval vanaf april eens in de drie weken op te halen in plaats van om de week. Dat levert volgens de gemeente 1,1 miljoen euro per jaar op.
De raad stemde met 24 tegen 15 stemmen voor na een debat van ruim drie uur. Plastic, papier en groente-afval worden nog wel elke week opgehaald.
Lees meer:
Buurgemeente schrapt plan voor ophalen eens per drie weken.
Inwoners gevraagd een week lang hun afval te wegen.
Wethouder Sanne Groot zegt dat huishoudens die goed scheiden weinig van de verandering merken.
De oppositie vreest meer dumpingen in de buitengebieden en wil na een half jaar een evaluatie.
Het nieuwe schema gaat in op 6 april. Elk huishouden krijgt in maart een afvalkalender in de bus.
""", ["Lees meer:", "Buurgemeente schrapt plan voor ophalen eens per drie weken.",
          "Inwoners gevraagd een week lang hun afval te wegen."],
        "Wethouder Sanne Groot zegt dat huishoudens die goed scheiden weinig van de verandering merken."),
    "ar": ("""القائمة
بحث
محليات
البلدية تقرر جمع النفايات مرة كل ثلاثة أسابيع
بقلم طارق رضوان
الاثنين 7 ديسمبر 2026
قرر المجلس البلدي جمع النفايات المنزلية مرة كل ثلاثة أسابيع بدلاً من مرة كل أسبوعين اعتباراً من أبريل، في خطوة يقول إنها ستوفر مليون دينار سنوياً.
وصوت أعضاء المجلس بأغلبية 31 صوتاً مقابل 22 بعد نقاش استمر أكثر من ثلاث ساعات، وسيستمر جمع المواد القابلة للتدوير كل أسبوع.
اقرأ المزيد:
بلدية مجاورة تلغي خطة جمع النفايات كل ثلاثة أسابيع.
السكان مدعوون لوزن نفاياتهم لمدة أسبوع.
وقالت رئيسة لجنة البيئة في المجلس سعاد غانم إن الأسر التي تفرز نفاياتها لن تلاحظ فرقاً يذكر.
وقال أعضاء المعارضة إن القرار سيؤدي إلى رمي النفايات في الأراضي الخالية وطالبوا بمراجعته بعد ستة أشهر.
ويبدأ العمل بالجدول الجديد في السادس من أبريل، وستتلقى كل أسرة تقويماً بالبريد في مارس.
""", ["اقرأ المزيد:", "بلدية مجاورة تلغي خطة جمع النفايات كل ثلاثة أسابيع.", "السكان مدعوون لوزن نفاياتهم لمدة أسبوع."],
        "وقالت رئيسة لجنة البيئة في المجلس سعاد غانم إن الأسر التي تفرز نفاياتها لن تلاحظ فرقاً يذكر."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_read_more_box_of_sentence_headlines_goes_and_the_story_stays(lang):
    page, box, story = PAGES[lang]
    article = normalise_text(page)
    for line in box:
        assert line in article.removed, (line, article.paragraphs)
        assert line not in article.paragraphs
    assert story in article.paragraphs, article.removed
    assert len(article.paragraphs) == 5, article.paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_one_short_sentence_under_read_more_is_the_story(lang):
    """One sentence under the heading, then the story: no box of sentence headlines (the heading alone goes)."""
    page, box, _story = PAGES[lang]
    article = normalise_text(page.replace(box[2] + "\n", ""))
    assert box[1] in article.paragraphs, article.removed


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_a_last_read_more_list_with_no_story_under_it_is_no_box(lang):
    """The same heading and headlines at the page's end, a teaser about another story under them: the story ends at
    the heading, as before, and the teaser is not made the story's."""
    page, box, _story = PAGES[lang]
    head, _, _tail = page.partition(box[0] + "\n")
    teaser = {"en": "Police in Leeds are appealing for witnesses after a lorry overturned on the M62 near junction 27 "
                    "on Sunday evening.",
              "nl": "De politie in Deventer zoekt getuigen van een ongeluk met een vrachtwagen op de A1 bij "
                    "Bathmen in de nacht van zondag.",
              "ar": "تبحث الشرطة عن شهود على حادث انقلاب شاحنة على الطريق السريع قرب مخرج المطار ليلة الأحد "
                    "الماضي."}[lang]
    article = normalise_text(head + "\n".join(box) + "\n" + teaser + "\nCopyright 2026\n")
    # no box read across to the teaser: the story ends at the heading (what the model makes of the lines after the
    # story's end is the model's, as before)
    assert not any(reason == "related box" for _text, _role, reason in article.line_roles)


def test_guard_a_teasers_read_more_link_under_a_cut_paragraph_is_no_box():
    """A teaser's link right under its cut paragraph, then a short sentence of the story and more of it: no box."""
    page = PAGES["en"][0].replace(
        "Read more:\n", "Earlier this year a neighbouring council tried the same, and residents there said [...]\n"
                        "Read more\n")
    article = normalise_text(page)
    assert "Neighbouring council scraps plan for three-weekly bin rounds." in article.paragraphs
