"""tester 10's finding F7 (stop 25): a match report's score box cut in two above the story, without a word.

The model removed the score lines ("Rovers 3 (Okafor 23, 67)") and kept the attendance line under them as the text's
first paragraph; the table warning only looked between the first and the last kept line, and under the story. Now
a run of short lines with numbers that the first kept line closes, its removed lines right above it, is named too
(losses._box_above). The decision itself is the model's (unchanged): the warning says what it cut. Every page here is
written for the tests; the model's decisions are stood in for by the roles given."""

from __future__ import annotations

import pytest

from newsbrief.normalise.losses import TABLE_WARNING, number_table_warning

LEAD = {
    "en": "Ashby United came from behind to beat Castle Vale and climb to third in the table on Saturday afternoon.",
    "nl": "FC Lindendaal won zaterdag na een achterstand van Rood-Wit en klimt daarmee naar de derde plaats.",
    "ar": "حقق فريق النجم فوزا ثمينا على ضيفه الاتحاد بعد أن كان متأخرا في الشوط الأول ليصعد إلى المركز الثالث.",
}
BOX = {
    "en": ["Ashby United 2 (Reece 38, Tomlin 77)", "Castle Vale 1 (Hart 12)", "Attendance: 8,406"],
    "nl": ["FC Lindendaal 2 (De Wit 38, Bakker 77)", "Rood-Wit 1 (Jansen 12)", "Toeschouwers: 6.410"],
    "ar": ["النجم 2 (سالم 38، فهد 77)", "الاتحاد 1 (خالد 12)", "الحضور: 18 ألف متفرج"],
}


def _page(lang: str, roles_box: list[str]):
    texts = ["Headline of the match", "By a reporter"] + BOX[lang] + [LEAD[lang], LEAD[lang]]
    roles = ["title", "byline"] + roles_box + ["content", "content"]
    reasons = ["headline", "byline"] + ["model 0.60 (rules: before the article)"] * 3 + ["prose", "prose"]
    words = [len(t.split()) for t in texts]
    return texts, roles, reasons, words


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_a_score_box_cut_in_two_above_the_story_is_warned_about(lang):
    said = number_table_warning(*_page(lang, ["removed", "removed", "content"]))
    assert said and said.startswith(TABLE_WARNING), said
    assert "2 of its 3 lines above the story" in said and BOX[lang][0][:20] in said, said


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_a_box_kept_whole_or_removed_whole_says_nothing_new(lang):
    # kept whole: nothing was lost; removed whole above the story: the header's furniture, as before (no warning)
    assert number_table_warning(*_page(lang, ["content", "content", "content"])) is None
    assert number_table_warning(*_page(lang, ["removed", "removed", "removed"])) is None


def test_the_box_joins_a_table_warning_under_the_story():
    texts, roles, reasons, words = _page("en", ["removed", "removed", "content"])
    rows = ["Pos | Team | P | Pts", "1 | Ashby United | 19 | 40", "2 | Castle Vale | 19 | 39", "3 | Port Alder | 18 | 38"]
    said = number_table_warning(texts + rows, roles + ["removed"] * 4, reasons + ["after the article"] * 4,
                                words + [len(r.split()) for r in rows])
    assert said.count(TABLE_WARNING) == 1 and "under the story" in said and "above the story" in said, said


def test_a_date_line_above_a_short_first_paragraph_is_no_box():
    # a removed date line over a short kept line with a figure: dates are no table rows
    texts = ["Headline", "Saturday 5 December 2026", "Updated 14:05", "Attendance: 8,406", LEAD["en"]]
    roles = ["title", "removed", "removed", "content", "content"]
    reasons = ["headline", "date", "date", "prose", "prose"]
    assert number_table_warning(texts, roles, reasons, [len(t.split()) for t in texts]) is None
