"""A short post (a photo's caption, one paragraph) over its reader comments, stamped with a name and a date alone.

The comment counter ended the story only under COUNTER_MIN_PROSE paragraphs of story (a share bar's "Comments (3)"
under a headline is no comment section), so under a one-paragraph post the comments' prose outweighed the post and
the body region ran on over them: the model then kept some comments as story. A counter that stands once on the page
with name-and-date pairs under it (comments.short_post_counter) now ends such a post, and the thread goes in every
page mode. Guards: a front page of short posts, each with its own counter, keeps its posts; a share bar's counter
under a headline, with a byline and a date under it, ends nothing.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

POST = "{site}\n{title}\n{para}\n{counter}\n" + "".join(
    "{name%d}\n{date}\n{comment%d}\n" % (i, i) for i in range(4)) + "{footer}\n"

PAGES = {
    "en": dict(
        site="Streetstyle Diary About / Contact", title="AT THE MUSEUM – PARIS",
        para="Spotted this lovely look outside the museum on a grey Sunday afternoon, a camel coat over a striped "
             "shirt and the brightest red shoes I have seen all season.",
        counter="57 Comments", date="September 29, 2012, | Permalink",
        name0="Eva", comment0="Gorgeous coat, and those shoes are simply perfect with the stripes!",
        name1="Maria", comment1="Can't take my eyes from this picture, the colours work so well together on her.",
        name2="Chuck", comment2="Oh my, she gets more elegant every time, the coat and the belt are so lovely.",
        name3="Rhoda Wong", comment3="I love this bold look, such a great statement piece for the autumn season!",
        footer="Copyright 2012 Streetstyle Diary"),
    "nl": dict(
        site="Straatmode Dagboek Over / Contact", title="BIJ HET MUSEUM – PARIJS",
        para="Deze mooie look zag ik op een grijze zondagmiddag bij het museum: een kameelkleurige jas over een "
             "gestreept overhemd en de felste rode schoenen van het hele seizoen.",
        counter="57 reacties", date="29 september 2012 | Permalink",
        name0="Eva", comment0="Prachtige jas, en die schoenen passen perfect bij de strepen!",
        name1="Maria", comment1="Ik kan mijn ogen niet van deze foto afhouden, de kleuren passen zo goed bij elkaar.",
        name2="Karin", comment2="Ze wordt elke keer eleganter, de jas en de riem zijn echt heel mooi samen.",
        name3="Anne de Vries", comment3="Wat een gedurfde look, echt een statement voor het najaar dit jaar!",
        footer="Copyright 2012 Straatmode Dagboek"),
    "ar": dict(
        site="مدونة أزياء الشارع من نحن / اتصل بنا", title="عند المتحف في باريس",
        para="رأيت هذه الإطلالة الجميلة أمام المتحف في عصر يوم أحد رمادي: معطف بلون الجمل فوق قميص مخطط وأكثر "
             "الأحذية الحمراء إشراقا في هذا الموسم كله.",
        counter="التعليقات (57)", date="29 سبتمبر 2012 | رابط دائم",
        name0="سارة", comment0="معطف رائع، وهذا الحذاء يناسب الخطوط تماما!",
        name1="مريم", comment1="لا أستطيع أن أرفع عيني عن هذه الصورة، الألوان متناسقة جدا معا.",
        name2="ليلى", comment2="تزداد أناقة في كل مرة، المعطف والحزام جميلان جدا معا.",
        name3="نور الهدى", comment3="إطلالة جريئة حقا، قطعة مميزة لموسم الخريف هذا العام!",
        footer="جميع الحقوق محفوظة 2012"),
}


@pytest.mark.parametrize("kwargs", [{}, {"model": False}], ids=["model", "rules-only"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_comments_under_a_short_post_go(lang, kwargs):
    page = PAGES[lang]
    text = normalise_text(POST.format(**page), **kwargs).text
    assert page["para"] in text
    for i in range(4):
        assert page["comment%d" % i] not in text


# guard: a front page of short posts, each with its title, its date and its own counter: the posts are the page's text
FRONT = """Streetstyle Diary
AT THE MUSEUM – PARIS
September 29, 2012
Spotted this lovely look outside the museum on a grey Sunday afternoon, a camel coat over a striped shirt and red shoes.
12 Comments
AT CARVEN – PARIS
September 27, 2012
Leave it to Carven to attract the cutest girls; there is something incredible about this dress and its fabric.
8 Comments
IN ST. GERMAIN
September 25, 2012
I am totally inspired by this autumn collection, my all time favourite, with a vintage shirt and tie.
21 Comments
ON THE BRIDGE
September 23, 2012
A windy morning on the bridge, a long scarf and a leather bag that has seen a few summers already.
5 Comments
Older posts
"""


def test_front_page_of_short_posts_keeps_its_posts():
    text = normalise_text(FRONT, model=False).text
    assert "I am totally inspired by this autumn collection" in text
    assert "A windy morning on the bridge" in text


# guard: a share bar's counter under a headline and a standfirst, the byline and the date under it: the story stays
SHARE_BAR = """Hillside Herald
Library to open on Sundays from January
The council found money for two extra staff, ending a ten-year gap in weekend opening.
Comments (3)
Priya Nair
2 December 2026
The central library will open on Sundays from January after the council found money for two extra staff.
Councillor Ruth Abbott said families had asked for Sunday hours more than anything else in last year's survey.
The library will open from 11am to 4pm, and the children's floor will hold a reading hour every week.
The change will cost about 60,000 pounds a year, paid from the council's leisure budget.
Share this article
"""


def test_share_bar_counter_under_a_standfirst_ends_nothing():
    for kwargs in ({"model": False}, {}):
        text = normalise_text(SHARE_BAR, **kwargs).text
        assert "The change will cost about 60,000 pounds a year" in text
        assert "Councillor Ruth Abbott said" in text


LETTERS = {
    "en": ["Your letters: the bus lanes", "Readers write about the council's plan for new bus lanes on the High Street.",
           "Share | Tweet | 2 Comments", "Peter Vos", "6 March 2026",
           "The bus lanes will cut my journey to work by ten minutes, and I hope the council builds more of them.",
           "Anne Marsh", "5 March 2026",
           "The shops on the High Street will lose their parking spaces, and some of them may not survive that."],
    "nl": ["Uw brieven: de busbanen", "Lezers schrijven over het plan van de gemeente voor nieuwe busbanen.",
           "Deel | 2 reacties", "Peter de Vries", "6 maart 2026",
           "De busbanen maken mijn reis naar mijn werk tien minuten korter, en ik hoop dat er meer komen.",
           "Anne Smit", "5 maart 2026",
           "De winkels in de Hoofdstraat verliezen hun parkeerplaatsen, en sommige overleven dat misschien niet."],
    "ar": ["رسائل القراء: مسارات الحافلات", "يكتب القراء عن خطة البلدية لمسارات الحافلات الجديدة في الشارع الرئيسي.",
           "شارك | تغريد | تعليقان (2)", "بيتر فوس", "6 مارس 2026",
           "ستختصر مسارات الحافلات رحلتي إلى العمل عشر دقائق وآمل أن تبني البلدية المزيد منها.",
           "آن مارش", "5 مارس 2026",
           "ستفقد متاجر الشارع الرئيسي مواقف سياراتها وقد لا ينجو بعضها من ذلك."],
}


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_a_share_bars_counter_over_a_letters_page_ends_nothing(lang):
    # review of the merge: "Share | Tweet | 2 Comments" over letters, each under its writer's name and date, was taken
    # for a short post's counter and every letter went as a comment
    page = LETTERS[lang]
    article = normalise_text("\n".join(page), model=False)
    assert page[5] in article.text and page[8] in article.text, article.text
