"""A wire story's header as Anadolu's Arabic copy prints it (stop 34, probeA finding 4 a/b).

- The headline's translation in another script right under it (the Arabic headline, then the English one) was kept as
  the story's standfirst: a line in another script than the headline is its translation, no standfirst
  (classify.py `_standfirst`). A standfirst in the headline's script stays.
- The dateline on its own line with a slash ("أنقرة/ الأناضول") stayed in the text, though its
  agency went to the byline: it is a dateline line (datelines.py `dateline_line`). A breadcrumb "Home / Reuters" or a photo credit
  "Charlie Riedel/AP" is no dateline.
"""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import dateline_line

AR_HEAD = "الأردن والعراق يوقعان مذكرة تفاهم لربط شبكتي الكهرباء"
AR_BODY = [
    "وقّع الأردن والعراق، الأربعاء، مذكرة تفاهم لربط شبكتي الكهرباء بين البلدين بقدرة أولية تبلغ 500 ميغاواط، على أن "
    "يبدأ التشغيل التجريبي منتصف العام المقبل.",
    "وجرى التوقيع في عمّان بحضور وزيري الطاقة في البلدين، اللذين أكدا أن المشروع سيخفف من عجز الكهرباء في أشهر الصيف.",
    "وقال وزير الطاقة الأردني إن المرحلة الثانية من المشروع سترفع القدرة إلى ألف ميغاواط بحلول عام 2029.",
]
EN_TRANSLATION = "Jordan, Iraq sign memorandum to link electricity grids"


def ar_page(*header: str) -> str:
    return "\n".join(["الأناضول", "اقتصاد", AR_HEAD, *header, *AR_BODY, "الأكثر قراءة",
                      "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية", "© وكالة الأناضول 2026"])


def test_the_headlines_translation_in_another_script_is_no_standfirst():
    art = normalise_text(ar_page(EN_TRANSLATION, "محمد السعيد", "03.12.2026", "أنقرة/ الأناضول"))
    assert art.title == AR_HEAD
    assert EN_TRANSLATION not in art.text
    assert all(p in art.text for p in AR_BODY)


def test_a_standfirst_in_the_headlines_script_stays():
    standfirst = "المشروع يهدف إلى تخفيف عجز الكهرباء في أشهر الصيف وتبادل الفائض بين البلدين"
    art = normalise_text(ar_page(standfirst, "محمد السعيد", "03.12.2026"))
    assert standfirst in art.text


def test_a_place_slash_agency_line_is_the_dateline():
    art = normalise_text(ar_page("محمد السعيد", "03.12.2026", "أنقرة/ الأناضول"))
    assert "أنقرة/ الأناضول" not in art.text
    assert "الأناضول" in (art.byline or "")
    assert all(p in art.text for p in AR_BODY)


def test_the_slash_dateline_reads_its_agency_and_a_breadcrumb_does_not():
    assert dateline_line("أنقرة/ الأناضول").agency == "الأناضول"
    assert dateline_line("Charlie Riedel/AP") is None  # a photo credit
    assert dateline_line("Home / Reuters") is None
    assert dateline_line("الرئيسية/ رويترز") is None
