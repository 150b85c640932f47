"""Leftovers of the fifth new user's pages (stop 21, branch meta6): wire credit lines, an editorial desk as the
author, a subheading right under a related box, and a byline in a page's markup saved as text. Every page here is
written for the tests (none is eval data); each test fails on the code before its fix unless it says it is a guard:

* a Dutch wire credit line ("Bron: ANP", "(ANP)", "© ANP") under the story, or "Bron: ANP" above it, was removed
  unread (only "ANP" and "(ANP)" above the story were read), and "Door onze redactie / ANP" lost its agency;
* a desk ("Redactie Binnenland", "هيئة التحرير") passed for a person's name: "Over Redactie Binnenland" stayed in the
  story as a person's "About" block, a story paragraph opening with the desk's name was cut as the author's bio, and
  "Redactie | 7-3-2025" gave no byline;
* the story's subheading right under a "Lees ook" / "اقرأ أيضاً" / "Read more" box was taken as one more related
  headline when the page had fewer than two other subheadings;
* an Arabic page's markup saved as .txt lost its byline: a byline line the extractor drops (no author class), a
  fragment under a headline typed above it (read as plain text, tags and all), or lines each wrapped in one element.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import looks_like_html, normalise_document
from newsbrief.normalise.metadata import is_desk_credit, person_name

NL_TITLE = "Gemeente Utrecht verlaagt parkeertarief in binnenstad"
NL_BODY = (
    "Het college van burgemeester en wethouders in Utrecht verlaagt vanaf 1 april het parkeertarief in de binnenstad. "
    "Dat heeft de gemeente dinsdag bekendgemaakt na een lang debat in de gemeenteraad.\n\n"
    "Volgens wethouder Jansen kwamen winkeliers de afgelopen maanden met klachten over teruglopende "
    "bezoekersaantallen. Het nieuwe tarief wordt 3,50 euro per uur, een daling van ruim een euro.\n\n"
    "De oppositie in de raad is kritisch. Zij vrezen dat meer auto's de binnenstad in zullen rijden, terwijl de stad "
    "juist autoluw wil worden.\n\n"
    "Het besluit wordt na een jaar geëvalueerd, zegt de gemeente.\n"
)
NL_FOOTER = "\nMeer nieuws\nPrivacy\nCookies\n"
EN_TITLE = "Eastfield council cuts parking charges in the town centre"
EN_BODY = (
    "Eastfield council will cut parking charges in the town centre from 1 April, it said on Tuesday after a long "
    "debate among councillors.\n\n"
    "Shopkeepers had complained for months that fewer people were coming into town. The new charge will be £2.50 an "
    "hour, down by more than a pound.\n\n"
    "Opposition councillors said the move would bring more cars into a centre the council wants to make car-free.\n"
)
AR_TITLE = "البلدية تخفض رسوم المواقف في وسط المدينة"
AR_BODY = (
    "قررت بلدية المدينة خفض رسوم المواقف في وسط المدينة اعتبارا من الأول من أبريل، بعد نقاش طويل في المجلس البلدي "
    "استمر عدة أسابيع.\n\n"
    "وكان أصحاب المحلات قد اشتكوا خلال الأشهر الماضية من تراجع أعداد الزوار، وتبلغ الرسوم الجديدة عشرة ريالات في الساعة.\n\n"
    "وانتقد عدد من أعضاء المجلس القرار، وقالوا إنه سيجلب مزيدا من السيارات إلى وسط المدينة.\n"
)


def _page(title, body, above="", below=""):
    return "Nieuws\nBinnenland\n\n" + title + "\n" + (above + "\n" if above else "") + body \
        + ("\n" + below + "\n" if below else "") + NL_FOOTER


# --- a wire credit line -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, body, credit, agency", [
    (NL_TITLE, NL_BODY, "Bron: ANP", "ANP"),
    (NL_TITLE, NL_BODY, "(ANP)", "ANP"),
    (NL_TITLE, NL_BODY, "© ANP", "ANP"),
    (EN_TITLE, EN_BODY, "Source: Reuters", "Reuters"),
    (AR_TITLE, AR_BODY, "المصدر: رويترز", "رويترز"),
])
def test_a_wire_credit_under_the_story_is_its_byline(title, body, credit, agency):
    art = normalise_text(_page(title, body, below=credit))
    assert art.byline == agency
    # the story's text stays whole, and the credit is no part of it
    assert art.text == normalise_text(_page(title, body)).text
    assert credit not in art.text


def test_a_wire_credit_under_a_story_with_an_author_leaves_the_author():
    """Guard (passes before and after): the credit moves to the byline only on a page that names no author."""
    art = normalise_text(_page(NL_TITLE, NL_BODY, above="Door Lotte Visser", below="Bron: ANP"))
    assert art.byline == "Lotte Visser"
    assert "Bron: ANP" not in art.text and "Bron: ANP" in art.removed


@pytest.mark.parametrize("title, body, credit, agency", [
    (NL_TITLE, NL_BODY, "Bron: ANP", "ANP"),
    (AR_TITLE, AR_BODY, "المصدر: رويترز", "رويترز"),
])
def test_a_source_label_above_the_story_is_its_byline(title, body, credit, agency):
    assert normalise_text(_page(title, body, above=credit)).byline == agency


def test_a_copyright_sign_above_the_story_is_a_photo_credit():
    """Guard (passes before and after): "© ANP" under the headline credits its photo as often as its story."""
    assert normalise_text(_page(NL_TITLE, NL_BODY, above="© ANP")).byline is None


def test_a_desk_byline_keeps_its_agency():
    art = normalise_text(_page(NL_TITLE, NL_BODY, above="Door onze redactie / ANP"))
    assert art.byline == "onze redactie, ANP"


def test_a_credit_inside_the_last_sentence_stays_story_text():
    """Guard (passes before and after): only a line that is nothing but the credit moves; a sentence is the story's."""
    body = NL_BODY.replace("zegt de gemeente.", "zegt de gemeente tegen persbureau ANP.")
    art = normalise_text(_page(NL_TITLE, body))
    assert "persbureau ANP." in art.text and art.byline is None


