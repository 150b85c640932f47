"""probeB's finding 1 (stop 33): a fact check's box with the checker's own wording for its labels ("What was claimed" /
claim / "Our verdict" / verdict, Full Fact style; "Claim reviewed" / "What we found"; nl "De bewering" / "Wat klopt
er?"; ar "الادعاء" / "النتيجة") lost its claim label, and the false claim became Key Takeaway #1. The labels are in
the phrase lists now (``fact_label``; the weaker ``fact_box_label`` only beside one of those), so labelpairs.py joins
them with their values. Pages written for these tests."""

from __future__ import annotations

import re

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.labelpairs import join_label_values
from newsbrief.normalise.lines import split_lines
from summarise.factcheck import is_labelled_claim
from tests.summary_docs import doc_of, takeaways

EN_PAGE = """Verify Desk  Fact checks  Explainers  Support us
Fact check: No, the harbour bridge is not closing to cyclists in May
By Callum Ferreira
11 March 2027
What was claimed
The harbour bridge will be closed to all cyclists from the first of May.
Our verdict
Incorrect. Only the northern footway closes, for six weeks of repairs, and cyclists keep the road lane.
A video viewed more than 80,000 times on TikTok says the harbour bridge will be closed to cyclists from May.
That is not what the works notice says. The port authority will resurface the northern footway over six weeks.
Cyclists will keep using the road lane, which has a painted cycle strip, during the works, the authority said.
The southern footway stays open to people walking, and a marshal will be on the bridge at peak times.
The repairs were agreed in January after an inspection found cracked paving slabs on the northern side.
Share this fact check
"""

NL_PAGE = """Nieuws  Factcheck  Over ons
Klopt het dat de bibliotheek in Veldhoven zijn deuren sluit?
Door Ilse Vermeulen
11 maart 2027
De bewering
De bibliotheek in Veldhoven gaat op 1 juni voorgoed dicht.
Wat klopt er?
De bibliotheek verhuist in juni naar het cultuurhuis aan het Meiveld en blijft open.
In een Facebookgroep van inwoners wordt een bericht gedeeld dat de bibliotheek na dertig jaar dichtgaat.
Dat klopt niet. Het gebouw aan de Kerkstraat sluit wel, maar de bibliotheek zelf gaat twee straten verder door.
De gemeente besloot vorig jaar het oude pand te verkopen, omdat het dak en de verwarming aan vervanging toe zijn.
In het cultuurhuis krijgt de bibliotheek een grotere leeszaal en een ruimte voor lessen digitale vaardigheden.
"""

AR_PAGE = """الرئيسية  تحقق  من نحن
هل أغلقت بلدية الزرقاء سوق الخضار المركزي نهائياً؟
بقلم رنا الخطيب
11 مارس 2027
الادعاء
أغلقت بلدية الزرقاء سوق الخضار المركزي بشكل نهائي ابتداءً من الشهر المقبل.
النتيجة
مضلل، فالسوق ينتقل مؤقتاً إلى ساحة مجاورة خلال أعمال الصيانة ثم يعود إلى موقعه.
وتداولت صفحات على مواقع التواصل منشوراً يقول إن البلدية قررت إغلاق السوق المركزي بشكل دائم.
وقالت البلدية في بيان إن السوق سينتقل لمدة ثلاثة أشهر إلى الساحة الشرقية حتى تنتهي أعمال تجديد السقف.
وأضافت أن التجار سيحتفظون بمواقعهم نفسها عند العودة، وأن الأسعار لن تتغير خلال فترة الانتقال.
"""

CASES = [(EN_PAGE, "en", "harbour bridge will be closed to all cyclists"),
         (NL_PAGE, "nl", "bibliotheek in Veldhoven gaat op 1 juni"),
         (AR_PAGE, "ar", "أغلقت بلدية الزرقاء سوق الخضار المركزي بشكل نهائي")]


@pytest.mark.parametrize("page, language, claim", CASES)
def test_the_claim_keeps_its_label(page, language, claim):
    article = normalise_text(page, language=language)
    claim_paragraphs = [p for p in article.paragraphs if claim in p]
    assert claim_paragraphs, article.paragraphs
    assert all(is_labelled_claim(p) for p in claim_paragraphs), claim_paragraphs


@pytest.mark.parametrize("page, language, claim", CASES[:2])
def test_the_claim_is_no_takeaway(page, language, claim):
    # (the ar page is summarised in its English translation; the summariser reads English sentences)
    article = normalise_text(page, language=language)
    paragraphs = [re.split(r"(?<=[.!?؟])\s+", p) for p in article.paragraphs]
    texts = takeaways(doc_of(paragraphs, title=article.title))
    assert texts, texts
    assert not any(claim in t for t in texts), texts


def test_guard_weak_labels_alone_are_section_headings():
    # a long read's "The facts" and "Our ruling" sections (PolitiFact style): no strong label near, nothing joined
    text = ("The facts\nThe council approved the plan in March after a public hearing.\nOur ruling\n"
            "The statement leaves out the later vote, so it misleads.\n")
    lines = join_label_values(split_lines(text))
    assert [line.text for line in lines][0] == "The facts"
    assert "Our ruling" in [line.text for line in lines]


def test_a_weak_label_beside_a_strong_one_is_joined():
    lines = join_label_values(split_lines("Claim reviewed\nThe tram is free on Sundays.\nWhat we found\n"
                                          "Only children ride free on Sundays.\n"))
    assert [line.text for line in lines] == ["Claim reviewed: The tram is free on Sundays.",
                                             "What we found: Only children ride free on Sundays."]


def test_a_short_page_left_with_its_claim_does_not_state_it():
    # the fallback for a page with no usable sentence still never takes the labelled claim
    doc = doc_of([["What was claimed: Tram fares double in May."], ["Our verdict: False."]])
    assert not any("Tram fares double" in t for t in takeaways(doc))
