"""Tester 7's nl/ar parity findings (fix9c): what worked on an English page and not on its Dutch or Arabic twin.

Hand-written pages; each case fails on the code before its fix (a guard, labelled, passes on both): an Arabic bio
headed "عن الكاتبة" (the feminine form of "about the author") stayed in the text and let the first reader comment
after it in too.
"""

from __future__ import annotations

from newsbrief.normalise import normalise_text


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- finding 5: an Arabic author bio in the feminine form, then reader comments ------------------------------------

AR_BIO_STORY = [
    "جريدة الشمال",
    "محليات | اقتصاد | رياضة",
    "",
    "افتتاح حديقة عامة جديدة على ضفاف النهر بعد عامين من العمل",
    "بقلم: ريم عبد الله",
    "١٢ أبريل ٢٠٢٦",
    "",
    "افتتحت بلدية المدينة صباح السبت حديقة عامة جديدة على ضفاف النهر، تمتد على مساحة أربعين ألف متر مربع.",
    "",
    "وتضم الحديقة مسارات للمشي وركوب الدراجات، وملعبين للأطفال، ومقهى صغيراً يديره شباب من الحي.",
    "",
    "وقالت مديرة المشروع إن البلدية زرعت أكثر من ألفي شجرة، وإن الحديقة ستبقى مفتوحة حتى منتصف الليل في الصيف.",
    "",
]
AR_BIO = "ريم عبد الله صحفية تكتب عن شؤون البلديات والبيئة منذ عام ٢٠١٨."
AR_COMMENTS = [
    "التعليقات (٢)",
    "",
    "يوسف",
    "١٢ أبريل ٢٠٢٦",
    "أخيراً مكان نظيف يلعب فيه أطفالنا بأمان.",
    "",
    "ليلى م.",
    "١٣ أبريل ٢٠٢٦",
    "نتمنى أن توفر البلدية مواقف كافية للسيارات قرب المدخل.",
    "",
    "أضف تعليقاً",
    "جميع الحقوق محفوظة",
]


def test_arabic_bio_in_the_feminine_ends_the_story_and_its_comments_go():
    article = normalise_text(_page(*AR_BIO_STORY, "عن الكاتبة", AR_BIO, "", *AR_COMMENTS))
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].startswith("وقالت مديرة المشروع")
    for line in ("عن الكاتبة", AR_BIO, "أخيراً مكان نظيف يلعب فيه أطفالنا بأمان."):
        assert line not in article.text and line in article.removed


def test_arabic_bio_in_the_masculine_guard():
    """Guard (passes before the fix too): the masculine heading was already an end marker."""
    bio = "سامر حداد صحفي يكتب عن شؤون البلديات والبيئة منذ عام ٢٠١٨."
    article = normalise_text(_page(*AR_BIO_STORY, "عن الكاتب", bio, "", *AR_COMMENTS))
    assert len(article.paragraphs) == 3
    assert bio not in article.text and "أخيراً مكان نظيف يلعب فيه أطفالنا بأمان." not in article.text