# --- an editorial desk is no person -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Redactie", "de redactie", "Redactie Binnenland", "Sportredactie",
                                  "The Editorial Board", "هيئة التحرير", "أسرة التحرير", "المحرر"])
def test_a_desk_is_no_persons_name(name):
    assert is_desk_credit(name) and not person_name(name)


@pytest.mark.parametrize("name", ["Lotte Visser", "Eva de Vries", "ليلى بن علي", "Jan Redactie"])
def test_a_persons_name_is_no_desk(name):
    """Guard (passes before and after)."""
    assert not is_desk_credit(name) and person_name(name)


def test_about_a_desk_is_no_persons_about_block():
    about = "Over Redactie Binnenland\nZij volgt de gemeentepolitiek sinds 2019 en schrijft over wonen en zorg in de regio."
    art = normalise_text(_page(NL_TITLE, NL_BODY, above="Door Lotte Visser", below=about))
    assert "gemeentepolitiek sinds 2019" not in art.text
    assert "Over Redactie Binnenland" not in art.text


def test_a_paragraph_opening_with_the_desks_name_is_no_author_bio():
    last = "هيئة التحرير تعمل على متابعة القضية مع البلدية وستنشر تفاصيل القرار كاملة فور صدورها."
    art = normalise_text(_page(AR_TITLE, AR_BODY + "\n" + last + "\n", above="بقلم: هيئة التحرير"))
    assert art.byline == "هيئة التحرير"
    assert last in art.text


def test_a_desk_with_a_date_is_the_byline():
    art = normalise_text(_page(NL_TITLE, NL_BODY, above="Redactie | 7-3-2025"))
    assert art.byline == "Redactie" and art.published == "2025-03-07"


# --- a subheading under a related box ------------------------------------------------------------------------------


