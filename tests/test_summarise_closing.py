"""A comment piece's closing demand is a takeaway (summarise/closing.py). Every column here is written for the test;
the Dutch and Arabic ones as the summariser reads them, in their English translation."""

from __future__ import annotations

import pytest

from summarise import SummaryInput, load_summariser
from summarise.closing import closing_demand

LIBRARY = ("Closing the library is a false economy", [
    ["Last week the council voted to close the Westgate library, the only one in the north of the town, to save "
     "180,000 pounds a year."],
    ["On paper the saving looks sensible.", "The building needs a new roof and visitor numbers have fallen by a third "
     "since 2019."],
    ["But the numbers hide who uses it.", "On any weekday afternoon the reading room is full of pupils from the two "
     "secondary schools nearby, many of whom have no quiet place to study at home."],
    ["The library also runs the town's only free job club.", "Last year it helped 240 people write a CV or apply for "
     "work online."],
    ["The council says these services can move to the community centre.", "That centre is two bus rides away and "
     "closes at five."],
    ["The council must reverse the decision and find the money for the roof before the winter."],
])
# from Dutch: "Het kabinet moet de huurgrens nog dit jaar invoeren …"
RENTS = ("The cabinet is failing young renters", [
    ["Rents in the four largest cities rose by nine percent last year, the fastest rise in two decades."],
    ["A young nurse in Utrecht now spends almost half of her income on a room in a shared flat."],
    ["The cabinet promised 100,000 new homes a year, but builders started fewer than 70,000 last year."],
    ["Meanwhile the rules that cap rents for mid-priced homes have been delayed twice."],
    ["The cabinet must bring in the rent cap this year and stop waiting for the perfect plan."],
])
# from Arabic: "على الحكومة أن تنشر جدولا زمنيا …"
WATER = ("Water cuts show a state that has stopped planning", [
    ["For the third summer in a row, districts in the east of the capital have had running water for only a few "
     "hours a day."],
    ["The water authority blames old pipes, which lose almost 40 percent of the water they carry."],
    ["Plans to replace the pipes were announced in 2018 and again in 2021, but work has started on only two short "
     "sections."],
    ["Families buy water from tankers at ten times the price of tap water."],
    ["The government must publish a timetable for replacing the pipes and report every quarter on how far it has "
     "got."],
])


def _doc(column) -> SummaryInput:
    title, paragraphs = column
    sentences = [s for p in paragraphs for s in p]
    return SummaryInput(sentences, [k for k, p in enumerate(paragraphs) for _ in p], title)


@pytest.mark.parametrize("column", [LIBRARY, RENTS, WATER], ids=["en", "nl", "ar"])
def test_a_columns_closing_demand_is_a_takeaway(column):
    # the lead and the facts the column keeps coming back to filled the takeaways; its point, said once and last, not
    doc = _doc(column)
    summary = load_summariser("extractive").summarise(doc, n=None)
    assert any(b.text == doc.sentences[-1] for b in summary.takeaways), [b.text for b in summary.takeaways]


@pytest.mark.parametrize("sentence", [
    '"The council must reverse the decision," said Jane Marsh, who runs the job club.',  # someone else's demand
    "The council must reverse the decision, campaigners said.",
    "It must be said that the council had little choice.",  # leans on nothing, asks nothing
    "Some buildings must be complex to be safe.",  # describes
    "Time and patience are all you need to finish the job.",
    "There's no need to panic about the roof.",
    "Should the council reverse the decision?",
])
def test_no_closing_demand_in_reported_words_descriptions_or_questions(sentence):
    # guard: the rule reads the writer's own demand only
    title, paragraphs = LIBRARY
    doc = _doc((title, paragraphs[:-1] + [[sentence]]))
    assert closing_demand(doc.sentences, doc.paragraphs) is None


def test_a_text_without_paragraphs_has_no_closing_demand():
    # guard: CNN/DM's texts are one paragraph; no ROUGE rests on the rule
    doc = _doc(LIBRARY)
    assert closing_demand(doc.sentences, [0] * len(doc.sentences)) is None
    assert closing_demand(doc.sentences, doc.paragraphs) == len(doc.sentences) - 1
