"""Tester 29 (probe A), D4: a review's star rating was kept in an English review ("★★★★☆" under the headline: the
review's verdict, verdictlines.rating_line) but removed from an Arabic one, whose line carried a label ("التقييم: ★★★★☆").
A label over a row of stars is the same rating line in en, nl and ar: kept with the review, as the bare stars are;
the summariser never makes a takeaway of it (summarise/ratings.py)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.verdictlines import rating_line
from summarise.ratings import is_rating

AR = """مراجعة: "ليل المدينة" فيلم هادئ عن الغربة
التقييم: ★★★☆☆
بقلم: منى الحسيني
3 سبتمبر 2025
يروي فيلم "ليل المدينة" للمخرج كريم سالم قصة عامل شاب يصل إلى المدينة ليلا ويبحث عن عمل في المطاعم والمخابز.
يصور سالم الشوارع بلقطات طويلة وهادئة، ويمنح الممثل الشاب يوسف عمر مساحة واسعة ليعبر بالصمت عن وحدته.
لكن الفيلم يطول في نصفه الثاني، وتتكرر فيه المشاهد الليلية حتى تفقد أثرها.
"""

NL = """Recensie: 'Het lage land' is een stil en sterk debuut
Beoordeling: ★★★★☆
Door Eva Mulder
3 september 2025
In 'Het lage land' volgt regisseur Tim Bakker een boerengezin in de polder dat zijn land moet verkopen aan een energiebedrijf.
Bakker filmt het landschap in lange, stille shots en laat zijn acteurs veel ruimte om met weinig woorden veel te zeggen.
Het tweede uur is wat traag, maar het slot maakt veel goed.
"""

EN = """The Quiet Harbour review – a slow, tender portrait of a fishing town
Rating: ★★★★☆
By Alex Brennan
3 September 2025
Director Nina Holt's debut follows three generations of a fishing family in a Cornish harbour town as the last boats are sold.
Holt films the harbour in long, patient takes and lets her cast say a great deal with very few words.
The second hour drags a little, but the final scene makes up for most of it.
"""


@pytest.mark.parametrize("page, line", [(AR, "التقييم: ★★★☆☆"), (NL, "Beoordeling: ★★★★☆"), (EN, "Rating: ★★★★☆")])
def test_labelled_star_rating_is_kept_as_the_review_verdict(page, line):
    roles = {text: (role, reason) for text, role, reason in normalise_text(page).line_roles}
    assert roles[line] == ("content", "review verdict"), roles


@pytest.mark.parametrize("line", ["التقييم: ★★★★☆", "Beoordeling: ★★★☆☆ (3/5)", "Our verdict: ★★★★★ (5 out of 5)",
                                  "★★★★☆"])
def test_rating_line_in_both_readers(line):
    assert rating_line(line) and is_rating(line)  # the normaliser keeps it; the summariser takes no bullet of it


@pytest.mark.parametrize("line", ["He gave it ★★★★★ in his review", "Rating: good", "Score: the fans loved it"])
def test_guard_a_sentence_with_stars_is_no_rating_line(line):
    assert not rating_line(line)


def test_linear_in_the_line_length():
    from tests.scaling import assert_grows_linearly

    assert_grows_linearly(rating_line, lambda k: "Rating: " + "★" * 3 + " " * k + "x", 2000, 8000)
    assert_grows_linearly(rating_line, lambda k: "Beoordeling" + " " * k + ":★★★x", 2000, 8000)
