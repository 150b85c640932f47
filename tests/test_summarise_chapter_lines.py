"""A podcast's chapter list ("00:00 Introduction" / "03:12 …" / "42:30 The Oxford swimmers and the water tests.") is
the episode's contents, never a takeaway (tester 32b: a chapter line became one); a live blog's clock times are no
chapter list and its entries stay candidates."""

from summarise.chapters import chapter_lines, chapter_runs
from tests.summary_docs import doc_of, takeaways

EPISODE = [
    ["This week we look at the fight over fishing rights on the river Wye.",
     "Only a few anglers' clubs hold a clear right to fish the river, and a court case in Hereford could change that."],
    ["We talk to Ruth Mensah, a solicitor who represented the anglers' clubs in the Hereford case, and to Tom Reed, a "
     "landowner who says open fishing would damage the river banks."],
    "We also hear from a school in Ross that has been testing the river water every week for a year.",
    "Show notes",
    "00:00 Introduction",
    "03:40 What the law says about fishing rights",
    "12:15 The Hereford case explained",
    "24:30 Ruth Mensah on the court case and the anglers' clubs",
    "33:05 Tom Reed: the landowner's view of the river banks",
    "41:20 The Ross school and its river water tests.",
    "49:45 What happens next for the anglers",
]


def test_a_chapter_lists_lines_are_no_takeaways():
    got = takeaways(doc_of(EPISODE, title="Episode 88: Whose river is it?"))
    assert got and not any(t[:2].isdigit() for t in got), got


def test_chapter_runs_start_at_zero_and_rise():
    lines = ["00:00 Intro", "02:15 What the cap caps", "10:40 Who pays", "Links in this episode"]
    assert chapter_runs(lines) == [range(0, 3)]
    # a live blog's clock: the times do not start at zero
    assert chapter_lines(["14:05 Police close the road", "14:32 A second lorry is stuck", "15:10 The road opens"]) == set()
    # two lines are no list
    assert chapter_lines(["00:00 Intro", "05:00 Outro"]) == set()
