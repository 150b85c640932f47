"""A quotation whose only speaker is a bare pronoun ('"…," she said.', '"…", zei ze.', "وقالت: «…»") makes a weak
takeaway: the bullet list does not say who "she" is, so the bullet gives someone's claim as the story's own. The
summariser down-weights it (ExtractiveConfig.pronoun_speakers, summarise/context.py `pronoun_speakers`), as it does
a bare it/this/they subject, and prefers the sentences that name their subject (stop 25, fix13). Hand-written
stories in en, nl and ar (an Arabic or Dutch text is summarised so under a forced language).
"""

from __future__ import annotations

import time

import pytest

from summarise import SummaryInput
from summarise.context import pronoun_speakers
from summarise.extractive import ExtractiveSummariser


def doc_of(paragraphs: list[str], title: str) -> SummaryInput:
    return SummaryInput(paragraphs, list(range(len(paragraphs))), title)


STORIES = {
    "en": (["The regional hospital opened a new children's ward on Monday after two years of building work.",
            "Its director, Maria Lopez, thanked the nurses and the families who had raised money for it.",
            '"The new children\'s ward will change how this hospital cares for sick children from the whole region '
            'for decades," she said.',
            "The ward has 40 beds, a playroom and rooms where parents can stay overnight.",
            "The old ward will become offices next year."], "Hospital opens new children's ward"),
    "ar": (["افتتح المستشفى الإقليمي يوم الاثنين جناحا جديدا للأطفال بعد عامين من أعمال البناء.",
            "وشكرت مديرة المستشفى ماريا لوبيز الممرضات والعائلات التي جمعت التبرعات.",
            "وقالت: «جناح الأطفال الجديد سيغير طريقة رعاية هذا المستشفى للأطفال المرضى من كل المنطقة لعقود».",
            "ويضم الجناح 40 سريرا وغرفة للعب وغرفا يمكن للآباء المبيت فيها.",
            "وسيتحول الجناح القديم إلى مكاتب العام المقبل."], "المستشفى يفتتح جناحا جديدا للأطفال"),
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_quotation_said_by_a_bare_pronoun_is_not_a_takeaway_when_other_sentences_are(lang):
    paragraphs, title = STORIES[lang]
    got = [b.text for b in ExtractiveSummariser().summarise(doc_of(paragraphs, title), 3).takeaways]
    assert not any(paragraphs[2][:30] in t for t in got), got
    assert len(got) == 3


@pytest.mark.parametrize("sentence", [
    '"This ward will change how we care for the youngest patients," she said.',
    '"We could not have done it without the people of this town," he added on Friday.',
    'She said: "The ward is ready."',
    '"Dit is een historische dag", zei ze.',
    '"De brug is te duur", aldus hij.',
    'Hij zei: "We beginnen in maart."',
    "وقالت: «هذه خطوة تاريخية».",
    "وأضاف إن «الحملة تستهدف مليوني طالب».",
])
def test_a_quotation_whose_only_speaker_is_a_pronoun(sentence):
    assert pronoun_speakers([sentence]) == {0}


@pytest.mark.parametrize("sentence", [
    '"This is historic," the mayor said.',
    '"We are sorry," said Anna Smith, the spokeswoman.',
    "She said the hospital had spent two years building the ward.",  # reported speech: only PRONOUN_START's weight
    '"Dit is een historische dag", zei burgemeester De Vries.',
    "وقال الوزير: «هذه خطوة تاريخية».",
    'The film "Heat" was shown again on Friday, he noted in the programme notes and on the radio.',
])
def test_guard_a_named_speaker_or_no_quotation_is_no_pronoun_speaker(sentence):
    assert pronoun_speakers([sentence]) == set()


def test_pronoun_speakers_scale_linearly():
    sentence = '"' + "word, " * 40000 + '" she said.'
    start = time.process_time()
    assert pronoun_speakers([sentence]) == {0}
    assert time.process_time() - start < 2.0