NL_BOX = """Nieuws
Regio

Bewoners Zuidwijk boos over sluiting buurthuis
Door Lotte Visser
12 maart 2025

Het buurthuis aan de Molenstraat in Zuidwijk gaat op 1 mei dicht. De gemeente wil het gebouw verkopen omdat het onderhoud te duur is geworden, zegt wethouder Bakker.

Bewoners zijn boos. Volgens hen is het buurthuis de enige plek in de wijk waar ouderen elkaar nog ontmoeten en waar kinderen na school terechtkunnen.
Lees ook:
Gemeente bezuinigt op sport en cultuur
Nieuwe bibliotheek opent in centrum
Wat gebeurt er nu?
De gemeenteraad praat op 3 april over het plan. Een groep bewoners heeft een petitie opgesteld die al ruim achthonderd keer is ondertekend.

Wethouder Bakker zegt dat hij openstaat voor een gesprek, maar dat de financiële situatie van de gemeente weinig ruimte laat voor uitzonderingen.

Meer nieuws
Contact
"""
AR_BOX = """أخبار
محليات

غضب بين سكان حي الزهور بعد قرار إغلاق المركز الاجتماعي
بقلم: سامي يوسف
12 مارس 2025

يغلق المركز الاجتماعي في شارع الطاحونة بحي الزهور أبوابه في الأول من مايو، بعد أن قررت البلدية بيع المبنى بسبب ارتفاع تكاليف صيانته.

ويقول السكان إن المركز هو المكان الوحيد في الحي الذي يلتقي فيه كبار السن، ويقصده الأطفال بعد انتهاء اليوم الدراسي.
اقرأ أيضاً:
البلدية تخفض ميزانية الرياضة والثقافة
افتتاح مكتبة جديدة في وسط المدينة
ماذا بعد؟
ويناقش المجلس البلدي الخطة في الثالث من أبريل، فيما جمع عدد من السكان أكثر من ثمانمئة توقيع على عريضة تطالب بالإبقاء على المركز.

وقال رئيس البلدية إنه مستعد للحوار، لكن الوضع المالي للبلدية لا يترك مجالا كبيرا للاستثناءات.

المزيد من الأخبار
اتصل بنا
"""
EN_BOX = """News
Local

Residents angry as Eastfield community centre faces closure
By Hannah Cole
12 March 2025

The community centre on Mill Lane in Eastfield will close on 1 May. The council says the building has become too expensive to maintain and will be put up for sale.

Residents are angry. They say the centre is the only place in the area where older people still meet and where children can go after school.

Read more:
Council cuts funding for sport and culture
New library opens in the town centre

What happens now
Councillors will discuss the plan on 3 April. A group of residents has started a petition that has already been signed more than 800 times.

Council leader Tom Baker said he was open to talks, but that the council's finances left little room for exceptions.

More news
Contact us
"""


@pytest.mark.parametrize("page, subheading, related", [
    (NL_BOX, "Wat gebeurt er nu?", "Nieuwe bibliotheek opent in centrum"),
    (AR_BOX, "ماذا بعد؟", "افتتاح مكتبة جديدة في وسط المدينة"),
    (EN_BOX, "What happens now", "New library opens in the town centre"),  # set off from the box by a blank line
])
def test_a_subheading_under_a_related_box_stays_with_the_story(page, subheading, related):
    art = normalise_text(page)
    assert subheading in art.text.splitlines()
    assert related not in art.text


def test_a_short_last_headline_of_a_box_stays_in_the_box():
    """Guard (passes before and after): a short last headline, neither a question nor set off from the box, is the
    box's (real boxes end in "Save stories", "Color Theory")."""
    page = NL_BOX.replace("Wat gebeurt er nu?", "Nieuw seizoen")
    art = normalise_text(page)
    assert "Nieuw seizoen" not in art.text


# --- a page's markup saved as .txt ------------------------------------------------------------------------------------


