"""Review of stop 25, finding 8: an Arabic "place - name" line under the headline with the story's date under it took a
subtitle's topic or a paper's name for the reporter ("دمشق - ارتفاع الأسعار" gave the byline "ارتفاع الأسعار";
"القاهرة - جريدة الشروق", "القاهرة - بوابة الأهرام" too). A paper, a portal, a service or a meeting is a body's noun,
and a verbal noun first (the measures افتعال, انفعال, استفعال) opens a topic, never a given name. Arabic only: a Latin
name stands behind its label ("LEIDEN - Door Jan de Vries"), which tests/test_normalise_tester10_tail_bylines.py
covers with the reporters' lines that must still give their byline.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import place_author_and_date

TITLE = "افتتاح محطة لتحلية المياه بالطاقة الشمسية في الحديدة"
DATE = "الأربعاء 2 ديسمبر 2026"
PARAGRAPHS = [
    "افتتحت المؤسسة العامة للمياه، اليوم الأربعاء، محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في مدينة الحديدة، "
    "بطاقة إنتاجية تبلغ تسعة آلاف متر مكعب يومياً.",
    "وقال الوزير خلال حفل الافتتاح إن المحطة ستغطي احتياجات نحو 45 ألف نسمة من مياه الشرب، وإنها جزء من خطة وطنية "
    "لتقليل الاعتماد على المياه الجوفية.",
    "وبلغت كلفة المشروع نحو 36 مليون دولار، مولت الحكومة جزءاً منها بقرض ميسر من صندوق التنمية.",
]


def _page(line: str) -> str:
    return "\n\n".join([TITLE, line, DATE] + PARAGRAPHS) + "\n"


@pytest.mark.parametrize("line", [
    "دمشق - ارتفاع الأسعار",       # افتعال
    "القاهرة - جريدة الشروق",       # a paper
    "القاهرة - بوابة الأهرام",      # a portal
    "بيروت - انخفاض الأسعار",       # انفعال
    "عمّان - استقبال اللاجئين",     # استفعال
    "بغداد - ازدحام الطرق",         # افتعال with its assimilated د
])
def test_a_topic_or_a_paper_after_the_place_is_no_reporter(line):
    article = normalise_text(_page(line))
    assert article.byline is None
    assert article.published == "2026-12-02"


@pytest.mark.parametrize("line, byline", [
    ("دمشق - أحمد العمري", "أحمد العمري"),
    ("القاهرة - جمال الغيطاني", "جمال الغيطاني"),  # فعال is a given name's shape: left alone
    ("الرياض - عبدالله القحطاني", "عبدالله القحطاني"),
])
def test_guard_a_reporters_name_after_the_place_stays_the_byline(line, byline):
    assert normalise_text(_page(line)).byline == byline


def test_the_verbal_noun_check_is_linear():
    def timed(text):
        start = time.process_time()
        place_author_and_date(text, True)
        return time.process_time() - start

    # the line is bounded (120 characters), so the cost stays flat for any input length
    for make in (lambda n: "دمشق - " + "ا" * n, lambda n: "دمشق - " + "ارتفاع " * n):
        small, large = min(timed(make(2000)) for _ in range(3)), min(timed(make(80000)) for _ in range(3))
        assert large < 8 * max(small, 1e-4), (small, large)
