"""probeC's findings 1 (stop 32): a fact check's claim box dumped with its labels alone on their lines ("CLAIM" /
claim / "VERDICT" / "False"): the bare label was removed, the claim stayed as an unlabelled sentence and became Key
Takeaway #1, and the verdict stayed as a lone "False". normalise/labelpairs.py joins label and value, so the box reads
as "CLAIM: …" / "VERDICT: False", which classify.py, summarise/factcheck.py and summarise/verdicts.py know. Pages
written for these tests (en, nl, ar)."""

from __future__ import annotations

import re

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.labelpairs import join_label_values
from newsbrief.normalise.lines import split_lines
from summarise.factcheck import is_labelled_claim
from tests.summary_docs import doc_of, takeaways

EN_PAGE = """Home
Fact checks
About us
Fact check: No, the ferry to Harlow Island has not been cancelled for the winter
By Priya Nandakumar
March 4, 2027
CLAIM
The ferry service to Harlow Island has been cancelled until April and islanders will be cut off.
VERDICT
False
The ferry runs a reduced winter timetable of three crossings a day. No crossing has been cancelled this year.
A message forwarded in several local groups on WhatsApp says the operator "scrapped the winter service".
The operator, Harlow Marine, said the 7.15am, 12.30pm and 5.45pm crossings run every day until the end of March.
Its timetable shows the summer service of eight crossings a day returns on April 1, as it has every year since 2019.
The county council, which pays for the service, said it had no plans to change the contract before 2029.
Share on Facebook
"""

NL_PAGE = """Home
Factchecks
Klopt het dat de veerpont bij Dorpsveld de hele winter niet vaart?
Door Sanne de Wit
4 maart 2027
Bewering
De veerpont bij Dorpsveld vaart tot april niet meer en bewoners moeten twintig kilometer omrijden.
Ons oordeel
Onwaar
De pont vaart in de winter op een beperkte dienstregeling, maar hij vaart wel elke dag.
Een bericht dat in buurtgroepen op WhatsApp wordt gedeeld, stelt dat de pont tot april uit de vaart is.
De provincie, die de pont betaalt, zegt dat de pont tussen november en maart van 7.00 tot 19.00 uur vaart.
Alleen op eerste kerstdag vaart de pont niet, zoals elk jaar sinds de dienst in 2015 begon.
"""

AR_PAGE = """الرئيسية
تدقيق الأخبار
هل توقفت العبارة إلى جزيرة الحوراء طوال الشتاء؟
بقلم سلمى العطار
4 مارس 2027
الادعاء
توقفت العبارة إلى جزيرة الحوراء حتى شهر أبريل وأصبح السكان معزولين عن البر.
التقييم
زائف
تعمل العبارة في الشتاء وفق جدول مخفض من ثلاث رحلات يومياً، ولم تلغ أي رحلة هذا العام.
وتداول مستخدمون على مواقع التواصل منشوراً يقول إن الشركة المشغلة أوقفت الخدمة الشتوية.
وقالت الشركة المشغلة إن الرحلات تنطلق يومياً في السابعة صباحاً والثانية عشرة ظهراً والخامسة مساءً.
وأضافت أن الجدول الصيفي من ثماني رحلات يومياً يعود في الأول من أبريل كما يحدث كل عام.
"""

CASES = [(EN_PAGE, "en", "ferry service to Harlow Island has been cancelled", "VERDICT: False"),
         (NL_PAGE, "nl", "veerpont bij Dorpsveld vaart tot april niet meer", "Ons oordeel: Onwaar"),
         (AR_PAGE, "ar", "توقفت العبارة إلى جزيرة الحوراء", "التقييم: زائف")]


@pytest.mark.parametrize("page, language, claim, verdict", CASES)
def test_a_bare_label_keeps_its_value_as_a_labelled_line(page, language, claim, verdict):
    article = normalise_text(page, language=language)
    claim_paragraphs = [p for p in article.paragraphs if claim in p]
    assert claim_paragraphs, article.paragraphs
    # the claim is kept with its label, so the summariser knows it for the checked claim, not a finding
    assert all(is_labelled_claim(p) for p in claim_paragraphs), claim_paragraphs
    # the verdict is kept with its label, not as a lone word in the body
    assert verdict in article.paragraphs, article.paragraphs
    assert verdict.split(": ")[1] not in article.paragraphs, article.paragraphs


def test_the_claim_of_a_box_with_bare_labels_is_no_takeaway():
    article = normalise_text(EN_PAGE, language="en")
    paragraphs = [re.split(r"(?<=[.!?])\s+", p) for p in article.paragraphs]
    texts = takeaways(doc_of(paragraphs, title=article.title))
    assert texts, texts
    assert not any("has been cancelled until April" in t for t in texts), texts


def test_guard_a_label_over_a_long_section_is_not_joined():
    # "Verdict" heading a review's closing section: the text under it is no box value
    section = " ".join(["The kitchen copes well with a full room and the service is warm and quick."] * 6)
    lines = join_label_values(split_lines(f"Verdict\n{section}\n"))
    assert [line.text for line in lines] == ["Verdict", section]


def test_guard_two_labels_in_a_row_are_not_joined():
    lines = join_label_values(split_lines("Claim\nVerdict\nFalse\n"))
    assert [line.text for line in lines] == ["Claim", "Verdict: False"]


def test_guard_a_lone_rating_label_is_no_fact_check_box():
    # a game's or a product's "Rating" over its value, no claim label near it: left to the classifier
    lines = join_label_values(split_lines("Platform\nPC, console\nRating\nM (Mature)\nPrice\n$59.99\n"))
    assert [line.text for line in lines][2:4] == ["Rating", "M (Mature)"]
