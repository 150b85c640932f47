"""An Arabic reporter named Ali: "علي" folds to the preposition "على", which no name holds; in a place–reporter
dateline after a first name it is the given name (stop 25 left "القاهرة - ايمان علي" with the place as byline and the
name as the story's first paragraph)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

HEADLINE = "مصر توسع شبكة مترو الأنفاق بثلاثة خطوط جديدة"
STORY = [
    "أعلنت وزارة النقل المصرية اليوم عن خطة جديدة لتوسيع شبكة مترو الأنفاق في القاهرة الكبرى خلال السنوات الخمس المقبلة.",
    "وقال المتحدث باسم الوزارة إن الخطة تشمل ثلاثة خطوط جديدة تربط الأحياء الشرقية بوسط المدينة.",
    "ومن المتوقع أن تبدأ الأعمال في الربع الأول من العام المقبل بتكلفة تقدر بمليارات الجنيهات.",
]


def _normalise(dateline: str):
    return normalise_text("\n".join([HEADLINE, dateline, *STORY]))


@pytest.mark.parametrize("dateline, name", [
    ("القاهرة - ايمان علي", "ايمان علي"),
    ("الإسكندرية - إيمان على", "إيمان على"),  # Egyptian print writes the name's final ي as ى
    ("القاهرة - محمد علي حسن", "محمد علي حسن"),
    ("بيروت - أحمد علي", "أحمد علي"),
])
def test_a_reporter_named_ali_is_the_byline(dateline, name):
    article = _normalise(dateline)
    assert article.byline == name
    assert article.text.startswith(STORY[0])
    assert name not in article.text


@pytest.mark.parametrize("subtitle", ["هجوم على سوق الخضار", "انتصار على الأهلي"])
def test_guard_a_subtitle_with_the_preposition_is_no_name(subtitle):
    article = _normalise("القاهرة - " + subtitle)
    assert article.byline != subtitle and (article.byline or "").find("على") < 0
