"""Shapes from a second new user's pages (hand-written here, no eval data): an interview's questions became
takeaways ("Q: The novel has been called a thriller."), a reader comment did ("Mary_K wrote: Still no power …"), a
time zone was left in front of a bullet ("ET: The government has declared …") and a dateline without a comma stayed
("MOMBASA — In the coastal city …"); an article of long sentences got two bullets without saying why."""

from __future__ import annotations

from summarise import SummaryInput
from summarise.bullets import to_bullet
from summarise.extractive import ExtractiveSummariser
from summarise.structure import interview_questions, strip_label


def _doc(paragraphs: list[list[str]], title: str | None = None) -> SummaryInput:
    sentences = [s for p in paragraphs for s in p]
    index = [k for k, p in enumerate(paragraphs) for _ in p]
    return SummaryInput(sentences=sentences, paragraphs=index, title=title)


INTERVIEW = [
    ["Helen Marsh's fourth novel, The Salt Year, has been shortlisted for the Booker Prize.",
     "She spoke to us from her home in Aberdeen."],
    ["Q: Did you expect the shortlisting?"],
    ["A: Not at all.", "I didn't think the book would even be longlisted."],
    ["Q: The novel has been called a thriller.", "Is that fair?"],
    ["A: No.", "I never wanted to write a thriller.", "It is a book about grief that happens to have a crime in it."],
    ["Vraag: Waar werkt u nu aan, nu het boek is genomineerd?"],
    ["A: A collection of short stories set on the Orkney ferries.", "It will not come out before 2027."],
]


def test_interview_questions_are_no_takeaways():
    doc = _doc(INTERVIEW, title="Helen Marsh on her Booker shortlisting")
    asked = interview_questions(doc.sentences, doc.paragraphs)
    assert {doc.sentences[i] for i in asked} == {
        "Q: Did you expect the shortlisting?", "Q: The novel has been called a thriller.", "Is that fair?",
        "Vraag: Waar werkt u nu aan, nu het boek is genomineerd?"}
    for n in (None, 5):
        texts = [b.text for b in ExtractiveSummariser().summarise(doc, n).takeaways]
        assert texts and not any(t.startswith(("Q:", "A:", "Vraag:")) or t.endswith("?") for t in texts), texts


def test_answer_label_is_stripped():
    assert strip_label("A: A collection of short stories set on the Orkney ferries.") == \
        "A collection of short stories set on the Orkney ferries."
    assert to_bullet("A: A collection of short stories set on the Orkney ferries.") == \
        "A collection of short stories set on the Orkney ferries."
    assert strip_label("A 10% rise in rents was recorded.") == "A 10% rise in rents was recorded."