AR_HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>افتتاح مكتبة عامة جديدة في الأحساء - صحيفة الواحة</title></head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/local">محليات</a> | <a href="/sport">رياضة</a></nav>
<article>
<h1>افتتاح مكتبة عامة جديدة في الأحساء</h1>
BYLINE
<p>افتتحت أمانة الأحساء يوم الأربعاء مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب وقاعة للأطفال ومساحة للدراسة مفتوحة حتى منتصف الليل.</p>
<p>وقال مدير المكتبة إن المشروع استغرق عامين، وإن الإقبال في اليوم الأول فاق التوقعات، إذ زار المكتبة أكثر من ألف شخص خلال ساعات قليلة.</p>
<p>وتخطط الأمانة لافتتاح فرعين آخرين في المحافظة خلال العام المقبل، بحسب ما ذكره المدير في مؤتمر صحفي عقد في مقر المكتبة.</p>
</article>
<footer>جميع الحقوق محفوظة © 2025 صحيفة الواحة</footer>
</body>
</html>
"""


@pytest.mark.parametrize("byline, published", [
    ('<div class="meta"><span>كتب: فاطمة العلي</span> | <span>3 سبتمبر 2025</span></div>', "2025-09-03"),
    ('<span class="writer">بقلم: فاطمة العلي</span>\n<time>3 سبتمبر 2025</time>', "2025-09-03"),
])
def test_a_byline_line_the_extractor_drops_is_read_from_the_page(byline, published):
    art = normalise_document(AR_HTML.replace("BYLINE", byline))
    assert art.byline == "فاطمة العلي"
    assert art.published == published
    assert "فاطمة العلي" not in art.text


def test_markup_under_a_typed_headline_is_html():
    fragment = AR_HTML.split("<article>")[1].split("</article>")[0].replace(
        "BYLINE", '<span class="author">بقلم: فاطمة العلي</span>')
    text = "افتتاح مكتبة عامة جديدة في الأحساء\n\n" + fragment
    assert looks_like_html(text)
    art = normalise_document(text)
    assert art.byline == "فاطمة العلي"
    assert "<p>" not in art.text and "<h1>" not in art.text


def test_lines_each_wrapped_in_one_element_are_read_as_their_words():
    text = ("افتتاح مكتبة عامة جديدة في الأحساء\n"
            '<span class="author">بقلم: فاطمة العلي</span>\n'
            '<span class="date">3 سبتمبر 2025</span>\n'
            "افتتحت أمانة الأحساء يوم الأربعاء مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب وقاعة "
            "للأطفال ومساحة للدراسة مفتوحة حتى منتصف الليل.\n"
            "وقال مدير المكتبة إن المشروع استغرق عامين، وإن الإقبال في اليوم الأول فاق التوقعات، إذ زار المكتبة أكثر "
            "من ألف شخص خلال ساعات قليلة.\n")
    art = normalise_document(text)
    assert art.byline == "فاطمة العلي" and art.published == "2025-09-03"
    assert "<span" not in art.text


NL_HTML = """<!DOCTYPE html><html lang="nl"><head><title>Buurthuis Zuidwijk gaat dicht - Dagblad Noord</title></head><body>
<nav><a href="/">Home</a> | <a href="/regio">Regio</a></nav><article><h1>Buurthuis Zuidwijk gaat dicht</h1>
<div class="meta"><span>Door Lotte Visser</span> | <span>12 maart 2025</span></div>
<p>Het buurthuis aan de Molenstraat in Zuidwijk gaat op 1 mei dicht. De gemeente wil het gebouw verkopen omdat het
onderhoud te duur is geworden.</p>
<p>Bewoners zijn boos. Volgens hen is het buurthuis de enige plek in de wijk waar ouderen elkaar nog ontmoeten.</p>
<p>De gemeenteraad praat op 3 april over het plan. Een groep bewoners heeft een petitie opgesteld.</p></article>
</body></html>"""


@pytest.mark.parametrize("page, author", [
    (NL_HTML, "Lotte Visser"),
    (NL_HTML.replace("Door Lotte Visser", "By Hannah Cole").replace("12 maart 2025", "12 March 2025"), "Hannah Cole"),
])
def test_a_dutch_or_english_byline_line_the_extractor_drops_is_read_too(page, author):
    art = normalise_document(page)
    assert art.byline == author and art.published == "2025-03-12"


def test_a_banner_that_opens_like_a_byline_is_no_byline():
    """Guard (main reads no line above the story at all): "By clicking Accept …" between the headline and the story
    opens like a byline; only a name, a desk or an agency is one."""
    page = NL_HTML.replace("Door Lotte Visser", "By clicking Accept you agree to our use of cookies").replace(
        "12 maart 2025", "Accept")
    assert normalise_document(page).byline is None
