"""A post's own head whose headline asks a question (posthead._head_line under a date alone; dragnet folds 0-1 kept a
blog's "about" blurb above "Sunday, October 14, 2012" / "Research in Backward's Motion?" as the story's first
paragraph, since a line that ends in "?" has no headline shape). Every page here is written for the tests; each case
fails on the code before the fix unless it says it is a guard:

* a blog's name, its blurb, the post's date alone, a question headline and the post (en, nl, ar);
* guards: a news story whose own lead paragraphs stand under its headline, above a dated question subheading, keeps
  them (en, nl, ar); the question test is linear in the line's length.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text

BLOG_EN = """skip to main |
skip to sidebar
The Filing Cabinet
Investors often overlook company filings, and it is the job of this blog to dig through quarterly reports and proxy statements for the facts that the press releases leave out.
Sunday, October 14, 2012
Is the phone maker running out of cash?
The phone maker is counting on its new handset to revive sales this winter, but its latest quarterly report shows how little time it has left to do so.
Cash fell by a third in the quarter, and the company now spends more on its factories each month than it takes in from its customers.
The report also shows that two of its largest suppliers have asked to be paid in advance, which is rarely a good sign for a company of its size.
If the new handset sells as well as the last one did, the company will have to borrow again before the summer, the filing says.
Posted by Dave Phillips at 12:16 AM
No comments:
"""

BLOG_NL = """skip to main |
skip to sidebar
De Jaarverslagenkast
Beleggers slaan jaarverslagen vaak over, en deze blog leest de kwartaalcijfers en de stukken voor de aandeelhoudersvergadering op zoek naar wat de persberichten weglaten.
zondag 14 oktober 2012
Raakt de telefoonmaker door zijn geld heen?
De telefoonmaker rekent op zijn nieuwe toestel om de verkoop deze winter te redden, maar het laatste kwartaalverslag laat zien hoe weinig tijd daarvoor nog over is.
De kaspositie daalde in het kwartaal met een derde, en het bedrijf geeft elke maand meer uit aan zijn fabrieken dan het van zijn klanten ontvangt.
Uit het verslag blijkt ook dat twee van de grootste leveranciers vooruitbetaling hebben gevraagd, zelden een goed teken voor een bedrijf van deze omvang.
Als het nieuwe toestel net zo goed verkoopt als het vorige, moet het bedrijf voor de zomer opnieuw lenen, staat in het verslag.
Geplaatst door Dave Pieters om 0:16
Geen opmerkingen:
"""

BLOG_AR = """skip to main |
skip to sidebar
خزانة التقارير
كثيرا ما يتجاهل المستثمرون التقارير المالية للشركات، ومهمة هذه المدونة أن تقرأ التقارير الفصلية ومحاضر الجمعيات العمومية بحثا عما تتركه البيانات الصحفية.
الأحد 14 أكتوبر 2012
هل تنفد أموال شركة الهواتف؟
تعول شركة الهواتف على جهازها الجديد لإنعاش مبيعاتها هذا الشتاء، لكن تقريرها الفصلي الأخير يبين كم بقي لها من الوقت لتحقيق ذلك.
وانخفض النقد لديها بمقدار الثلث خلال الربع، وصارت الشركة تنفق على مصانعها كل شهر أكثر مما تحصله من زبائنها.
ويظهر التقرير أيضا أن اثنين من أكبر مورديها طلبا الدفع مقدما، وهي علامة نادرا ما تكون جيدة لشركة بحجمها.
وإذا بيع الجهاز الجديد بقدر ما بيع سابقه، فستضطر الشركة إلى الاقتراض مجددا قبل الصيف، بحسب التقرير.
نشرها سامي يوسف في 12:16 ص
لا توجد تعليقات:
"""

BLURBS = {
    "en": (BLOG_EN, "Investors often overlook company filings", "Cash fell by a third in the quarter"),
    "nl": (BLOG_NL, "Beleggers slaan jaarverslagen vaak over", "De kaspositie daalde in het kwartaal"),
    "ar": (BLOG_AR, "كثيرا ما يتجاهل المستثمرون التقارير المالية", "وانخفض النقد لديها بمقدار الثلث"),
}


@pytest.mark.parametrize("case", sorted(BLURBS))
@pytest.mark.parametrize("model", [False, None])
def test_a_blurb_above_a_dated_question_headline_is_not_the_story(case, model):
    page, blurb, post = BLURBS[case]
    article = normalise_text(page, model=model)
    assert blurb not in article.text
    assert post in article.text


STORY_EN = """Home
Business
Phone maker posts a third loss in a row
By Anna Berg
The phone maker lost money for a third quarter in a row, it said on Thursday, as sales of its older handsets fell faster than analysts had expected in every region.
The company said it would cut two thousand jobs and close one of its three factories by the end of next year to save money before its new handset comes out.
October 14, 2012
Can the new handset save it?
Analysts said the new handset would have to sell at least as well as the last one for the company to avoid borrowing again before the summer.
Some of them said the company had waited too long to change its software, and that buyers had already moved to rival phones.
"""

STORY_NL = """Home
Economie
Telefoonmaker lijdt derde verlies op rij
Door Anna Berg
De telefoonmaker heeft voor het derde kwartaal op rij verlies geleden, meldde het bedrijf donderdag, omdat de verkoop van oudere toestellen in alle regio's sneller daalde dan verwacht.
Het bedrijf schrapt tweeduizend banen en sluit voor het einde van volgend jaar een van zijn drie fabrieken om geld te besparen voordat het nieuwe toestel uitkomt.
14 oktober 2012
Kan het nieuwe toestel het bedrijf redden?
Analisten zeggen dat het nieuwe toestel minstens zo goed moet verkopen als het vorige om te voorkomen dat het bedrijf voor de zomer opnieuw moet lenen.
Sommigen van hen zeggen dat het bedrijf te lang heeft gewacht met het vernieuwen van zijn software, en dat kopers al naar concurrenten zijn overgestapt.
"""

STORY_AR = """الرئيسية
اقتصاد
شركة الهواتف تتكبد خسارة للربع الثالث على التوالي
بقلم آنا بيرغ
تكبدت شركة الهواتف خسارة للربع الثالث على التوالي، بحسب ما أعلنته يوم الخميس، مع تراجع مبيعات أجهزتها القديمة في كل المناطق بأسرع مما توقعه المحللون.
وقالت الشركة إنها ستلغي ألفي وظيفة وتغلق أحد مصانعها الثلاثة بحلول نهاية العام المقبل لتوفير المال قبل طرح جهازها الجديد.
14 أكتوبر 2012
هل ينقذها الجهاز الجديد؟
وقال محللون إن الجهاز الجديد يجب أن يبيع على الأقل بقدر ما باع سابقه حتى تتجنب الشركة الاقتراض مجددا قبل الصيف.
وقال بعضهم إن الشركة انتظرت طويلا قبل تغيير برمجياتها، وإن المشترين انتقلوا بالفعل إلى هواتف منافسة.
"""

STORIES = {
    "en": (STORY_EN, "The phone maker lost money for a third quarter", "The company said it would cut two thousand"),
    "nl": (STORY_NL, "De telefoonmaker heeft voor het derde kwartaal", "Het bedrijf schrapt tweeduizend banen"),
    "ar": (STORY_AR, "تكبدت شركة الهواتف خسارة للربع الثالث", "وقالت الشركة إنها ستلغي ألفي وظيفة"),
}


@pytest.mark.parametrize("case", sorted(STORIES))
def test_guard_a_storys_lead_above_a_dated_question_subheading_stays(case):
    page, lead, second = STORIES[case]
    article = normalise_text(page)
    assert lead in article.text and second in article.text


def test_guard_the_question_test_is_linear_in_the_lines_length():
    from newsbrief.normalise.posthead import _QUESTION

    def timed(n: int) -> float:
        text = "?'" * n + " x"
        began = time.process_time()
        for _ in range(20):
            _QUESTION.search(text)
        return time.process_time() - began

    timed(100)
    # the best of three runs each, in CPU time: wall time counted the waits of a loaded machine (a ratio of 67 once,
    # with the pattern unchanged); ten times the text, well under 40 times the time (a quadratic pattern takes 100)
    small, large = min(timed(2000) for _ in range(3)), min(timed(20000) for _ in range(3))
    assert large < max(small, 1e-3) * 40
